/// MATLAB's rules for operating along a dimension and for implicit expansion.
enum Dimensions {
    /// The first dimension whose extent is not 1 (1 when every extent is 1): the default
    /// dimension of `sum`, `max`, `sort`, `cumsum` and the like.
    static func firstNonSingleton(_ size: [Int]) -> Int {
        (size.firstIndex { $0 != 1 } ?? 0) + 1
    }

    /// Applies `transform` to every vector along dimension `dim` (1-based), each yielding
    /// `length(n)` values for a vector of `n`, and assembles them into an array whose extent in
    /// `dim` is that length.
    static func along<T, U>(_ array: NDArray<T>, dim: Int, length: (Int) -> Int, _ transform: ([T]) throws -> [U]) rethrows -> NDArray<U> {
        var size = array.size
        while size.count < dim { size.append(1) }
        let n = size[dim - 1]
        let stride = size[..<(dim - 1)].reduce(1, *)
        let outer = size[dim...].reduce(1, *)
        let m = length(n)
        var resultSize = size
        resultSize[dim - 1] = m
        let total = resultSize.reduce(1, *)
        guard total > 0 else { return NDArray(size: resultSize, elements: []) }
        var out = [U?](repeating: nil, count: total)
        var slice = [T]()
        slice.reserveCapacity(n)
        for o in 0..<outer {
            for i in 0..<stride {
                slice.removeAll(keepingCapacity: true)
                for k in 0..<n { slice.append(array[linear: o * stride * n + k * stride + i]) }
                let values = try transform(slice)
                for k in 0..<m { out[o * stride * m + k * stride + i] = values[k] }
            }
        }
        return NDArray(size: resultSize, elements: out.map { $0! })
    }

    /// The size of `a op b` under implicit expansion, or `nil` when some dimension differs and
    /// neither extent is 1.
    static func expandedSize(_ a: [Int], _ b: [Int]) -> [Int]? {
        let count = max(a.count, b.count)
        var result = [Int]()
        for k in 0..<count {
            let x = k < a.count ? a[k] : 1
            let y = k < b.count ? b[k] : 1
            if x == y || y == 1 { result.append(x) } else if x == 1 { result.append(y) } else { return nil }
        }
        return result
    }

    /// Combines two arrays element-wise with implicit expansion (`max(a, b)`, `mod(a, b)`).
    static func expand<T, U, R>(_ a: NDArray<T>, _ b: NDArray<U>, function: String, _ combine: (T, U) -> R) throws(RuntimeError) -> NDArray<R> {
        if a.size == b.size {
            return NDArray(size: a.size, elements: zip(a.elements, b.elements).map(combine))
        }
        if b.count == 1 { return a.map { combine($0, b[linear: 0]) } }
        if a.count == 1 { return b.map { combine(a[linear: 0], $0) } }
        guard let size = expandedSize(a.size, b.size) else {
            throw .incompatibleSizes(left: a.size, right: b.size)
        }
        let total = size.reduce(1, *)
        var out = [R]()
        out.reserveCapacity(total)
        var subscripts = [Int](repeating: 0, count: size.count)
        for _ in 0..<total {
            out.append(combine(a[linear: offset(subscripts, in: a.size)], b[linear: offset(subscripts, in: b.size)]))
            var k = 0
            while k < size.count {
                subscripts[k] += 1
                if subscripts[k] < size[k] { break }
                subscripts[k] = 0
                k += 1
            }
        }
        return NDArray(size: size, elements: out)
    }

    /// The linear offset of `subscripts` (0-based, possibly more than `size` has) in an array of
    /// `size`, where extents of 1 repeat.
    private static func offset(_ subscripts: [Int], in size: [Int]) -> Int {
        var result = 0
        var stride = 1
        for k in 0..<size.count {
            let s = size[k] == 1 ? 0 : subscripts[k]
            result += s * stride
            stride *= size[k]
        }
        return result
    }
}
