extension Shape {
    /// The shape of an element-wise result under MATLAB's implicit expansion.
    ///
    /// Dimensions are compared one by one (missing ones count as 1); they must be
    /// equal or one of them 1, and the result takes the larger.
    public static func broadcast(_ lhs: Shape, _ rhs: Shape, op: String) throws(TensorError) -> Shape {
        if lhs == rhs { return lhs }
        let rank = Swift.max(lhs.rank, rhs.rank)
        var dims = [Int](repeating: 1, count: rank)
        for axis in 0..<rank {
            let a = lhs[axis], b = rhs[axis]
            if a == b || b == 1 {
                dims[axis] = a
            } else if a == 1 {
                dims[axis] = b
            } else {
                throw .incompatibleShapes(op: op, lhs: lhs, rhs: rhs)
            }
        }
        return Shape(dims)
    }

    /// Whether both shapes hold the same extents, ignoring trailing singleton dimensions.
    public func isEquivalent(to other: Shape) -> Bool {
        let rank = Swift.max(self.rank, other.rank)
        for axis in 0..<rank where self[axis] != other[axis] { return false }
        return true
    }

    /// The extents with trailing singleton dimensions dropped (but at least two kept, as MATLAB shows sizes).
    public var trimmed: Shape {
        var dims = self.dims
        while dims.count > 2, dims.last == 1 { dims.removeLast() }
        return Shape(dims)
    }
}
