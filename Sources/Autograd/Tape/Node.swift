/// The ids of a node's inputs, in order; at most three, stored inline without allocation.
public struct NodeInputs: RandomAccessCollection, Sendable, Equatable {
    private let first: Int, second: Int, third: Int
    /// The number of inputs.
    public let count: Int

    /// Creates the input list `ids` (at most three).
    init(_ ids: Int...) {
        precondition(ids.count <= 3, "NodeInputs: at most three inputs")
        count = ids.count
        first = ids.count > 0 ? ids[0] : -1
        second = ids.count > 1 ? ids[1] : -1
        third = ids.count > 2 ? ids[2] : -1
    }

    init(_ a: Int) { count = 1; first = a; second = -1; third = -1 }
    init(_ a: Int, _ b: Int) { count = 2; first = a; second = b; third = -1 }
    init(_ a: Int, _ b: Int, _ c: Int) { count = 3; first = a; second = b; third = c }
    init() { count = 0; first = -1; second = -1; third = -1 }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of inputs.
    public var endIndex: Int { count }

    /// The id of input `position`.
    public subscript(position: Int) -> Int {
        precondition(position >= 0 && position < count, "NodeInputs: index \(position) of \(count)")
        switch position {
        case 0: return first
        case 1: return second
        default: return third
        }
    }
}

/// Who made a node: the layer that was running (`fc_2`, or nil outside layers) and a name —
/// the op's name for computed nodes, the parameter's or input's name for leaves.
public struct NodeLabel: Hashable, Sendable, CustomStringConvertible {
    /// The layer that was running when the node was recorded, e.g. `fc_2`.
    public let layer: String?
    /// The op's name (`mtimes`, `sigmoid`) or a leaf's name (`Weights`, `X`).
    public let name: String

    /// Creates a label.
    public init(layer: String?, name: String) {
        self.layer = layer
        self.name = name
    }

    /// `fc_2/fullyconnect`, or just the name outside layers.
    public var description: String { layer.map { "\($0)/\(name)" } ?? name }
}

/// One recorded value: the op that made it, its inputs, its output and its label.
public struct Node: Sendable {
    /// The node's position on its tape, which is also its id.
    public let id: Int
    /// The operation and the data its backward rule needs.
    public let op: Op
    /// The ids of the input nodes, in the op's argument order.
    public let inputs: NodeInputs
    /// The forward output.
    public let value: Tensor
    /// The layer that made the node and the op's (or leaf's) name.
    public let label: NodeLabel
    /// Whether a gradient flows to this node: true for leaves marked so, and for any node
    /// with such a leaf among its ancestors. Backward skips everything else.
    public let requiresGradient: Bool
}
