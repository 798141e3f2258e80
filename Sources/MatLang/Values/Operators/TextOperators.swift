/// Operators on string arrays: `+` concatenates element-wise, comparisons compare text.
/// Char arrays, numbers, logicals and cell arrays of text are converted to strings first.
enum TextOperators {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        let supported: Bool
        switch op {
        case .plus, .eq, .ne, .lt, .le, .gt, .ge: supported = true
        default: supported = false
        }
        guard supported else {
            throw .operatorNotSupported(operator: op.symbol, leftClass: lhs.className, rightClass: rhs.className)
        }
        let a = try operand(lhs, op)
        let b = try operand(rhs, op)
        if op == .plus {
            return .string(try Broadcasting.combine(a, b) { x, y in
                guard let x, let y else { return nil }
                return x + y
            })
        }
        let isNotEqual = op == .ne
        return .logical(try Broadcasting.combine(a, b) { x, y in
            guard let x, let y else { return isNotEqual }
            switch op {
            case .eq: return x == y
            case .ne: return x != y
            case .lt: return codeUnitsLess(x, y)
            case .le: return !codeUnitsLess(y, x)
            case .gt: return codeUnitsLess(y, x)
            default: return !codeUnitsLess(x, y)
            }
        })
    }

    /// Converts one operand to a string array; char arrays count as one string per row.
    private static func operand(_ value: Value, _ op: BinaryOperator) throws(RuntimeError) -> NDArray<String?> {
        switch value {
        case .string(let a): return a
        case .char(let a) where a.rows <= 1:
            return NDArray(scalar: String(decoding: a.elements, as: UTF16.self))
        case .char, .double, .single, .logical, .cell, .categorical:
            do {
                return try value.toStringArray()
            } catch {
                throw .operatorNotSupported(operator: op.symbol, leftClass: "string", rightClass: value.className)
            }
        default:
            throw .operatorNotSupported(operator: op.symbol, leftClass: "string", rightClass: value.className)
        }
    }

    /// MATLAB orders text by UTF-16 code units.
    private static func codeUnitsLess(_ x: String, _ y: String) -> Bool {
        x.utf16.lexicographicallyPrecedes(y.utf16)
    }
}
