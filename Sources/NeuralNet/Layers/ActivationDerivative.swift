import Autograd

/// An element-wise activation's local derivative, the factor backprop multiplies by at this
/// layer: ∂L/∂z = ∂L/∂a ⊙ f′(z). The debugger's layer cards show it as σ′.
public protocol ElementwiseActivation: Layer {
    /// f′ at every element, from the layer's input z and output a = f(z).
    func derivative(input z: Tensor, output a: Tensor) -> Tensor
}

extension ReLULayer: ElementwiseActivation {
    /// 1 where z > 0, else 0 (NOTE: relu′(0) is 0).
    public func derivative(input z: Tensor, output a: Tensor) -> Tensor {
        elementwise(z) { $0 > 0 ? 1 : 0 }
    }
}

extension LeakyReLULayer: ElementwiseActivation {
    /// 1 where z > 0, else the scale.
    public func derivative(input z: Tensor, output a: Tensor) -> Tensor {
        let scale = self.scale
        return elementwise(z) { $0 > 0 ? 1 : scale }
    }
}

extension SigmoidLayer: ElementwiseActivation {
    /// σ′(z) = a(1 − a), at most 0.25 (at z = 0).
    public func derivative(input z: Tensor, output a: Tensor) -> Tensor {
        elementwise(a) { $0 * (1 - $0) }
    }
}

extension TanhLayer: ElementwiseActivation {
    /// tanh′(z) = 1 − a², at most 1 (at z = 0).
    public func derivative(input z: Tensor, output a: Tensor) -> Tensor {
        elementwise(a) { 1 - $0 * $0 }
    }
}

/// `f` applied to every element of `x`.
func elementwise(_ x: Tensor, _ f: (Float) -> Float) -> Tensor {
    x.withUnsafeBufferPointer { source in
        Tensor(shape: x.shape) { out in
            for i in 0..<out.count { out[i] = f(source[i]) }
        }
    }
}
