/// How to walk two operands of an implicit-expansion operation in long contiguous runs.
///
/// Dimensions of extent 1 in the result are dropped and neighbouring dimensions that
/// both operands traverse the same way are merged, so `10×128 + 10×1` becomes 128 runs
/// of 10 and `10×128 + 1×1` one run of 1280. Each run hands the kernel a start offset
/// and a step of 0 (expanded) or 1 (contiguous) per operand.
struct BroadcastPlan {
    /// Extents of the merged dimensions; `dims[0]` is the run length.
    private(set) var dims: [Int] = []
    private(set) var lhsStrides: [Int] = []
    private(set) var rhsStrides: [Int] = []
    /// The total number of result elements.
    let count: Int

    /// Plans the walk of `lhs` and `rhs` over `result`, the broadcast of the two.
    init(lhs: Shape, rhs: Shape, result: Shape) {
        count = result.count
        var lhsStep = 1, rhsStep = 1
        for axis in 0..<result.rank {
            let extent = result[axis]
            let lhsStride = lhs[axis] == 1 ? 0 : lhsStep
            let rhsStride = rhs[axis] == 1 ? 0 : rhsStep
            lhsStep *= lhs[axis]
            rhsStep *= rhs[axis]
            if extent == 1 { continue }
            if let last = dims.indices.last,
               lhsStride == lhsStrides[last] * dims[last],
               rhsStride == rhsStrides[last] * dims[last] {
                dims[last] *= extent
                continue
            }
            dims.append(extent)
            lhsStrides.append(lhsStride)
            rhsStrides.append(rhsStride)
        }
        if dims.isEmpty {
            dims = [1]; lhsStrides = [0]; rhsStrides = [0]
        }
    }

    /// Calls `body(lhsOffset, lhsStep, rhsOffset, rhsStep, resultOffset, length)` for each run,
    /// in column-major order of the result.
    @inline(__always)
    func forEachRun(_ body: (Int, Int, Int, Int, Int, Int) -> Void) {
        guard count > 0 else { return }
        let run = dims[0]
        let lhsStep = lhsStrides[0] == 0 ? 0 : 1
        let rhsStep = rhsStrides[0] == 0 ? 0 : 1
        if dims.count == 1 {
            body(0, lhsStep, 0, rhsStep, 0, run)
            return
        }
        var counter = [Int](repeating: 0, count: dims.count)
        var lhsOffset = 0, rhsOffset = 0, resultOffset = 0
        while resultOffset < count {
            body(lhsOffset, lhsStep, rhsOffset, rhsStep, resultOffset, run)
            resultOffset += run
            var axis = 1
            while axis < dims.count {
                counter[axis] += 1
                lhsOffset += lhsStrides[axis]
                rhsOffset += rhsStrides[axis]
                if counter[axis] < dims[axis] { break }
                lhsOffset -= lhsStrides[axis] * dims[axis]
                rhsOffset -= rhsStrides[axis] * dims[axis]
                counter[axis] = 0
                axis += 1
            }
        }
    }
}
