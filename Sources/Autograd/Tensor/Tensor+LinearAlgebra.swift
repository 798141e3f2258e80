/// Matrix products and dimension reordering: the checked door.
extension Tensor {
    /// `op(self)·op(other)` through `cblas_sgemm` (MATLAB `mtimes`); both must be matrices.
    public func matmul(
        _ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false
    ) throws(TensorError) -> Tensor {
        try Tensor.checkProduct(self, transposeSelf, other, transposeOther)
        return Kernels.matmul(self, transposeA: transposeSelf, other, transposeB: transposeOther)
    }

    static func checkProduct(_ a: Tensor, _ ta: Bool, _ b: Tensor, _ tb: Bool) throws(TensorError) {
        if a.shape.trimmed.rank > 2 { throw .rankTooHigh(op: "mtimes", shape: a.shape, maximum: 2) }
        if b.shape.trimmed.rank > 2 { throw .rankTooHigh(op: "mtimes", shape: b.shape, maximum: 2) }
        let d = Kernels.productDimensions(a.shape, transposeA: ta, b.shape, transposeB: tb)
        guard d.k == d.kB else {
            throw .innerDimensionMismatch(
                op: "mtimes",
                lhs: ta ? Shape([a.shape[1], a.shape[0]]) : a.shape.trimmed,
                rhs: tb ? Shape([b.shape[1], b.shape[0]]) : b.shape.trimmed)
        }
    }

    /// The same elements with another shape of equal element count, or a typed error.
    public func reshaped(to newShape: Shape, op: String) throws(TensorError) -> Tensor {
        guard newShape.count == count else {
            throw .elementCountMismatch(op: op, from: shape, to: newShape)
        }
        return reshaped(to: newShape)
    }

    /// The dimensions reordered: result dimension `i` is dimension `order[i]` (0-based), as
    /// MATLAB's `permute`; `order` must be a permutation at least as long as the rank.
    public func permuted(_ order: [Int]) throws(TensorError) -> Tensor {
        try Tensor.checkPermutation(order, rank: shape.rank)
        return Kernels.permute(self, order: order)
    }

    static func checkPermutation(_ order: [Int], rank: Int) throws(TensorError) {
        guard order.count >= rank, Set(order) == Set(0..<order.count) else {
            throw .invalidPermutation(op: "permute", order: order, rank: rank)
        }
    }

    /// `self` and `other` joined along `axis` (0-based), as MATLAB's `cat`; every other
    /// extent must agree.
    public func concatenated(with other: Tensor, alongAxis axis: Int) throws(TensorError) -> Tensor {
        try Tensor.checkConcatenation(shape, other.shape, axis: axis)
        return Kernels.concatenate(self, other, axis: axis)
    }

    static func checkConcatenation(_ lhs: Shape, _ rhs: Shape, axis: Int) throws(TensorError) {
        guard axis >= 0, axis < 32 else { throw .invalidAxis(op: "cat", axis: axis, rank: lhs.rank) }
        for a in 0..<Swift.max(lhs.rank, rhs.rank, axis + 1) where a != axis && lhs[a] != rhs[a] {
            throw .incompatibleShapes(op: "cat", lhs: lhs, rhs: rhs)
        }
    }

    /// The matrix transpose (MATLAB `.'`); the tensor must be a matrix.
    public func transposed() throws(TensorError) -> Tensor {
        guard shape.trimmed.rank <= 2 else { throw .rankTooHigh(op: "transpose", shape: shape, maximum: 2) }
        return Kernels.permute(reshaped(to: [shape[0], shape[1]]), order: [1, 0])
    }

    /// The elements at linear 0-based `indices`, shaped `shape` (MATLAB linear indexing).
    public func gathering(_ indices: [Int], shape resultShape: Shape) throws(TensorError) -> Tensor {
        try Tensor.checkIndices(indices, count: count, resultShape: resultShape)
        return Kernels.gather(self, indices: indices, shape: resultShape)
    }

    static func checkIndices(_ indices: [Int], count: Int, resultShape: Shape) throws(TensorError) {
        guard resultShape.count == indices.count else {
            throw .elementCountMismatch(op: "subsref", from: Shape([indices.count]), to: resultShape)
        }
        for index in indices where index < 0 || index >= count {
            throw .indexOutOfRange(op: "subsref", index: index, count: count)
        }
    }
}
