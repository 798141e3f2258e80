import Autograd

/// A paused backward pass: the model behind `K>>` in backprop (the stepper half of the
/// bdb/pdb split). It steps the engine's ``BackwardStepper`` by layer or op, undoes steps,
/// moves a focus along the forward chain and builds cards; it prints nothing.
public final class BackpropFrame {
    /// How the frame was left.
    public enum Resumption: Equatable, Sendable {
        /// Still paused.
        case paused
        /// `dbcont`: finish the pass and continue.
        case continuing
        /// `dbquit`: abandon the statement.
        case quitting
    }

    /// The stepper over the real tape that produced the loss.
    public let stepper: BackwardStepper
    /// The layers on the tape, in forward order.
    public let spans: [LayerSpan]
    /// Which backward pass this is (1-based).
    public let iteration: Int
    /// The index in ``spans`` of the focused layer (nil before the first layer step).
    public private(set) var focus: Int?
    /// Whether the learner continued, quit, or is still paused.
    public var resumption: Resumption = .paused

    /// Opens a frame on `tape` for the backward pass from `loss`, before its first step.
    public init(tape: Tape, loss: Autograd.Variable, iteration: Int) throws(TensorError) {
        stepper = try BackwardStepper(tape: tape, loss: loss, recordsHistory: true)
        spans = LayerSpan.spans(of: tape)
        self.iteration = iteration
    }

    /// The layer names, forward order.
    public var layerNames: [String] { spans.map(\.name) }

    /// The number of layer steps the whole pass takes.
    public var stepCount: Int { stepper.layerStepCount }

    /// The layer steps taken so far (op steps within a layer count towards it).
    public var layerStepsTaken: Int {
        var count = 0
        var previous: String?? = .none
        for id in stepper.plan.prefix(stepper.position) {
            let layer = stepper.tape[id].label.layer
            if previous == .none || previous! != layer { count += 1 }
            previous = layer
        }
        return count
    }

    /// One layer down; nil when the pass is finished.
    @discardableResult
    public func stepLayer() -> BackwardStep? { refocus(stepper.stepLayer()) }

    /// One primitive op; nil when finished.
    @discardableResult
    public func stepOp() -> BackwardStep? { refocus(stepper.stepOp()) }

    /// Finishes the layer the last op step was in (one layer step when at a layer boundary).
    @discardableResult
    public func stepOut() -> BackwardStep? {
        guard let current = stepper.steps.last?.layer, let next = stepper.nextNode,
              next.label.layer == current else { return stepLayer() }
        var last: BackwardStep?
        while let node = stepper.nextNode, node.label.layer == current { last = stepper.stepOp() }
        return refocus(last)
    }

    /// Undoes the last step; throws when there is none.
    public func stepBack() throws(DebuggerError) {
        guard stepper.stepBack() != nil else { throw .nothingToUndo }
        focus = stepper.steps.last.flatMap { step in spans.firstIndex { $0.name == step.layer } }
    }

    /// Runs the rest of the pass and returns every gradient (identical to an unpaused pass).
    public func finish() -> Gradients {
        stepper.runToEnd()
        return stepper.gradients
    }

    /// Moves the focus toward the loss (`dbup`) or toward the data (`dbdown`) without stepping.
    public func moveFocus(up: Bool) throws(DebuggerError) {
        let current = focus ?? spans.count
        let target = up ? current + 1 : current - 1
        guard target >= 0, target < spans.count else { throw .focusAtEnd(direction: up ? "top (loss-side)" : "bottom (input-side)") }
        focus = target
    }

    /// The index of `name` in ``spans``; throws for names the pass does not have.
    public func spanIndex(named name: String) throws(DebuggerError) -> Int {
        guard let index = spans.firstIndex(where: { $0.name == name }) else {
            throw .unknownLayer(name: name, available: layerNames)
        }
        return index
    }

    /// ‖∂L/∂(output of `layer`)‖ so far, nil when not reached.
    public func gradientNorm(ofLayer index: Int) -> Double? {
        stepper.gradient(of: spans[index].outputID).map { TensorStatistics($0).norm }
    }

    /// The card of the span at `index`, with the stepper's gradients so far.
    public func card(at index: Int) -> LayerCard {
        let below = index > 0 ? spans[index - 1].name : "data"
        let reference = spans.last.flatMap { stepper.gradient(of: $0.outputID) }.map { TensorStatistics($0).norm }
        return LayerCard.make(span: spans[index], below: below, step: layerStepsTaken, stepCount: stepCount,
                              iteration: iteration, stepper: stepper, reference: reference)
    }

    /// The text shown after a step: the focused layer's card, or the loss card.
    public func stepText(style: CardStyle) -> String {
        if stepper.isFinished, stepper.steps.isEmpty { return "The backward pass has no steps.\n" }
        if let focus { return CardRenderer.card(card(at: focus), style: style) }
        let outputNorm = spans.last.flatMap { stepper.gradient(of: $0.outputID) }.map { TensorStatistics($0).norm }
        return CardRenderer.lossCard(step: layerStepsTaken, stepCount: stepCount, iteration: iteration,
                                     outputNorm: outputNorm)
    }

    private func refocus(_ step: BackwardStep?) -> BackwardStep? {
        guard let step else { return nil }
        focus = spans.firstIndex { $0.name == step.layer }
        return step
    }
}
