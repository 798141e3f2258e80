import Foundation

extension Value {
    /// Applies a binary operator with MATLAB's rules: implicit expansion for element-wise
    /// operators, `single` winning over `double`, logical and char operands becoming double,
    /// logical results for comparisons and `&`/`|`, string `+` concatenation and string comparison.
    public static func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        if case .double(let a) = lhs, case .double(let b) = rhs, a.count == 1, b.count == 1 {
            if let fast = try scalarFast(op, a[linear: 0], b[linear: 0]) { return fast }
        }
        switch (lhs, rhs) {
        case (.object(let o), _):
            if let result = try o.binaryOperation(op, with: rhs, isLeft: true) { return result }
            throw .operatorNotSupported(operator: op.symbol, leftClass: o.className, rightClass: rhs.className)
        case (_, .object(let o)):
            if let result = try o.binaryOperation(op, with: lhs, isLeft: false) { return result }
            throw .operatorNotSupported(operator: op.symbol, leftClass: lhs.className, rightClass: o.className)
        case (.string, _), (_, .string):
            return try TextOperators.apply(op, lhs, rhs)
        case (.categorical, _), (_, .categorical):
            return try CategoricalOperators.apply(op, lhs, rhs)
        default:
            break
        }
        guard lhs.isArithmetic, rhs.isArithmetic else {
            let offender = lhs.isArithmetic ? rhs : lhs
            throw .operatorNotSupported(operator: op.symbol, leftClass: offender.className, rightClass: nil)
        }
        switch op {
        case .mtimes, .mrdivide, .mldivide, .mpower:
            return try LinearAlgebra.apply(op, lhs, rhs)
        default:
            return try elementwise(op, lhs, rhs)
        }
    }

    /// Applies a unary operator: `-`/`+` make char and logical double, `~` gives logical
    /// (NaN is an error), transposes keep the class and need a 2-d value.
    public func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value {
        if case .object(let o) = self {
            if let result = try o.unaryOperation(op) { return result }
            throw .operatorNotSupported(operator: op.symbol, leftClass: o.className, rightClass: nil)
        }
        switch op {
        case .transpose, .ctranspose:
            return try transposedValue(op)
        case .not:
            guard isArithmetic else {
                throw .operatorNotSupported(operator: "~", leftClass: className, rightClass: nil)
            }
            return .logical(try truthArray().map { !$0 })
        case .negate, .plus:
            switch self {
            case .single(let a):
                return .single(op == .negate ? a.map { -$0 } : a)
            case .double, .logical, .char:
                let a = try doubleArray()
                return .double(op == .negate ? a.map { -$0 } : a)
            default:
                throw .operatorNotSupported(operator: op.symbol, leftClass: className, rightClass: nil)
            }
        }
    }

    /// Elements as truth values for `&`, `|` and `~`: nonzero is true (char included, unlike
    /// `logical(x)`); NaN throws.
    func truthArray() throws(RuntimeError) -> NDArray<Bool> {
        if case .logical(let a) = self { return a }
        let a = try doubleArray()
        if a.elements.contains(where: { $0.isNaN }) { throw .nanToLogical }
        return a.map { $0 != 0 }
    }

    /// Scalar double arithmetic without intermediate arrays; nil when the general path is needed.
    private static func scalarFast(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(RuntimeError) -> Value? {
        switch op {
        case .plus: return .number(x + y)
        case .minus: return .number(x - y)
        case .times, .mtimes: return .number(x * y)
        case .rdivide, .mrdivide: return .number(x / y)
        case .ldivide, .mldivide: return .number(y / x)
        case .power, .mpower: return .number(try ElementOps.power(x, y))
        case .eq: return .bool(x == y)
        case .ne: return .bool(x != y)
        case .lt: return .bool(x < y)
        case .le: return .bool(x <= y)
        case .gt: return .bool(x > y)
        case .ge: return .bool(x >= y)
        case .and, .or: return nil
        }
    }

    /// Element-wise operators on arithmetic operands.
    private static func elementwise(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        if op == .and || op == .or {
            let a = try lhs.truthArray()
            let b = try rhs.truthArray()
            let isAnd = op == .and
            return .logical(try Broadcasting.combine(a, b) { x, y in isAnd ? (x && y) : (x || y) })
        }
        let isSingle: Bool
        switch (lhs, rhs) {
        case (.single, _), (_, .single): isSingle = true
        default: isSingle = false
        }
        let a = try lhs.doubleArray()
        let b = try rhs.doubleArray()
        if op.isLogicalResult {
            let compare: (Double, Double) -> Bool
            switch op {
            case .eq: compare = { $0 == $1 }
            case .ne: compare = { $0 != $1 }
            case .lt: compare = { $0 < $1 }
            case .le: compare = { $0 <= $1 }
            case .gt: compare = { $0 > $1 }
            default: compare = { $0 >= $1 }
            }
            if isSingle {
                return .logical(try Broadcasting.combine(a, b) { x, y in compare(Double(Float(x)), Double(Float(y))) })
            }
            return .logical(try Broadcasting.combine(a, b) { x, y in compare(x, y) })
        }
        let result: NDArray<Double>
        switch op {
        case .plus: result = try Broadcasting.combine(a, b) { $0 + $1 }
        case .minus: result = try Broadcasting.combine(a, b) { $0 - $1 }
        case .times: result = try Broadcasting.combine(a, b) { $0 * $1 }
        case .rdivide: result = try Broadcasting.combine(a, b) { $0 / $1 }
        case .ldivide: result = try Broadcasting.combine(a, b) { $1 / $0 }
        case .power:
            result = try Broadcasting.combine(a, b) { (x: Double, y: Double) throws(RuntimeError) -> Double in
                try ElementOps.power(x, y)
            }
        default:
            throw .operatorNotSupported(operator: op.symbol, leftClass: lhs.className, rightClass: rhs.className)
        }
        return isSingle ? .single(result.map { Float($0) }) : .double(result)
    }

    /// `x.'` and `x'` for every class stored as an array.
    private func transposedValue(_ op: UnaryOperator) throws(RuntimeError) -> Value {
        guard size.count == 2 else {
            throw .invalidArgument(function: op == .transpose ? "transpose" : "ctranspose", position: nil,
                                   reason: "Transpose on ND array is not defined. Use PERMUTE instead.")
        }
        switch self {
        case .double(let a): return .double(a.transposed())
        case .single(let a): return .single(a.transposed())
        case .logical(let a): return .logical(a.transposed())
        case .char(let a): return .char(a.transposed())
        case .string(let a): return .string(a.transposed())
        case .cell(let a): return .cell(a.transposed())
        case .structure(let s): return .structure(s.withRecords(s.records.transposed()))
        case .categorical(var c):
            c.codes = c.codes.transposed()
            return .categorical(c)
        case .functionHandle, .object:
            throw .operatorNotSupported(operator: op.symbol, leftClass: className, rightClass: nil)
        }
    }
}

/// Scalar kernels shared by the element-wise operators.
enum ElementOps {
    /// `x.^y` for reals; a negative base with a fractional exponent would be complex.
    static func power(_ x: Double, _ y: Double) throws(RuntimeError) -> Double {
        if x < 0 && y.isFinite && y != y.rounded() {
            throw .complexNotSupported(operation: "A negative number raised to a non-integer power")
        }
        if y == 2 { return x * x }
        return Foundation.pow(x, y)
    }
}
