extension Kernels {
    /// `lhs` and `rhs` joined along `axis` (their other extents are equal).
    static func concatenate(_ lhs: Tensor, _ rhs: Tensor, axis: Int) -> Tensor {
        let (inner, lhsExtent, outer) = split(lhs.shape, axis: axis)
        let rhsExtent = rhs.shape[axis]
        var dims = lhs.shape.dims
        while dims.count <= axis { dims.append(1) }
        dims[axis] = lhsExtent + rhsExtent
        let lhsBlock = inner * lhsExtent, rhsBlock = inner * rhsExtent
        return Tensor(uninitializedShape: Shape(dims)) { out in
            lhs.withUnsafeBufferPointer { a in
                rhs.withUnsafeBufferPointer { b in
                    guard let o = out.baseAddress else { return }
                    for block in 0..<outer {
                        let target = o + block * (lhsBlock + rhsBlock)
                        if lhsBlock > 0 { target.update(from: a.baseAddress! + block * lhsBlock, count: lhsBlock) }
                        if rhsBlock > 0 { (target + lhsBlock).update(from: b.baseAddress! + block * rhsBlock, count: rhsBlock) }
                    }
                }
            }
        }
    }

    /// The part of `gradient` (of a concatenation along `axis`) that belongs to the operand of
    /// `shape` starting at `offset` along that axis: the VJP of concatenation.
    static func slice(_ gradient: Tensor, axis: Int, offset: Int, shape: Shape) -> Tensor {
        let (inner, total, outer) = split(gradient.shape, axis: axis)
        let extent = shape[axis]
        let block = inner * extent
        return Tensor(uninitializedShape: shape) { out in
            gradient.withUnsafeBufferPointer { g in
                guard let target = out.baseAddress, block > 0 else { return }
                for b in 0..<outer {
                    (target + b * block).update(from: g.baseAddress! + b * inner * total + inner * offset, count: block)
                }
            }
        }
    }
}
