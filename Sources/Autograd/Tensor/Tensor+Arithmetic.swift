#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Element-wise arithmetic with MATLAB's implicit expansion: the checked door.
extension Tensor {
    func combined(_ kind: BinaryKernel, _ other: Tensor, op: String) throws(TensorError) -> Tensor {
        let result = try Shape.broadcast(shape, other.shape, op: op)
        return Kernels.binary(kind, self, other, result: result)
    }

    /// `self + other` (MATLAB `plus`).
    public func adding(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.add, other, op: "plus") }
    /// `self − other` (MATLAB `minus`).
    public func subtracting(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.subtract, other, op: "minus") }
    /// `self .* other` (MATLAB `times`).
    public func multiplying(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.multiply, other, op: "times") }
    /// `self ./ other` (MATLAB `rdivide`).
    public func dividing(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.divide, other, op: "rdivide") }
    /// `self .^ other` (MATLAB `power`).
    public func raised(toPower other: Tensor) throws(TensorError) -> Tensor { try combined(.power, other, op: "power") }
    /// `max(self, other)` element-wise; NaN propagates.
    public func maximum(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.maximum, other, op: "max") }
    /// `min(self, other)` element-wise; NaN propagates.
    public func minimum(_ other: Tensor) throws(TensorError) -> Tensor { try combined(.minimum, other, op: "min") }

    /// `−self`.
    public func negated() -> Tensor { Kernels.map(self) { -$0 } }
    /// `self · factor`.
    public func scaled(by factor: Float) -> Tensor { Kernels.map(self) { $0 * factor } }
    /// `eˣ` element-wise.
    public func exp() -> Tensor { VectorMath.map(self, VectorMath.exp) }
    /// `ln x` element-wise (NaN below 0, −Inf at 0).
    public func log() -> Tensor { Kernels.map(self) { logf($0) } }
    /// `√x` element-wise (NaN below 0).
    public func squareRoot() -> Tensor { Kernels.map(self) { $0.squareRoot() } }
    /// `|x|` element-wise.
    public func magnitude() -> Tensor { Kernels.map(self) { Swift.abs($0) } }

    /// `σ(x) = 1 / (1 + e⁻ˣ)` element-wise.
    public func sigmoid() -> Tensor { VectorMath.map(self, VectorMath.sigmoid) }
    /// `tanh x` element-wise.
    public func tanh() -> Tensor { Kernels.map(self) { tanhf($0) } }
    /// `max(x, 0)` element-wise (NaN stays NaN).
    public func relu() -> Tensor { Kernels.map(self) { $0 > 0 || $0.isNaN ? $0 : 0 } }
    /// `x` where positive, `slope·x` elsewhere.
    public func leakyRelu(slope: Float) -> Tensor { Kernels.map(self) { $0 > 0 ? $0 : slope * $0 } }
    /// Softmax along the first (channel) dimension.
    public func softmax() -> Tensor { Kernels.softmax(self) }
}
