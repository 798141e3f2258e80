extension Value {
    /// The 0-based linear position named by one or two in-range integer scalar subscripts
    /// (`x(k)`, `x(i, j)`), or nil when the general indexing path is needed. Loops index this way
    /// most often, so it avoids building index plans.
    func scalarPosition(_ subscripts: [Value]) -> Int? {
        guard subscripts.count == 1 || subscripts.count == 2 else { return nil }
        var numbers = (0.0, 1.0)
        for (k, item) in subscripts.enumerated() {
            guard case .double(let a) = item, a.count == 1 else { return nil }
            if k == 0 { numbers.0 = a.elements[0] } else { numbers.1 = a.elements[0] }
        }
        let (x, y) = numbers
        guard x >= 1, y >= 1, x == x.rounded(), y == y.rounded(), x < 9.0e15, y < 9.0e15 else { return nil }
        let (i, j) = (Int(x) - 1, Int(y) - 1)
        let total: Int
        let rows: Int
        switch self {
        case .double(let a): (total, rows) = (a.count, a.rows)
        case .single(let a): (total, rows) = (a.count, a.rows)
        case .logical(let a): (total, rows) = (a.count, a.rows)
        case .char(let a): (total, rows) = (a.count, a.rows)
        case .cell(let a): (total, rows) = (a.count, a.rows)
        default: return nil
        }
        if subscripts.count == 1 { return i < total ? i : nil }
        guard rows > 0, i < rows, j < total / rows else { return nil }
        return i + j * rows
    }

    /// `x(k)` or `x(i, j)` for an in-range scalar position, or nil.
    func scalarIndexed(_ subscripts: [Value]) -> Value? {
        guard let p = scalarPosition(subscripts) else { return nil }
        switch self {
        case .double(let a): return .number(a.elements[p])
        case .single(let a): return .single(NDArray(scalar: a.elements[p]))
        case .logical(let a): return .bool(a.elements[p])
        case .char(let a): return .char(NDArray(scalar: a.elements[p]))
        case .cell(let a): return .cell(NDArray(scalar: a.elements[p]))
        default: return nil
        }
    }

    /// `x(k) = v` or `x(i, j) = v` writing one in-range element of the same class in place;
    /// returns false when the general assignment path is needed.
    mutating func assignScalarInPlace(_ rhs: Value, at subscripts: [Value]) -> Bool {
        guard let p = scalarPosition(subscripts) else { return false }
        // No tuple of `(self, rhs)`: it would hold a second reference to the storage, and the
        // write below would copy the whole array instead of changing one element in place.
        switch self {
        case .double(var a):
            guard case .double(let r) = rhs, r.count == 1 else { return false }
            self = .empty
            a.elements[p] = r.elements[0]
            self = .double(a)
        case .single(var a):
            guard case .single(let r) = rhs, r.count == 1 else { return false }
            self = .empty
            a.elements[p] = r.elements[0]
            self = .single(a)
        case .logical(var a):
            guard case .logical(let r) = rhs, r.count == 1 else { return false }
            self = .empty
            a.elements[p] = r.elements[0]
            self = .logical(a)
        case .cell(var a):
            guard case .cell(let r) = rhs, r.count == 1 else { return false }
            self = .empty
            a.elements[p] = r.elements[0]
            self = .cell(a)
        default:
            return false
        }
        return true
    }
}
