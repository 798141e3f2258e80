/// `a .* b`: element-wise product (MATLAB `times`).
infix operator .* : MultiplicationPrecedence
/// `a ./ b`: element-wise quotient (MATLAB `rdivide`).
infix operator ./ : MultiplicationPrecedence
/// `a .^ b`: element-wise power (MATLAB `power`).
infix operator .^ : ElementwisePowerPrecedence

/// `.^` binds tighter than `*` and `.*`, as in MATLAB.
precedencegroup ElementwisePowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: left
}

/// Runs a checked operation where a failure is a programmer error: the unchecked door.
@inline(__always)
func unchecked<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        preconditionFailure(String(describing: error))
    }
}
