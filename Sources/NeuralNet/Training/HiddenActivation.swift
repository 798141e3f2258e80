/// The activation between the hidden layers of the example network.
public enum HiddenActivation: String, Sendable, CaseIterable {
    /// `reluLayer`.
    case relu = "ReLU"
    /// `sigmoidLayer`.
    case sigmoid = "Sigmoid"
    /// `tanhLayer`.
    case tanh = "Tanh"
    /// `leakyReluLayer`.
    case leakyRelu = "LeakyReLU"

    /// A fresh, unnamed layer of this kind.
    public func makeLayer() -> any Layer {
        switch self {
        case .relu: ReLULayer()
        case .sigmoid: SigmoidLayer()
        case .tanh: TanhLayer()
        case .leakyRelu: LeakyReLULayer()
        }
    }
}
