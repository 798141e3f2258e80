/// `unique(A, "rows")`: the distinct rows of a matrix, sorted (or in order of appearance), with
/// MATLAB's `ia` (first occurrence of each kept row) and `ic` (the kept row of every row).
enum UniqueRows {
    /// The three outputs for the rows of `value`, a 2-D numeric, logical or char matrix.
    static func outputs(of value: Value, stable: Bool, function: String) throws(RuntimeError) -> [Value] {
        guard value.size.count == 2, let keys = SortKey.keys(of: value), value.isArithmetic else {
            throw .invalidArgument(function: function, position: 1,
                                   reason: "The \"rows\" option needs a 2-D numeric, logical or char matrix.")
        }
        let (rows, columns) = (value.size[0], value.size[1])
        let rowKeys = (0..<rows).map { i in (0..<columns).map { keys[i + $0 * rows] } }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            for (x, y) in zip(rowKeys[a], rowKeys[b]) where x != y || x.isNaN {
                if x.precedes(y) { return true }
                if y.precedes(x) { return false }
            }
            return false
        }
        var order = Array(0..<rows)
        if !stable { order.sort { precedes($0, $1) || (!precedes($1, $0) && $0 < $1) } }
        var firsts = [Int]()
        var groupOf = [Int](repeating: 0, count: rows)
        var seen = [[SortKey]: Int]()
        for i in order {
            let key = rowKeys[i]
            if !key.contains(where: \.isNaN), let group = seen[key] {
                groupOf[i] = group
            } else {
                firsts.append(i)
                groupOf[i] = firsts.count
                if !key.contains(where: \.isNaN) { seen[key] = firsts.count }
            }
        }
        let positions = (0..<columns).flatMap { j in firsts.map { $0 + j * rows } }
        let unique = try value.gathered(positions, size: [firsts.count, columns])
        return [unique, .column(firsts.map { Double($0 + 1) }), .column(groupOf.map(Double.init))]
    }
}
