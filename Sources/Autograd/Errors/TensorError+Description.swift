extension TensorError: CustomStringConvertible {
    /// The message a learner sees, naming the operation and the shapes involved.
    public var description: String {
        switch self {
        case let .incompatibleShapes(op, lhs, rhs):
            return "\(op): arrays have incompatible sizes for this operation (\(lhs) and \(rhs))."
        case let .innerDimensionMismatch(op, lhs, rhs):
            return "\(op): incorrect dimensions for matrix multiplication (\(lhs) and \(rhs)): "
                + "the columns of the first must equal the rows of the second."
        case let .rankTooHigh(op, shape, maximum):
            return "\(op): expected at most \(maximum) dimensions, got \(shape)."
        case let .unexpectedShape(op, operand, shape, expected):
            return "\(op): \(operand) must be \(expected), got \(shape)."
        case let .invalidAxis(op, axis, rank):
            return "\(op): dimension \(axis + 1) is invalid for an array with \(max(rank, 2)) dimensions."
        case let .elementCountMismatch(op, from, to):
            return "\(op): number of elements must not change: \(from) has \(from.count), \(to) has \(to.count)."
        case let .invalidPermutation(op, order, rank):
            let oneBased = order.map { String($0 + 1) }.joined(separator: " ")
            return "\(op): [\(oneBased)] is not a permutation of the dimensions 1..\(max(order.count, rank))."
        case let .indexOutOfRange(op, index, count):
            return "\(op): index \(index + 1) out of bounds; the array has \(count) elements."
        case let .emptyOperand(op, shape):
            return "\(op): the input is empty (\(shape))."
        case let .nonScalarLoss(shape):
            return "dlgradient: value to differentiate must be a scalar, got \(shape)."
        case let .nonFinite(op, layer, shape):
            let place = layer.map { " in \($0)" } ?? ""
            return "\(op)\(place): produced NaN or Inf (\(shape))."
        case let .invalidSize(op, dims, scalarCount):
            let size = dims.map(String.init).joined(separator: "×")
            if dims.contains(where: { $0 < 0 }) {
                return "\(op): size [\(size)] has a negative dimension."
            }
            return "\(op): \(scalarCount) values cannot fill an array of size \(size)."
        case let .foreignVariable(op):
            return "\(op): an operand was traced in another evaluation (a different or cleared tape)."
        }
    }
}
