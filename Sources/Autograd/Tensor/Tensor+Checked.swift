extension Shape {
    /// Creates a shape from extents a user supplied: the checked door (negative extents throw).
    public init(checking dims: [Int], op: String) throws(TensorError) {
        guard dims.allSatisfy({ $0 >= 0 }) else {
            throw .invalidSize(op: op, dims: dims, scalarCount: dims.reduce(1) { $0 * Swift.max($1, 0) })
        }
        self.init(dims)
    }
}

extension Tensor {
    /// Creates a tensor from user-supplied extents and column-major values: the checked door.
    /// Throws when an extent is negative or the count of values does not match the size.
    public init(checkingDims dims: [Int], scalars: [Float], op: String) throws(TensorError) {
        let shape = try Shape(checking: dims, op: op)
        guard shape.count == scalars.count else {
            throw .invalidSize(op: op, dims: dims, scalarCount: scalars.count)
        }
        self.init(shape: shape, scalars: scalars)
    }
}
