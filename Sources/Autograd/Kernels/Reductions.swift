extension Kernels {
    /// Splits `shape` around `axis` as `inner × extent × outer` (column-major).
    static func split(_ shape: Shape, axis: Int) -> (inner: Int, extent: Int, outer: Int) {
        var inner = 1, outer = 1
        for a in 0..<shape.rank {
            if a < axis { inner *= shape[a] } else if a > axis { outer *= shape[a] }
        }
        return (inner, shape[axis], outer)
    }

    /// `shape` with dimension `axis` set to 1 (the shape of a reduction along it).
    static func reducedShape(_ shape: Shape, axis: Int) -> Shape {
        var dims = shape.dims
        while dims.count <= axis { dims.append(1) }
        dims[axis] = 1
        return Shape(dims)
    }

    /// The sum along `axis`.
    static func sum(_ input: Tensor, axis: Int) -> Tensor {
        let (inner, extent, outer) = split(input.shape, axis: axis)
        return Tensor(shape: reducedShape(input.shape, axis: axis)) { out in
            input.withUnsafeBufferPointer { x in
                for o in 0..<outer {
                    let base = o * inner * extent
                    if inner == 1 {
                        var total: Float = 0
                        for k in 0..<extent { total += x[base + k] }
                        out[o] = total
                    } else {
                        for k in 0..<extent {
                            let row = base + k * inner
                            for i in 0..<inner { out[o * inner + i] += x[row + i] }
                        }
                    }
                }
            }
        }
    }

    /// The sum of all elements, accumulated in Float64 for accuracy.
    static func sumAll(_ input: Tensor) -> Float {
        input.withUnsafeBufferPointer { x in
            // Eight running sums in double precision, so the additions do not wait on each
            // other (one chain runs at a quarter of the adder's throughput), then combined.
            var sums = SIMD8<Double>()
            var i = 0
            while i + 8 <= x.count {
                sums += SIMD8<Double>(Double(x[i]), Double(x[i + 1]), Double(x[i + 2]), Double(x[i + 3]),
                                      Double(x[i + 4]), Double(x[i + 5]), Double(x[i + 6]), Double(x[i + 7]))
                i += 8
            }
            var total = sums.sum()
            while i < x.count {
                total += Double(x[i])
                i += 1
            }
            return Float(total)
        }
    }

    /// The maximum along `axis` and, for each result element, the linear index of the
    /// first element that attained it (NaN wins, as it propagates).
    static func max(_ input: Tensor, axis: Int) -> (values: Tensor, indices: [Int]) {
        extreme(input, axis: axis) { $0 > $1 }
    }

    /// The minimum along `axis` with the linear index of the first element attaining it (NaN wins).
    static func min(_ input: Tensor, axis: Int) -> (values: Tensor, indices: [Int]) {
        extreme(input, axis: axis) { $0 < $1 }
    }

    /// The element along `axis` that beats all others under `better`, with its linear index.
    @inline(__always)
    static func extreme(
        _ input: Tensor, axis: Int, _ better: (Float, Float) -> Bool
    ) -> (values: Tensor, indices: [Int]) {
        let (inner, extent, outer) = split(input.shape, axis: axis)
        var indices = [Int](repeating: 0, count: inner * outer)
        let values = Tensor(uninitializedShape: reducedShape(input.shape, axis: axis)) { out in
            input.withUnsafeBufferPointer { x in
                for o in 0..<outer {
                    for i in 0..<inner {
                        let start = o * inner * extent + i
                        var best = start
                        for k in 1..<Swift.max(extent, 1) {
                            let j = start + k * inner
                            if x[best].isNaN { break }
                            if better(x[j], x[best]) || x[j].isNaN { best = j }
                        }
                        out[o * inner + i] = x[best]
                        indices[o * inner + i] = best
                    }
                }
            }
        }
        return (values, indices)
    }

    /// The result of scattering `values[i]` onto position `indices[i]` of a zero tensor of `shape`,
    /// adding where indices repeat.
    static func scatterAdd(_ values: Tensor, indices: [Int], shape: Shape) -> Tensor {
        Tensor(shape: shape) { out in
            values.withUnsafeBufferPointer { v in
                for (i, target) in indices.enumerated() { out[target] += v[i] }
            }
        }
    }

    /// The elements at `indices` (linear, 0-based), as a tensor of `shape`.
    static func gather(_ input: Tensor, indices: [Int], shape: Shape) -> Tensor {
        Tensor(uninitializedShape: shape) { out in
            input.withUnsafeBufferPointer { x in
                for (i, source) in indices.enumerated() { out[i] = x[source] }
            }
        }
    }

    /// `value` broadcast into `shape` (the VJP of a reduction that produced `value`).
    static func expand(_ value: Tensor, to shape: Shape, scale: Float = 1) -> Tensor {
        let plan = BroadcastPlan(lhs: value.shape, rhs: shape, result: shape)
        return Tensor(uninitializedShape: shape) { out in
            value.withUnsafeBufferPointer { v in
                guard let v = v.baseAddress, let o = out.baseAddress else { return }
                plan.forEachRun { vo, vstep, _, _, oo, n in
                    let x = v + vo, z = o + oo
                    if vstep == 1 {
                        for i in 0..<n { z[i] = x[i] * scale }
                    } else {
                        let u = x[0] * scale
                        for i in 0..<n { z[i] = u }
                    }
                }
            }
        }
    }
}
