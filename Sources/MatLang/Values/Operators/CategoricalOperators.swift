/// Comparisons on categorical arrays: `==`/`~=` with text or another categorical; the ordering
/// comparisons only on ordinal categoricals with the same categories.
enum CategoricalOperators {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        guard op.isLogicalResult, op != .and, op != .or else {
            throw .operatorNotSupported(operator: op.symbol, leftClass: lhs.className, rightClass: rhs.className)
        }
        let reference: CategoricalArray
        if case .categorical(let c) = lhs { reference = c } else if case .categorical(let c) = rhs { reference = c } else {
            throw .operatorNotSupported(operator: op.symbol, leftClass: lhs.className, rightClass: rhs.className)
        }
        let a = try codes(lhs, in: reference, op)
        let b = try codes(rhs, in: reference, op)
        if op == .eq || op == .ne {
            let wantEqual = op == .eq
            return .logical(try Broadcasting.combine(a, b) { x, y in
                if x == 0 || y == 0 { return !wantEqual }
                return (x == y) == wantEqual
            })
        }
        guard reference.isOrdinal else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Relational comparisons are not allowed for categorical arrays that are not ordinal.")
        }
        return .logical(try Broadcasting.combine(a, b) { x, y in
            if x == 0 || y == 0 { return false }
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .gt: return x > y
            default: return x >= y
            }
        })
    }

    /// Codes of an operand relative to `reference`'s categories (-1 for text not among them).
    private static func codes(_ value: Value, in reference: CategoricalArray, _ op: BinaryOperator)
        throws(RuntimeError) -> NDArray<Int>
    {
        if case .categorical(let c) = value {
            if c.categories == reference.categories { return c.codes }
            return c.labels.map { label in label.flatMap { reference.categories.firstIndex(of: $0) }.map { $0 + 1 } ?? 0 }
        }
        let labels: NDArray<String?>
        switch value {
        case .string(let a): labels = a
        case .char(let a) where a.rows <= 1: labels = NDArray(scalar: String(decoding: a.elements, as: UTF16.self))
        case .cell: labels = try value.toStringArray()
        default:
            throw .operatorNotSupported(operator: op.symbol, leftClass: "categorical", rightClass: value.className)
        }
        return labels.map { label in label.flatMap { reference.categories.firstIndex(of: $0) }.map { $0 + 1 } ?? -1 }
    }
}
