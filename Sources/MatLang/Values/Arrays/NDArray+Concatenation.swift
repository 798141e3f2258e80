extension NDArray {
    /// Concatenates arrays along dimension `dimension` (1-based): every other extent must agree.
    ///
    /// Returns nil when the sizes are inconsistent. Each array is viewed as `pre × extent × post`
    /// blocks, with `pre` the product of the extents before `dimension`, so the result is built by
    /// copying contiguous runs.
    public static func concatenating(_ arrays: [NDArray<Element>], along dimension: Int) -> NDArray<Element>? {
        guard let first = arrays.first else { return nil }
        let rank = max(dimension, arrays.map { $0.size.count }.max() ?? 2)
        func padded(_ size: [Int]) -> [Int] { size + Array(repeating: 1, count: rank - size.count) }
        var size = padded(first.size)
        size[dimension - 1] = 0
        for array in arrays {
            let s = padded(array.size)
            for k in 0..<rank where k != dimension - 1 && s[k] != size[k] { return nil }
            size[dimension - 1] += s[dimension - 1]
        }
        let pre = size[..<(dimension - 1)].reduce(1, *)
        let post = size[dimension...].reduce(1, *)
        let total = size.reduce(1, *)
        let runs = arrays.map { pre * $0.extent(dimension) }
        // Runs are copied with `initialize(from:count:)`, a memory copy for plain numbers.
        let elements = [Element](unsafeUninitializedCapacity: total) { buffer, count in
            var offset = 0
            for q in 0..<post {
                for (array, run) in zip(arrays, runs) where run > 0 {
                    array.elements.withUnsafeBufferPointer { source in
                        (buffer.baseAddress! + offset).initialize(from: source.baseAddress! + q * run, count: run)
                    }
                    offset += run
                }
            }
            count = offset
        }
        return NDArray(size: size, elements: elements)
    }
}
