/// Operator sugar on traced values: the unchecked door. Shape errors stop the program;
/// code reachable from user input uses the throwing ``Tape`` methods instead.
extension Variable {
    /// `a + b` with implicit expansion.
    public static func + (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.add(a, b) } }
    /// `a − b` with implicit expansion.
    public static func - (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.subtract(a, b) } }
    /// `a .* b` with implicit expansion.
    public static func .* (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.multiply(a, b) } }
    /// `a ./ b` with implicit expansion.
    public static func ./ (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.divide(a, b) } }
    /// `a .^ b` with implicit expansion.
    public static func .^ (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.power(a, b) } }
    /// `a * b`: the matrix product (MATLAB `mtimes`).
    public static func * (a: Variable, b: Variable) -> Variable { unchecked { try a.tape.matmul(a, b) } }
    /// `−x`.
    public static prefix func - (x: Variable) -> Variable { unchecked { try x.tape.negate(x) } }

    private func constant(_ value: Float) -> Variable { tape.constant(Tensor(scalar: value)) }

    /// `x + s`.
    public static func + (x: Variable, s: Float) -> Variable { x + x.constant(s) }
    /// `s + x`.
    public static func + (s: Float, x: Variable) -> Variable { x.constant(s) + x }
    /// `x − s`.
    public static func - (x: Variable, s: Float) -> Variable { x - x.constant(s) }
    /// `s − x`.
    public static func - (s: Float, x: Variable) -> Variable { x.constant(s) - x }
    /// `x · s`.
    public static func * (x: Variable, s: Float) -> Variable { x .* x.constant(s) }
    /// `s · x`.
    public static func * (s: Float, x: Variable) -> Variable { x.constant(s) .* x }
    /// `x / s`.
    public static func / (x: Variable, s: Float) -> Variable { x ./ x.constant(s) }
    /// `s ./ x`.
    public static func ./ (s: Float, x: Variable) -> Variable { x.constant(s) ./ x }
    /// `x .^ s`.
    public static func .^ (x: Variable, s: Float) -> Variable { x .^ x.constant(s) }

    /// `eˣ`.
    public func exp() -> Variable { unchecked { try tape.exp(self) } }
    /// `ln x`.
    public func log() -> Variable { unchecked { try tape.log(self) } }
    /// `√x`.
    public func squareRoot() -> Variable { unchecked { try tape.sqrt(self) } }
    /// `|x|`.
    public func magnitude() -> Variable { unchecked { try tape.abs(self) } }
    /// `σ(x)`.
    public func sigmoid() -> Variable { unchecked { try tape.sigmoid(self) } }
    /// `tanh x`.
    public func tanh() -> Variable { unchecked { try tape.tanh(self) } }
    /// `max(x, 0)`.
    public func relu() -> Variable { unchecked { try tape.relu(self) } }
    /// `x` where positive, `slope·x` elsewhere.
    public func leakyRelu(slope: Float = 0.01) -> Variable { unchecked { try tape.leakyRelu(self, slope: slope) } }
    /// Softmax along the first dimension.
    public func softmax() -> Variable { unchecked { try tape.softmax(self) } }
    /// The sum of all elements, or along `axis` (0-based).
    public func sum(axis: Int? = nil) -> Variable { unchecked { try tape.sum(self, axis: axis) } }
    /// The mean of all elements, or along `axis` (0-based).
    public func mean(axis: Int? = nil) -> Variable { unchecked { try tape.mean(self, axis: axis) } }
    /// The maximum of all elements, or along `axis` (0-based).
    public func max(axis: Int? = nil) -> Variable { unchecked { try tape.max(self, axis: axis) } }
    /// The minimum of all elements, or along `axis` (0-based).
    public func min(axis: Int? = nil) -> Variable { unchecked { try tape.min(self, axis: axis) } }
    /// The same elements with another shape.
    public func reshaped(to shape: Shape) -> Variable { unchecked { try tape.reshape(self, to: shape) } }
    /// The matrix transpose.
    public func transposed() -> Variable { unchecked { try tape.transpose(self) } }
}
