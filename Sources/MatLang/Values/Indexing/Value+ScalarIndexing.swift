extension Value {
    /// The 0-based linear position named by in-range integer scalar subscripts (`x(k)`,
    /// `x(i, j)`, `x(i, j, k)`, …), or nil when the general indexing path is needed. Loops index
    /// this way most often, so it avoids building index plans.
    func scalarPosition(_ subscripts: [Value]) -> Int? {
        switch self {
        case .double(let a): Self.scalarPosition(subscripts, in: a)
        case .single(let a): Self.scalarPosition(subscripts, in: a)
        case .logical(let a): Self.scalarPosition(subscripts, in: a)
        case .char(let a): Self.scalarPosition(subscripts, in: a)
        case .cell(let a): Self.scalarPosition(subscripts, in: a)
        default: nil
        }
    }

    /// ``scalarPosition(_:)`` in `array`: with n subscripts the array is viewed as
    /// n-dimensional, the last subscript spanning the remaining dimensions (as
    /// `IndexPlan.foldedExtents`). Reads extents in place, without building a size array.
    private static func scalarPosition<Element>(_ subscripts: [Value], in array: NDArray<Element>) -> Int? {
        guard !subscripts.isEmpty else { return nil }
        var position = 0
        var stride = 1
        for (k, item) in subscripts.enumerated() {
            guard case .double(let a) = item, a.count == 1 else { return nil }
            let x = a[linear: 0]
            guard x >= 1, x == x.rounded(), x < 9.0e15 else { return nil }
            let extent: Int
            if k == subscripts.count - 1 {
                // The rest of the array; an empty array has no in-range position.
                guard stride > 0, array.count > 0 else { return nil }
                extent = array.count / stride
            } else {
                extent = array.extent(k + 1)
            }
            let index = Int(x) - 1
            guard index < extent else { return nil }
            position += index * stride
            stride *= extent
        }
        return position
    }

    /// `x(k)` or `x(i, j)` for an in-range scalar position, or nil.
    func scalarIndexed(_ subscripts: [Value]) -> Value? {
        guard let p = scalarPosition(subscripts) else { return nil }
        switch self {
        case .double(let a): return .number(a[linear: p])
        case .single(let a): return .single(NDArray(scalar: a[linear: p]))
        case .logical(let a): return .bool(a[linear: p])
        case .char(let a): return .char(NDArray(scalar: a[linear: p]))
        case .cell(let a): return .cell(NDArray(scalar: a[linear: p]))
        default: return nil
        }
    }

    /// `x(k) = v`, `x(i, j) = v`, … writing one in-range element in place; returns false when
    /// the general assignment path is needed. A double array takes any numeric scalar (a
    /// single, a logical, a numeric object such as a dlarray), converted to double as the
    /// general path converts it; other classes take a scalar of their own class.
    mutating func assignScalarInPlace(_ rhs: Value, at subscripts: [Value]) -> Bool {
        guard let p = scalarPosition(subscripts) else { return false }
        // The array is bound by `guard case` under a switch on the tag alone, and `self` lets go
        // of it before the write, which then finds the storage unshared and changes one element
        // in place (see ``tag``). Every check comes first, so a refusal leaves `self` as it was.
        switch tag {
        case .double:
            guard let x = Value.assignedDouble(rhs), case .double(var a) = self else { return false }
            self = .empty
            a.elements[p] = x
            self = .double(a)
        case .single:
            guard case .single(let r) = rhs, r.count == 1, case .single(var a) = self else { return false }
            self = .empty
            a.elements[p] = r[linear: 0]
            self = .single(a)
        case .logical:
            guard case .logical(let r) = rhs, r.count == 1, case .logical(var a) = self else { return false }
            self = .empty
            a.elements[p] = r[linear: 0]
            self = .logical(a)
        case .cell:
            guard case .cell(let r) = rhs, r.count == 1, case .cell(var a) = self else { return false }
            self = .empty
            a.elements[p] = r[linear: 0]
            self = .cell(a)
        default:
            return false
        }
        return true
    }

    /// A one-element numeric value as the double an assignment into a double array stores.
    private static func assignedDouble(_ rhs: Value) -> Double? {
        switch rhs {
        case .double(let r): return r.count == 1 ? r[linear: 0] : nil
        case .single(let r): return r.count == 1 ? Double(r[linear: 0]) : nil
        case .logical(let r): return r.count == 1 ? (r[linear: 0] ? 1 : 0) : nil
        case .object(let o):
            guard let numeric = o.numericValue else { return nil }
            if case .object = numeric { return nil }
            return assignedDouble(numeric)
        default: return nil
        }
    }
}
