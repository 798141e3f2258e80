/// Subscripts resolved against an array's size: 0-based positions per indexed dimension.
///
/// With one subscript the array is indexed linearly; with `n` subscripts it is viewed as
/// `n`-dimensional, the last subscript spanning all remaining dimensions.
struct IndexPlan {
    /// 0-based positions for each subscript.
    var positions: [[Int]]
    /// Which subscripts were `:`.
    var isColon: [Bool]
    /// The size of the indexed region, before MATLAB's shape rules for linear indexing.
    var regionSize: [Int] { positions.map { $0.count } }

    /// Resolves subscript values against a size; `bounds` nil checks every index against the
    /// size (reading), non-nil allows growth (assignment) and only rejects invalid indices.
    static func resolve(_ subscripts: [Value], size: [Int], forReading: Bool) throws(RuntimeError) -> IndexPlan {
        let n = subscripts.count
        let extents = foldedExtents(size, count: n)
        var positions = [[Int]]()
        var isColon = [Bool]()
        positions.reserveCapacity(n)
        for (k, item) in subscripts.enumerated() {
            let position: Int? = n == 1 ? nil : k + 1
            if item.isColon {
                positions.append(Array(0..<extents[k]))
                isColon.append(true)
                continue
            }
            let list = try indices(of: item, position: position, extent: extents[k], forReading: forReading)
            if forReading, let bad = list.first(where: { $0 >= extents[k] }) {
                throw .indexOutOfBounds(position: position, count: n, index: bad + 1, extent: extents[k])
            }
            positions.append(list)
            isColon.append(false)
        }
        return IndexPlan(positions: positions, isColon: isColon)
    }

    /// The extents seen by `count` subscripts: the first `count − 1` dimensions, then the product
    /// of the rest (padding with 1 when there are more subscripts than dimensions).
    static func foldedExtents(_ size: [Int], count: Int) -> [Int] {
        if count == 1 { return [size.reduce(1, *)] }
        var out = [Int]()
        for k in 0..<(count - 1) { out.append(k < size.count ? size[k] : 1) }
        out.append(count - 1 < size.count ? size[(count - 1)...].reduce(1, *) : 1)
        return out
    }

    /// 0-based indices of one subscript value: numbers must be positive integers, logical masks
    /// select their true positions.
    static func indices(of value: Value, position: Int?, extent: Int, forReading: Bool) throws(RuntimeError) -> [Int] {
        switch value {
        case .logical(let mask):
            var out = [Int]()
            for (i, flag) in mask.elements.enumerated() where flag {
                if forReading && i >= extent {
                    throw .indexOutOfBounds(position: position, count: position == nil ? 1 : 2, index: i + 1, extent: extent)
                }
                out.append(i)
            }
            return out
        case .double, .single, .char:
            let numbers = try value.doubleArray().elements
            var out = [Int]()
            out.reserveCapacity(numbers.count)
            for x in numbers {
                guard x >= 1, x == x.rounded(), x < 9.0e15 else { throw .invalidIndex(position: position, value: x) }
                out.append(Int(x) - 1)
            }
            return out
        default:
            throw .invalidArgument(function: nil, position: position,
                                   reason: "Unable to use a value of type \(value.className) as an index.")
        }
    }

    /// The result size of a linear index `x(idx)` following MATLAB: `x(:)` is a column; a vector
    /// indexed by a vector keeps the source's orientation; otherwise the index's shape. A logical
    /// mask acts as `find(mask)`: a row when the mask is a row, else a column.
    static func linearResultSize(source: [Int], index: Value, count: Int) -> [Int] {
        if index.isColon { return [count, 1] }
        var indexSize = index.size
        if case .logical = index {
            indexSize = indexSize.count == 2 && indexSize[0] == 1 ? [1, count] : [count, 1]
        }
        let sourceIsVector = source.count == 2 && (source[0] == 1 || source[1] == 1)
        let indexIsVector = indexSize.count == 2 && (indexSize[0] == 1 || indexSize[1] == 1)
        if sourceIsVector && indexIsVector && !(source[0] == 1 && source[1] == 1) {
            return source[0] == 1 ? [1, count] : [count, 1]
        }
        return indexSize
    }
}
