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

    /// Creates a handle to node `id` of `tape`.
    public init(tape: Tape, id: Int) {
        self.tape = tape
        self.id = id
    }

    /// The recorded node.
    public var node: Node { tape.nodes[id] }
    /// The forward value.
    public var value: Tensor { tape.nodes[id].value }
    /// The value's shape.
    public var shape: Shape { tape.nodes[id].value.shape }
}
