import Autograd

/// `reluLayer`: a = max(z, 0), a′ = 1 for z > 0 and 0 otherwise (NOTE: relu′(0) is 0).
public struct ReLULayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "relu"
    /// MATLAB's class name.
    public static let className = "ReLULayer"
    /// Creates a ReLU layer.
    public init(name: String = "") { self.name = name }
    /// Element-wise: the output size is the input size.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int { inputSize }
    /// max(z, 0).
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor { input.relu() }
    /// One line as MATLAB's layer display.
    public var description: String { "'\(name)'   ReLU   ReLU" }
}

/// `leakyReluLayer(scale)`: a = z for z > 0, scale·z otherwise (MATLAB's default scale 0.01).
public struct LeakyReLULayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// The slope for negative inputs.
    public let scale: Float
    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "leakyrelu"
    /// MATLAB's class name.
    public static let className = "LeakyReLULayer"
    /// Creates a leaky ReLU layer with MATLAB's default scale, 0.01.
    public init(name: String = "") {
        self.scale = 0.01
        self.name = name
    }
    /// Creates a leaky ReLU layer with slope `scale` for negative inputs.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` for a
    ///   non-finite scale.
    public init(scale: Float, name: String = "") throws(NetworkError) {
        try requireOption("leakyReluLayer", "scale", scale, scale.isFinite, "a finite number")
        self.scale = scale
        self.name = name
    }
    /// Element-wise: the output size is the input size.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int { inputSize }
    /// z where positive, scale·z elsewhere.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor { input.leakyRelu(slope: scale) }
    /// One line as MATLAB's layer display.
    public var description: String { "'\(name)'   Leaky ReLU   Leaky ReLU with scale \(scale)" }
}

/// `sigmoidLayer`: a = σ(z) = 1/(1 + e⁻ᶻ), a′ = σ(z)(1 − σ(z)) ≤ 0.25: the vanishing factor.
public struct SigmoidLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "sigmoid"
    /// MATLAB's class name.
    public static let className = "SigmoidLayer"
    /// Creates a sigmoid layer.
    public init(name: String = "") { self.name = name }
    /// Element-wise: the output size is the input size.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int { inputSize }
    /// σ(z).
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor { input.sigmoid() }
    /// One line as MATLAB's layer display.
    public var description: String { "'\(name)'   Sigmoid   sigmoid" }
}

/// `tanhLayer`: a = tanh z, a′ = 1 − tanh² z ≤ 1.
public struct TanhLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "tanh"
    /// MATLAB's class name.
    public static let className = "TanhLayer"
    /// Creates a tanh layer.
    public init(name: String = "") { self.name = name }
    /// Element-wise: the output size is the input size.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int { inputSize }
    /// tanh z.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor { input.tanh() }
    /// One line as MATLAB's layer display.
    public var description: String { "'\(name)'   Tanh   Hyperbolic tangent" }
}

/// `softmaxLayer`: aᵢ = e^{zᵢ} / Σⱼ e^{zⱼ} over the channels of each observation.
public struct SoftmaxLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "softmax"
    /// MATLAB's class name.
    public static let className = "SoftmaxLayer"
    /// Creates a softmax layer.
    public init(name: String = "") { self.name = name }
    /// Channel-wise: the output size is the input size.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int { inputSize }
    /// Softmax along the first dimension.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor { input.softmax() }
    /// One line as MATLAB's layer display.
    public var description: String { "'\(name)'   Softmax   softmax" }
}
