extension NDArray {
    /// Concatenates arrays along dimension `dimension` (1-based): every other extent must agree.
    ///
    /// Returns nil when the sizes are inconsistent. Each array is viewed as `pre × extent × post`
    /// blocks, with `pre` the product of the extents before `dimension`, so the result is built by
    /// copying contiguous runs.
    public static func concatenating(_ arrays: [NDArray<Element>], along dimension: Int) -> NDArray<Element>? {
        guard let first = arrays.first else { return nil }
        // Extents are compared through `extent(_:)`, so no size array is built per part: a
        // mini-batch joins 128 of them.
        var rank = dimension
        for array in arrays { rank = max(rank, array.dimensionCount) }
        var joinedExtent = 0
        for array in arrays {
            for k in 1...rank where k != dimension && array.extent(k) != first.extent(k) { return nil }
            joinedExtent += array.extent(dimension)
        }
        var size = (1...rank).map { first.extent($0) }
        size[dimension - 1] = joinedExtent
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
