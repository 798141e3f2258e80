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
    public private(set) lazy var spans: [LayerSpan] = LayerSpan.spans(of: stepper.tape)
    /// The card steps of the pass, in the order `dbstep` takes them (loss first).
    public private(set) lazy var cardSteps: [CardStep] = Self.cardSteps(plan: stepper.plan, tape: stepper.tape, spans: spans)
    /// Which backward pass this is (1-based).
    public let iteration: Int
    /// The index in ``cardSteps`` of the focused step (nil before the first step).
    public private(set) var focus: Int?
    /// Whether the learner continued, quit, or is still paused.
    public var resumption: Resumption = .paused
    /// How many stepper steps each frame step took, for `dbstep back`.
    private var stepperStepsPerStep: [Int] = []

    /// Opens a frame on `tape` for the backward pass from `loss`, before its first step.
    /// Without `recordsHistory` steps cannot be undone, and with `targets` only the gradients
    /// they need are computed: such a frame only inspects a pass. The layer spans and card
    /// steps are worked out when first asked for.
    public init(tape: Tape, loss: Autograd.Variable, iteration: Int, recordsHistory: Bool = true,
                targets: [Autograd.Variable]? = nil) throws(TensorError) {
        stepper = try BackwardStepper(tape: tape, loss: loss, recordsHistory: recordsHistory, targets: targets)
        self.iteration = iteration
    }

    /// The layer names, forward order.
    public var layerNames: [String] { spans.map(\.name) }

    /// The number of card steps the whole pass takes.
    public var stepCount: Int { cardSteps.count }

    /// The card steps begun so far (op steps within a card step count towards it).
    public var stepsTaken: Int {
        cardSteps.prefix { $0.planRange.lowerBound < stepper.position }.count
    }

    /// One card step down (the rest of the current one after `dbstep in`); false when the pass
    /// is finished.
    @discardableResult
    public func stepLayer() -> Bool {
        guard let index = cardStepIndex(containing: stepper.position) else { return false }
        var count = 0
        while stepper.position < cardSteps[index].planRange.upperBound, stepper.stepLayer() != nil { count += 1 }
        return record(count)
    }

    /// One primitive op; false when finished.
    @discardableResult
    public func stepOp() -> Bool { record(stepper.stepOp() == nil ? 0 : 1) }

    /// Finishes the card step the last op step was in (one card step when at a boundary).
    @discardableResult
    public func stepOut() -> Bool { stepLayer() }

    /// Undoes the last step (`dbstep`, `dbstep in` or `dbstep N`'s last); throws when there is none.
    public func stepBack() throws(DebuggerError) {
        guard let count = stepperStepsPerStep.popLast() else { throw .nothingToUndo }
        for _ in 0..<count { stepper.stepBack() }
        refocus()
    }

    /// Runs the rest of the pass and returns every gradient (identical to an unpaused pass).
    public func finish() -> Gradients {
        stepper.runToEnd()
        return stepper.gradients
    }

    /// Moves the focus toward the loss (`dbup`) or toward the data (`dbdown`) without stepping.
    public func moveFocus(up: Bool) throws(DebuggerError) {
        let current = focus ?? -1
        let target = up ? current - 1 : current + 1
        guard target >= 0, target < cardSteps.count else {
            throw .focusAtEnd(direction: up ? "top (loss-side)" : "bottom (input-side)")
        }
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
        norm(of: spans[index].outputID)
    }

    /// The card of the card step at `index`, with the stepper's gradients so far.
    public func card(at index: Int) -> LayerCard {
        let step = cardSteps[index]
        let reference = spans.last.flatMap { norm(of: $0.outputID) }
        guard let topIndex = step.spanIndices.first, let bottomIndex = step.spanIndices.last else {
            return LayerCard(layers: [], step: index + 1, stepCount: stepCount, iteration: iteration, number: nil,
                             incomingNorm: nil, activation: nil, activationInputNorm: nil, hasWeights: false,
                             weightGradientNorm: nil, outgoingNorm: reference, readsData: false, sinceLoss: nil)
        }
        let top = spans[topIndex], bottom = spans[bottomIndex]
        let tape = stepper.tape
        let activation = top.activationID.flatMap { id in
            ActivationFactor.kind(of: tape[id].op).map { ActivationFactor(kind: $0, output: tape[id].value) }
        }
        let weighted = step.spanIndices.first { spans[$0].weightsID != nil }
        let number = weighted.flatMap(weightedNumber(ofSpan:))
            ?? spanBelow(topIndex).flatMap(weightedNumber(ofSpan:))
        let incoming = norm(of: top.outputID)
        let afterActivation = activation == nil ? nil : norm(of: top.inputID)
        let outgoing = norm(of: bottom.inputID)
        let deepest = outgoing ?? norm(of: bottom.outputID) ?? afterActivation
        let since = deepest.flatMap { d in reference.flatMap { $0 > 0 ? d / $0 : nil } }
        return LayerCard(layers: step.spanIndices.map { spans[$0].name }, step: index + 1, stepCount: stepCount,
                         iteration: iteration, number: number, incomingNorm: incoming, activation: activation,
                         activationInputNorm: afterActivation, hasWeights: weighted != nil,
                         weightGradientNorm: weighted.flatMap { norm(of: spans[$0].weightsID) },
                         outgoingNorm: outgoing,
                         readsData: spanBelow(bottomIndex) == nil, sinceLoss: since)
    }

    /// The text shown after a step: the focused step's card.
    public func stepText(style: CardStyle) -> String {
        if stepper.isFinished, stepper.steps.isEmpty { return "The backward pass has no steps.\n" }
        guard let focus else { return "Back at the top of backward pass \(iteration).\n" }
        return CardRenderer.card(card(at: focus), style: style)
    }

    /// ‖gradient of node `id`‖ so far, nil when `id` is nil or not reached.
    func norm(of id: Int?) -> Double? {
        guard let id, let gradient = stepper.gradient(of: id) else { return nil }
        return TensorStatistics(gradient).norm
    }

    private func record(_ stepperSteps: Int) -> Bool {
        guard stepperSteps > 0 else { return false }
        stepperStepsPerStep.append(stepperSteps)
        refocus()
        return true
    }

    private func refocus() {
        focus = stepper.position > 0 ? cardStepIndex(containing: stepper.position - 1) : nil
    }
}
