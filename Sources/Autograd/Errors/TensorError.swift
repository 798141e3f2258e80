/// Why a checked tensor operation refused its arguments.
///
/// Every case carries the data a message needs — the operation's name (MATLAB's
/// function name where one exists, such as `plus` or `mtimes`) and the shapes
/// involved — and ``description`` renders it in one place.
public enum TensorError: Error, Equatable, Sendable {
    /// Two operands cannot be combined element-wise: some dimension differs and
    /// neither extent is 1 (MATLAB's implicit expansion rule).
    case incompatibleShapes(op: String, lhs: Shape, rhs: Shape)
    /// A matrix product's inner dimensions disagree.
    case innerDimensionMismatch(op: String, lhs: Shape, rhs: Shape)
    /// An operand has more dimensions than the operation accepts.
    case rankTooHigh(op: String, shape: Shape, maximum: Int)
    /// An operand's shape is not what the operation needs, e.g. a bias that is not `out×1`.
    case unexpectedShape(op: String, operand: String, shape: Shape, expected: Shape)
    /// An axis (0-based) outside the dimensions the operation supports.
    case invalidAxis(op: String, axis: Int, rank: Int)
    /// A reshape to a size with a different number of elements.
    case elementCountMismatch(op: String, from: Shape, to: Shape)
    /// A dimension order that is not a permutation of `0..<order.count` or is shorter than the rank.
    case invalidPermutation(op: String, order: [Int], rank: Int)
    /// A linear (0-based) index outside `0..<count`.
    case indexOutOfRange(op: String, index: Int, count: Int)
    /// An operation that needs at least one element got an empty tensor.
    case emptyOperand(op: String, shape: Shape)
    /// Gradients are taken of a scalar; this loss has another shape.
    case nonScalarLoss(shape: Shape)
    /// A value produced NaN or ±Inf where a finite value is required.
    case nonFinite(op: String, layer: String?, shape: Shape)
    /// A size with a negative extent, or a scalar count that does not fill the size.
    case invalidSize(op: String, dims: [Int], scalarCount: Int)
    /// A variable from another tape, or from this tape before it was cleared, was used.
    case foreignVariable(op: String)
}
