/// A traced value: a handle to one node of a ``Tape``.
///
/// Operations on variables compute their value at once and record a node, so a forward
/// pass written with variables leaves behind everything its backward pass needs.
/// Operators (`+`, `-`, `.*`, `./`, `*` for the matrix product) are the unchecked door
/// and stop on a programmer error; the ``Tape`` methods (`tape.add(a, b)`, …) are the
/// checked door and throw ``TensorError``.
public struct Variable {
    /// The tape the value was recorded on.
    public let tape: Tape
    /// The node's id on that tape.
    public let id: Int
    /// The tape's ``Tape/generation`` when the node was recorded; after the tape is cleared the
    /// handle is stale and checked operations refuse it.
    public let generation: Int

    /// Creates a handle to node `id` of `tape`'s current generation.
    public init(tape: Tape, id: Int) {
        self.tape = tape
        self.id = id
        self.generation = tape.generation
    }

    /// Whether the handle still refers to a node: its tape has not been cleared since.
    public var isLive: Bool { tape.generation == generation && id < tape.count }

    /// The recorded node (the handle must be live, see ``isLive``).
    public var node: Node { tape.nodes[id] }
    /// The forward value.
    public var value: Tensor { tape.nodes[id].value }
    /// The value's shape.
    public var shape: Shape { tape.nodes[id].value.shape }
}
