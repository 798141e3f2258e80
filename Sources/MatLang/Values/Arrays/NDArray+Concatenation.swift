extension NDArray {
    /// Concatenates arrays along dimension `dimension` (1-based): every other extent must agree.
    ///
    /// Returns nil when the sizes are inconsistent. Each array is viewed as `pre × extent × post`
    /// blocks, with `pre` the product of the extents before `dimension`, so the result is built by
    /// copying contiguous runs.
    public static func concatenating(_ arrays: [NDArray<Element>], along dimension: Int) -> NDArray<Element>? {
        guard let first = arrays.first else { return nil }
        // Extents are compared through `extent(_:)`, so no size array is built per part (a
        // mini-batch joins 128 of them), and the parts are read in place, not copied.
        var rank = dimension
        var joinedExtent = 0
        let fits = arrays.withUnsafeBufferPointer { parts in
            for k in parts.indices { rank = max(rank, parts[k].dimensionCount) }
            for k in parts.indices {
                for d in 1...rank where d != dimension && parts[k].extent(d) != first.extent(d) { return false }
                joinedExtent += parts[k].extent(dimension)
            }
            return true
        }
        guard fits else { return nil }
        var size = (1...rank).map { first.extent($0) }
        size[dimension - 1] = joinedExtent
        let pre = size[..<(dimension - 1)].reduce(1, *)
        let post = size[dimension...].reduce(1, *)
        let total = size.reduce(1, *)
        if post == 1, let shared = sharedRun(of: arrays, counts: arrays.lazy.map { pre * $0.extent(dimension) }, total: total) {
            return shared.sharingStorage(size: size, from: shared.storageRun().start)
        }
        let runs = arrays.map { pre * $0.extent(dimension) }
        // Runs are copied with `initialize(from:count:)`, a memory copy for plain numbers.
        let elements = [Element](unsafeUninitializedCapacity: total) { buffer, count in
            var offset = 0
            for q in 0..<post {
                for (array, run) in zip(arrays, runs) where run > 0 {
                    array.withUnsafeElements { source in
                        (buffer.baseAddress! + offset).initialize(from: source.baseAddress! + q * run, count: run)
                    }
                    offset += run
                }
            }
            count = offset
        }
        return NDArray(size: size, elements: elements)
    }

    /// The first of `arrays` when they show consecutive runs of one buffer, in order, `total`
    /// elements in all (`counts` each), else nil: joined along their last dimension they are
    /// that run, and the result can share it instead of copying (a mini-batch's observations
    /// joined back into it).
    private static func sharedRun(of arrays: [NDArray<Element>], counts: some Sequence<Int>, total: Int) -> NDArray<Element>? {
        guard let first = arrays.first, total > 0 else { return nil }
        let head = first.storageRun()
        guard head.buffer != nil, head.start + total <= head.total else { return nil }
        var next = head.start
        var counts = counts.makeIterator()
        // Read in place through the buffer: iterating the array copied every part (two
        // reference counts each, a third of the join's time).
        let inOrder = arrays.withUnsafeBufferPointer { parts in
            for k in parts.indices {
                let run = parts[k].storageRun()
                guard run.buffer == head.buffer, run.start == next, let count = counts.next() else { return false }
                next += count
            }
            return true
        }
        return inOrder ? first : nil
    }
}
