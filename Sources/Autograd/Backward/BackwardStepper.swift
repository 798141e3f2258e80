/// Replays the backward pass of a ``Tape`` one op or one layer at a time, and undoes steps.
///
/// The stepper visits, in reverse recording order, every non-leaf node that the loss depends
/// on and that leads to a leaf requiring a gradient; visiting a node runs its VJP and adds the
/// results to its inputs' gradients. A full backward pass is the stepper run to the end, so a
/// stepped pass produces bit-for-bit the same gradients. After every step the gradient of every
/// node reached so far is readable through ``gradient(of:)``. It prints nothing.
public final class BackwardStepper {
    /// The tape being differentiated.
    public let tape: Tape
    /// The id of the scalar loss node.
    public let lossID: Int
    /// Whether steps can be undone with ``stepBack()``.
    public let recordsHistory: Bool
    /// The ids of the nodes whose VJPs will run, in order (descending ids).
    public let plan: [Int]
    /// How many planned nodes have been processed.
    public private(set) var position = 0
    /// The steps taken and not undone, oldest first (kept only when ``recordsHistory``).
    public private(set) var steps: [BackwardStep] = []

    private var values: [Tensor?]
    /// Per node id: whether its gradient is computed.
    private let needed: [Bool]
    private let generation: Int
    private var undoLog: [[(id: Int, previous: Tensor?)]] = []
    private var stepCount = 0

    /// Prepares a backward pass from `loss`, which must be a scalar on `tape`; its gradient is
    /// seeded with 1. With `recordsHistory` false, ``stepBack()`` is unavailable and nothing
    /// is kept beyond the gradients themselves. With `targets`, only the gradients on paths to
    /// those variables are computed (the rest stay unreached); their values are unchanged.
    public init(tape: Tape, loss: Variable, recordsHistory: Bool = true, targets: [Variable]? = nil) throws(TensorError) {
        guard loss.tape === tape, loss.isLive else { throw .foreignVariable(op: "dlgradient") }
        guard loss.value.count == 1 else { throw .nonScalarLoss(shape: loss.shape) }
        self.tape = tape
        self.lossID = loss.id
        self.recordsHistory = recordsHistory
        self.generation = tape.generation
        let nodes = tape.nodes
        let needed = Self.neededNodes(nodes, through: loss.id, targets: targets, tape: tape)
        var reached = [Bool](repeating: false, count: loss.id + 1)
        reached[loss.id] = true
        var plan: [Int] = []
        for id in stride(from: loss.id, through: 0, by: -1) where reached[id] {
            let node = nodes[id]
            guard needed[id], node.op.arity > 0 else { continue }
            plan.append(id)
            for input in node.inputs where needed[input] { reached[input] = true }
        }
        self.plan = plan
        self.needed = needed
        values = [Tensor?](repeating: nil, count: tape.count)
        if loss.node.requiresGradient {
            values[loss.id] = Tensor(repeating: 1, shape: loss.shape)
        }
    }

    /// Whether every planned node has been processed.
    public var isFinished: Bool { position == plan.count }

    /// The node whose VJP runs next, if any.
    public var nextNode: Node? { isFinished ? nil : tape.nodes[plan[position]] }

    /// The number of layer steps a whole pass takes (runs of consecutive planned nodes with one label).
    public var layerStepCount: Int {
        var count = 0
        var previous: String?? = .none
        for id in plan {
            let layer = tape.nodes[id].label.layer
            if previous == .none || previous! != layer { count += 1 }
            previous = layer
        }
        return count
    }

    /// The gradient ∂L/∂(value) of node `id` accumulated so far, nil if not reached yet.
    public func gradient(of id: Int) -> Tensor? { id >= 0 && id < values.count ? values[id] : nil }

    /// The gradient of `variable` accumulated so far, nil if not reached yet.
    public func gradient(of variable: Variable) -> Tensor? {
        guard variable.tape === tape, variable.generation == generation else { return nil }
        return gradient(of: variable.id)
    }

    /// All gradients accumulated so far.
    public var gradients: Gradients {
        Gradients(values: values, shapes: tape.nodes.map(\.value.shape),
                  tape: ObjectIdentifier(tape), generation: generation)
    }

    /// Runs the VJP of the next planned node; nil when finished.
    @discardableResult
    public func stepOp() -> BackwardStep? {
        guard !isFinished else { return nil }
        let id = plan[position]
        return take(.op, ids: [id], layer: tape.nodes[id].label.layer)
    }

    /// Runs the VJPs of all consecutive planned nodes sharing the next node's layer label; nil when finished.
    @discardableResult
    public func stepLayer() -> BackwardStep? {
        guard !isFinished else { return nil }
        let layer = tape.nodes[plan[position]].label.layer
        var end = position
        while end < plan.count, tape.nodes[plan[end]].label.layer == layer { end += 1 }
        return take(.layer, ids: Array(plan[position..<end]), layer: layer)
    }

    /// Processes every remaining node as one step; nil when already finished.
    @discardableResult
    public func runToEnd() -> BackwardStep? {
        guard !isFinished else { return nil }
        return take(.layer, ids: Array(plan[position...]), layer: nil)
    }

    /// Undoes the last step, restoring every gradient it changed; returns the undone step,
    /// or nil when there is nothing to undo or history is off.
    @discardableResult
    public func stepBack() -> BackwardStep? {
        guard recordsHistory, let log = undoLog.popLast(), let step = steps.popLast() else { return nil }
        for entry in log.reversed() { values[entry.id] = entry.previous }
        position -= step.nodeIDs.count
        stepCount -= 1
        return step
    }

    /// Per node up to `lossID`: requires a gradient and, with `targets`, lies on a path from one.
    private static func neededNodes(_ nodes: [Node], through lossID: Int, targets: [Variable]?, tape: Tape) -> [Bool] {
        var needed = [Bool](repeating: false, count: nodes.count)
        guard let targets else {
            for id in 0...lossID { needed[id] = nodes[id].requiresGradient }
            return needed
        }
        for target in targets where target.tape === tape && target.id <= lossID {
            needed[target.id] = nodes[target.id].requiresGradient
        }
        for id in 0...lossID where !needed[id] && nodes[id].requiresGradient {
            needed[id] = nodes[id].inputs.contains { needed[$0] }
        }
        return needed
    }

    private func take(_ kind: BackwardStep.Kind, ids: [Int], layer: String?) -> BackwardStep {
        var log: [(id: Int, previous: Tensor?)] = []
        for id in ids { process(id, log: &log) }
        position += ids.count
        stepCount += 1
        let step = BackwardStep(number: stepCount, kind: kind, nodeIDs: ids, layer: layer)
        if recordsHistory {
            undoLog.append(log)
            steps.append(step)
        }
        return step
    }

    private func process(_ id: Int, log: inout [(id: Int, previous: Tensor?)]) {
        let node = tape.nodes[id]
        guard let g = values[id] else { return }
        let products = tape.vectorJacobianProducts(of: node, gradient: g, needed: needed)
        for position in 0..<node.inputs.count {
            let input = node.inputs[position]
            guard needed[input], let contribution = products[position] else { continue }
            if recordsHistory { log.append((input, values[input])) }
            if values[input] == nil {
                values[input] = contribution
            } else {
                Kernels.addInPlace(&values[input]!, contribution)
            }
        }
    }
}
