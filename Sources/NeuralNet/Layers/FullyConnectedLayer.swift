import Autograd

/// `fullyConnectedLayer(outputSize)`: z = W·x + b.
///
/// `W` (`Weights`) is `outputSize×inputSize`, `b` (`Bias`) is `outputSize×1`. An image batch
/// `h×w×c×B` is flattened to `(h·w·c)×B` in column-major order, as MATLAB does. Until the layer
/// is initialised inside a network, `inputSize` may be unknown (MATLAB's `"auto"`) and the
/// learnables unset; initialisation draws whatever was not given explicitly from
/// `weightsInitializer` (Glorot uniform by default) and `biasInitializer` (zeros).
///
/// Backward (the lesson's core): with δ = ∂L/∂z,
/// ∂L/∂W = δ·xᵀ, ∂L/∂b = Σ_batch δ, ∂L/∂x = Wᵀ·δ.
public struct FullyConnectedLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// The number of outputs.
    public let outputSize: Int
    /// The number of inputs; `nil` until known (MATLAB's `"auto"`).
    public private(set) var inputSize: Int?
    /// The weights `W`, `outputSize×inputSize`; `nil` until initialised.
    public private(set) var weights: Tensor?
    /// The bias `b`, `outputSize×1`; `nil` until initialised.
    public private(set) var bias: Tensor?
    /// How missing weights are drawn.
    public var weightsInitializer: Initializer
    /// How a missing bias is drawn.
    public var biasInitializer: Initializer

    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "fc"
    /// MATLAB's class name.
    public static let className = "FullyConnectedLayer"

    /// Creates a fully connected layer.
    /// - Parameters:
    ///   - outputSize: the number of outputs (≥ 1).
    ///   - inputSize: the number of inputs, or `nil` to take it from the previous layer.
    ///   - weights: explicit initial weights (`outputSize×inputSize`); they fix `inputSize`.
    ///   - bias: explicit initial bias (`outputSize×1`).
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` or
    ///   ``NetworkError/shapeMismatch(operation:expected:actual:)`` for sizes that do not agree.
    public init(outputSize: Int, inputSize: Int? = nil, weights: Tensor? = nil, bias: Tensor? = nil,
                weightsInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
                name: String = "") throws(NetworkError) {
        guard outputSize > 0 else {
            throw .invalidOption(operation: "fullyConnectedLayer", option: "outputSize",
                                 value: "\(outputSize)", requirement: "a positive integer")
        }
        if let inputSize, inputSize <= 0 {
            throw .invalidOption(operation: "fullyConnectedLayer", option: "InputSize",
                                 value: "\(inputSize)", requirement: "a positive integer")
        }
        self.name = name
        self.outputSize = outputSize
        self.inputSize = inputSize
        self.weightsInitializer = weightsInitializer
        self.biasInitializer = biasInitializer
        if let weights {
            let columns = inputSize ?? weights.shape[1]
            try requireSameShape("fullyConnectedLayer Weights", Shape([outputSize, columns]), weights.shape)
            self.inputSize = columns
            self.weights = weights
        }
        if let bias {
            try requireSameShape("fullyConnectedLayer Bias", Shape([outputSize, 1]), bias.shape)
            self.bias = bias.reshaped(to: Shape([outputSize, 1]))
        }
    }

    /// `["Weights", "Bias"]`, MATLAB's order.
    public var learnableNames: [String] { ["Weights", "Bias"] }

    /// `outputSize`, after checking `inputSize` against the layer's own when known.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int {
        if let own = self.inputSize, own != inputSize {
            throw .inputSizeMismatch(layer: name, expected: own, actual: inputSize)
        }
        return outputSize
    }

    /// Fixes `inputSize` and draws the weights (fanIn = inputSize, fanOut = outputSize) and bias
    /// that were not given.
    public mutating func initialize(inputSize: Int, using generator: inout RandomGenerator) throws(NetworkError) {
        _ = try outputSize(forInputSize: inputSize)
        self.inputSize = inputSize
        if weights == nil {
            weights = weightsInitializer.weights(outputSize: outputSize, inputSize: inputSize, using: &generator)
        }
        if bias == nil {
            bias = biasInitializer.draw(shape: Shape([outputSize, 1]), fanIn: inputSize, fanOut: outputSize,
                                        using: &generator)
        }
    }

    /// `Weights` or `Bias`.
    public func learnable(_ parameter: String) -> Tensor? {
        switch parameter {
        case "Weights": weights
        case "Bias": bias
        default: nil
        }
    }

    /// Replaces `Weights` or `Bias`; the shape must match the current one (or, before
    /// initialisation, `outputSize×inputSize` and `outputSize×1`).
    public mutating func setLearnable(_ parameter: String, to value: Tensor) throws(NetworkError) {
        switch parameter {
        case "Weights":
            let expected = weights?.shape ?? Shape([outputSize, inputSize ?? value.shape[1]])
            try requireSameShape("\(name) Weights", expected, value.shape)
            weights = value.reshaped(to: expected)
            inputSize = expected[1]
        case "Bias":
            try requireSameShape("\(name) Bias", Shape([outputSize, 1]), value.shape)
            bias = value.reshaped(to: Shape([outputSize, 1]))
        default:
            throw .unknownLearnable(layer: name, parameter: parameter)
        }
    }

    /// Mutates `Weights` or `Bias` in place; `body` must keep the shape.
    public mutating func updateLearnable(_ parameter: String,
                                         _ body: (inout Tensor) throws(NetworkError) -> Void) throws(NetworkError) {
        switch parameter {
        case "Weights":
            guard weights != nil else { throw .uninitializedLayer(name) }
            let shape = weights!.shape
            try body(&weights!)
            precondition(weights!.shape == shape, "updateLearnable: \(name) Weights changed shape")
        case "Bias":
            guard bias != nil else { throw .uninitializedLayer(name) }
            let shape = bias!.shape
            try body(&bias!)
            precondition(bias!.shape == shape, "updateLearnable: \(name) Bias changed shape")
        default:
            throw .unknownLearnable(layer: name, parameter: parameter)
        }
    }

    /// The initialised weights and bias, or a typed error naming the layer.
    func parameters() throws(NetworkError) -> (weights: Tensor, bias: Tensor) {
        guard let weights else { throw .uninitializedLayer(name) }
        guard let bias else { throw .uninitializedLayer(name) }
        return (weights, bias)
    }

    /// z = W·x + b on a plain tensor: `outputSize×B`.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor {
        let (w, b) = try parameters()
        let batch = try InputChecks.flatObservations(input.shape, features: w.shape[1], layer: name)
        return try engine { () throws(TensorError) in
            try w.matmul(input.reshaped(to: Shape([w.shape[1], batch]))).adding(b)
        }
    }

    /// One line as MATLAB's layer display.
    public var description: String {
        "'\(name)'   Fully Connected   \(outputSize) fully connected layer"
    }
}
