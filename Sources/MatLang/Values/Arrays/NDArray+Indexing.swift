extension NDArray {
    /// Visits the linear positions of an indexed region in column-major order.
    ///
    /// `positions[k]` are 0-based indices into extent `extents[k]`; the callback receives the
    /// linear position in an array whose first dimensions are `extents`.
    static func forEachPosition(_ positions: [[Int]], extents: [Int], _ body: (Int) -> Void) {
        let n = positions.count
        if positions.contains(where: { $0.isEmpty }) { return }
        if n == 1 {
            for p in positions[0] { body(p) }
            return
        }
        var strides = [Int](repeating: 1, count: n)
        for k in 1..<n { strides[k] = strides[k - 1] * extents[k - 1] }
        var counter = [Int](repeating: 0, count: n)
        var offset = 0
        for k in 0..<n { offset += positions[k][0] * strides[k] }
        while true {
            body(offset)
            var k = 0
            while k < n {
                offset -= positions[k][counter[k]] * strides[k]
                counter[k] += 1
                if counter[k] < positions[k].count {
                    offset += positions[k][counter[k]] * strides[k]
                    break
                }
                counter[k] = 0
                offset += positions[k][0] * strides[k]
                k += 1
            }
            if k == n { return }
        }
    }

    /// The elements at the given positions (already bounds-checked), as an array of `resultSize`.
    func gathering(_ positions: [[Int]], resultSize: [Int]) -> NDArray<Element> {
        let extents = IndexPlan.foldedExtents(size, count: positions.count)
        var out = [Element]()
        out.reserveCapacity(positions.reduce(1) { $0 * $1.count })
        NDArray.forEachPosition(positions, extents: extents) { out.append(elements[$0]) }
        return NDArray(size: resultSize, elements: out)
    }

    /// The size after an assignment to `positions` grows the array, or an error for growth
    /// along an ambiguous dimension.
    func grownSize(for positions: [[Int]]) throws(RuntimeError) -> [Int] {
        let n = positions.count
        let needed = positions.map { ($0.max() ?? -1) + 1 }
        if n == 1 {
            guard needed[0] > count else { return size }
            if count == 0 && size == [0, 0] { return [1, needed[0]] }
            if size.count == 2 && size[0] == 1 { return [1, needed[0]] }
            if size.count == 2 && size[1] == 1 { return [needed[0], 1] }
            if count == 0 && size.count == 2 && size[1] == 0 { return [needed[0], 1] }
            if count == 0 { return [1, needed[0]] }
            throw .ambiguousGrowth
        }
        let extents = IndexPlan.foldedExtents(size, count: n)
        if n < size.count {
            for k in 0..<n where needed[k] > extents[k] { throw .ambiguousGrowth }
            return size
        }
        return (0..<n).map { max(extents[$0], needed[$0]) }
    }

    /// Whether growing from `old` to `new` only extends the last non-singleton dimension, so every
    /// existing element keeps its linear position and growth is an append (`x(end+1) = v`).
    static func growsAtTheEnd(from old: [Int], to new: [Int]) -> Bool {
        var trimmed = old
        while trimmed.count > 1 && trimmed.last == 1 { trimmed.removeLast() }
        for k in 0..<(trimmed.count - 1) where trimmed[k] != (k < new.count ? new[k] : 1) { return false }
        return true
    }

    /// Returns a copy resized to `newSize` (every extent at least the old one), the old elements
    /// kept in place and new ones set to `fill`.
    func resized(to newSize: [Int], fill: Element) -> NDArray<Element> {
        let normalized = NDArray.normalized(newSize)
        if normalized == size { return self }
        var out = NDArray(size: normalized, repeating: fill)
        if count == 0 { return out }
        let rank = max(normalized.count, size.count)
        let oldExtents = (0..<rank).map { $0 < size.count ? size[$0] : 1 }
        let positions = oldExtents.map { Array(0..<$0) }
        var i = 0
        NDArray.forEachPosition(positions, extents: (0..<rank).map { $0 < normalized.count ? normalized[$0] : 1 }) {
            out.elements[$0] = elements[i]
            i += 1
        }
        return out
    }

    /// The size after writing to `positions`, checked against ``maximumElementCount``; call
    /// before ``write(_:at:grownSize:fill:)`` so that nothing can fail once writing starts.
    func checkedGrowth(for positions: [[Int]]) throws(RuntimeError) -> [Int] {
        let grown = try grownSize(for: positions)
        let requested = grown.reduce(1.0) { $0 * Double($1) }
        guard requested <= Double(NDArray.maximumElementCount) else { throw .arrayTooLarge(elements: requested) }
        return grown
    }

    /// Writes `source` (one element per region position, or a single element repeated) into the
    /// region, first growing the array to `grownSize` with `fill`. Writes in place when the
    /// storage is uniquely referenced.
    mutating func write(_ source: [Element], at positions: [[Int]], grownSize: [Int], fill: Element) {
        if grownSize != size {
            if NDArray.growsAtTheEnd(from: size, to: grownSize) || count == 0 {
                let normalized = NDArray.normalized(grownSize)
                elements.append(contentsOf: repeatElement(fill, count: normalized.reduce(1, *) - count))
                setSize(normalized)
            } else {
                self = resized(to: grownSize, fill: fill)
            }
        }
        let extents = IndexPlan.foldedExtents(size, count: positions.count)
        var i = 0
        let repeats = source.count == 1
        NDArray.forEachPosition(positions, extents: extents) { p in
            elements[p] = repeats ? source[0] : source[i]
            i += 1
        }
    }

    /// ``checkedGrowth(for:)`` then ``write(_:at:grownSize:fill:)``.
    mutating func scatter(_ source: [Element], at positions: [[Int]], fill: Element) throws(RuntimeError) {
        let grown = try checkedGrowth(for: positions)
        write(source, at: positions, grownSize: grown, fill: fill)
    }

    /// Removes the elements selected by a deletion `x(subscripts) = []`.
    ///
    /// With one subscript the remaining elements form a row (or keep a column's orientation);
    /// with several, exactly one may select less than its whole dimension, and that slice is
    /// removed.
    func deleting(_ positions: [[Int]], isColon: [Bool]) throws(RuntimeError) -> NDArray<Element> {
        let n = positions.count
        if n == 1 {
            if isColon[0] { return NDArray(size: [0, 0], elements: []) }
            let doomed = Set(positions[0])
            if doomed.isEmpty { return self }
            if let bad = doomed.first(where: { $0 >= count }) {
                throw .indexOutOfBounds(position: nil, count: 1, index: bad + 1, extent: count)
            }
            let kept = elements.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
            if size.count == 2 && size[1] == 1 && size[0] != 1 { return NDArray(column: kept) }
            return NDArray(row: kept)
        }
        if (0..<n).contains(where: { !isColon[$0] && positions[$0].isEmpty }) { return self }
        let extents = IndexPlan.foldedExtents(size, count: n)
        for k in 0..<n {
            if let bad = positions[k].first(where: { $0 >= extents[k] }) {
                throw .indexOutOfBounds(position: k + 1, count: n, index: bad + 1, extent: extents[k])
            }
        }
        let partial = (0..<n).filter { k in !isColon[k] && Set(positions[k]) != Set(0..<extents[k]) }
        if partial.count > 1 { throw .invalidDeletion }
        let axis = partial.first ?? 0
        let doomed = Set(positions[axis])
        var keptPositions = extents.map { Array(0..<$0) }
        keptPositions[axis] = keptPositions[axis].filter { !doomed.contains($0) }
        var newExtents = extents
        newExtents[axis] = keptPositions[axis].count
        if n < size.count && axis < n - 1 {
            let resultSize = Array(newExtents[..<(n - 1)]) + Array(size[(n - 1)...])
            return gathering(keptPositions, resultSize: resultSize)
        }
        return gathering(keptPositions, resultSize: newExtents)
    }
}
