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
            guard needed[n - 1] <= extents[n - 1] else { throw .ambiguousGrowth }
            var grown = size
            for k in 0..<(n - 1) { grown[k] = max(size[k], needed[k]) }
            return grown
        }
        return (0..<n).map { max(extents[$0], needed[$0]) }
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

    /// Writes `source` (one element per region position, or a single element repeated) into the
    /// region, growing the array with `fill` where needed.
    mutating func scatter(_ source: [Element], at positions: [[Int]], fill: Element) throws(RuntimeError) {
        let grown = try grownSize(for: positions)
        if grown != size { self = resized(to: grown, fill: fill) }
        let extents = IndexPlan.foldedExtents(size, count: positions.count)
        var i = 0
        let repeats = source.count == 1
        NDArray.forEachPosition(positions, extents: extents) { p in
            elements[p] = repeats ? source[0] : source[i]
            i += 1
        }
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
        let extents = IndexPlan.foldedExtents(size, count: n)
        let partial = (0..<n).filter { k in !isColon[k] && Set(positions[k]) != Set(0..<extents[k]) }
        if partial.count > 1 { throw .invalidDeletion }
        let axis = partial.first ?? 0
        for k in 0..<n {
            if let bad = positions[k].first(where: { $0 >= extents[k] }) {
                throw .indexOutOfBounds(position: k + 1, count: n, index: bad + 1, extent: extents[k])
            }
        }
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
