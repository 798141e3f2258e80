/// Operator sugar on plain tensors: the unchecked door (shape errors stop the program).
extension Tensor {
    /// `a + b` with implicit expansion.
    public static func + (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.adding(b) } }
    /// `a − b` with implicit expansion.
    public static func - (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.subtracting(b) } }
    /// `a .* b` with implicit expansion.
    public static func .* (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.multiplying(b) } }
    /// `a ./ b` with implicit expansion.
    public static func ./ (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.dividing(b) } }
    /// `a .^ b` with implicit expansion.
    public static func .^ (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.raised(toPower: b) } }
    /// `a * b`: the matrix product.
    public static func * (a: Tensor, b: Tensor) -> Tensor { unchecked { try a.matmul(b) } }
    /// `x · s`.
    public static func * (x: Tensor, s: Float) -> Tensor { x.scaled(by: s) }
    /// `s · x`.
    public static func * (s: Float, x: Tensor) -> Tensor { x.scaled(by: s) }
    /// `−x`.
    public static prefix func - (x: Tensor) -> Tensor { x.negated() }
}
