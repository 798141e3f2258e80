/// Implicit expansion (MATLAB's broadcasting): two arrays are compatible when, in every
/// dimension, their extents are equal or one of them is 1; the result takes the larger extent.
enum Broadcasting {
    /// The result size of combining arrays of sizes `a` and `b`, or nil when incompatible.
    static func resultSize(_ a: [Int], _ b: [Int]) -> [Int]? {
        let n = max(a.count, b.count)
        var out = [Int]()
        out.reserveCapacity(n)
        for k in 0..<n {
            let x = k < a.count ? a[k] : 1
            let y = k < b.count ? b[k] : 1
            if x == y || y == 1 {
                out.append(x)
            } else if x == 1 {
                out.append(y)
            } else {
                return nil
            }
        }
        return out
    }

    /// Combines two arrays element-wise with implicit expansion.
    static func combine<A, B, R>(
        _ a: NDArray<A>, _ b: NDArray<B>, _ f: (A, B) throws(RuntimeError) -> R
    ) throws(RuntimeError) -> NDArray<R> {
        if a.hasSameSize(as: b) {
            var out = [R]()
            out.reserveCapacity(a.count)
            for i in 0..<a.count { out.append(try f(a[linear: i], b[linear: i])) }
            return a.withElements(out)
        }
        if b.count == 1 {
            let y = b[linear: 0]
            var out = [R]()
            out.reserveCapacity(a.count)
            for x in a.elements { out.append(try f(x, y)) }
            return a.withElements(out)
        }
        if a.count == 1 {
            let x = a[linear: 0]
            var out = [R]()
            out.reserveCapacity(b.count)
            for y in b.elements { out.append(try f(x, y)) }
            return b.withElements(out)
        }
        guard let size = resultSize(a.size, b.size) else {
            throw .incompatibleSizes(left: a.size, right: b.size)
        }
        let requested = size.reduce(1.0) { $0 * Double($1) }
        guard requested <= Double(NDArray<R>.maximumElementCount) else { throw .arrayTooLarge(elements: requested) }
        let strideA = expandedStrides(a.size, count: size.count)
        let strideB = expandedStrides(b.size, count: size.count)
        let total = size.reduce(1, *)
        var out = [R]()
        out.reserveCapacity(total)
        var counter = [Int](repeating: 0, count: size.count)
        var ia = 0
        var ib = 0
        for _ in 0..<total {
            out.append(try f(a[linear: ia], b[linear: ib]))
            var k = 0
            while k < size.count {
                counter[k] += 1
                ia += strideA[k]
                ib += strideB[k]
                if counter[k] < size[k] { break }
                ia -= strideA[k] * size[k]
                ib -= strideB[k] * size[k]
                counter[k] = 0
                k += 1
            }
        }
        return NDArray(size: size, elements: out)
    }

    /// Column-major strides of an array, with 0 for singleton dimensions so they repeat.
    private static func expandedStrides(_ size: [Int], count: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: count)
        var step = 1
        for k in 0..<count {
            let extent = k < size.count ? size[k] : 1
            strides[k] = extent == 1 ? 0 : step
            step *= extent
        }
        return strides
    }
}
