/// A reverse-mode autodiff tape: the nodes of one forward pass in the order they ran.
///
/// Every traced operation appends a ``Node``; ``Variable`` values are handles to them.
/// Labels record which layer made each node (``withLabel(_:_:)``), so the backward pass can
/// be stepped one layer at a time by a ``BackwardStepper``. A tape is cheap to create; one
/// per training step (or ``removeAll()`` between steps) keeps memory bounded.
public final class Tape {
    /// The recorded nodes, in forward order; a node's id is its index.
    public private(set) var nodes: [Node] = []
    /// The layer label applied to nodes recorded now, if any.
    public private(set) var currentLayer: String?
    /// How many times the tape has been cleared; variables remember the generation they belong to.
    public private(set) var generation = 0

    /// Creates an empty tape.
    public init() {
        nodes.reserveCapacity(64)
    }

    /// The number of recorded nodes.
    public var count: Int { nodes.count }

    /// The node with id `id`, read in place (reading one field does not copy the node).
    public subscript(id: Int) -> Node {
        _read { yield nodes[id] }
    }

    /// Runs `body` with every node it records labelled as made by `layer`; labels nest,
    /// and the previous label is restored afterwards.
    public func withLabel<R>(_ layer: String, _ body: () throws -> R) rethrows -> R {
        let saved = currentLayer
        currentLayer = layer
        defer { currentLayer = saved }
        return try body()
    }

    /// Records a leaf: a parameter or input whose gradient can be asked for when
    /// `requiresGradient`, labelled `name` within `layer` (or the current layer).
    public func leaf(
        _ value: Tensor, name: String = "input", layer: String? = nil, requiresGradient: Bool = true
    ) -> Variable {
        let id = nodes.count
        nodes.append(Node(
            id: id, op: .leaf, inputs: NodeInputs(), value: value,
            label: NodeLabel(layer: layer ?? currentLayer, name: name),
            requiresGradient: requiresGradient))
        return Variable(tape: self, id: id)
    }

    /// Records a constant: a leaf no gradient flows to.
    public func constant(_ value: Tensor, name: String = "constant") -> Variable {
        leaf(value, name: name, requiresGradient: false)
    }

    /// Removes every node (keeping the storage for the next pass) and clears the label.
    public func removeAll() {
        nodes.removeAll(keepingCapacity: true)
        currentLayer = nil
        generation += 1
    }

    /// The first node, in forward order, whose value holds NaN or ±Inf; nil when all are finite.
    /// Scans from the start and stops at the first hit (`dbstop if naninf`).
    public func firstNonFiniteNode() -> Node? {
        for node in nodes where !node.value.isFinite { return node }
        return nil
    }

    /// The first op (not a leaf: inputs and parameters are data, not computations), in forward
    /// order, whose output holds NaN or ±Inf — what `dbstop if naninf` names.
    public func firstNonFiniteOp() -> Node? {
        for index in nodes.indices where nodes[index].op.arity > 0 && !nodes[index].value.isFinite {
            return nodes[index]
        }
        return nil
    }

    /// The distinct layer labels in the order their first node was recorded.
    public var layers: [String] {
        var seen = Set<String>()
        var order: [String] = []
        for node in nodes {
            if let layer = node.label.layer, seen.insert(layer).inserted { order.append(layer) }
        }
        return order
    }

    /// The ids of the nodes recorded under `layer`, in forward order.
    public func nodeIDs(inLayer layer: String) -> [Int] {
        nodes.compactMap { $0.label.layer == layer ? $0.id : nil }
    }

    /// Appends a computed node and returns its handle.
    func record(_ op: Op, _ inputs: NodeInputs, _ value: Tensor) -> Variable {
        let id = nodes.count
        var requires = false
        for input in inputs where nodes[input].requiresGradient { requires = true }
        nodes.append(Node(
            id: id, op: op, inputs: inputs, value: value,
            label: NodeLabel(layer: currentLayer, name: op.name), requiresGradient: requires))
        return Variable(tape: self, id: id)
    }

    /// Whether `v` is a live handle on this tape: same tape, not cleared since it was recorded.
    @inline(__always)
    func owns(_ v: Variable) -> Bool { v.tape === self && v.generation == generation }

    /// Throws unless the variable is a live handle on this tape.
    func check(_ a: Variable, op: String) throws(TensorError) {
        if !owns(a) { throw .foreignVariable(op: op) }
    }

    /// Throws unless both variables are live handles on this tape.
    func check(_ a: Variable, _ b: Variable, op: String) throws(TensorError) {
        if !owns(a) || !owns(b) { throw .foreignVariable(op: op) }
    }

    /// Throws unless all three variables are live handles on this tape.
    func check(_ a: Variable, _ b: Variable, _ c: Variable, op: String) throws(TensorError) {
        if !owns(a) || !owns(b) || !owns(c) { throw .foreignVariable(op: op) }
    }
}
