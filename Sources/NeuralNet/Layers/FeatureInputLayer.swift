import Autograd

/// `featureInputLayer(n)`: the first layer of a network on feature vectors.
///
/// Input batches are `n×B` matrices ("CB"); with `"zerocenter"` normalization the layer
/// subtracts `mean` (`n×1`, zeros until set) from every observation.
public struct FeatureInputLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// The number of features per observation.
    public let inputSize: Int
    /// The normalization applied to every observation.
    public var normalization: InputNormalization
    /// The vector subtracted under `"zerocenter"` (`n×1`); `nil` means zeros.
    public var mean: Tensor?

    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "featureinput"
    /// MATLAB's class name.
    public static let className = "FeatureInputLayer"

    /// Creates a feature input layer for `inputSize` features.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` for a
    ///   size below 1, or when `mean` is not `n×1`.
    public init(inputSize: Int, normalization: InputNormalization = .none,
                mean: Tensor? = nil, name: String = "") throws(NetworkError) {
        guard inputSize > 0 else {
            throw .invalidOption(operation: "featureInputLayer", option: "inputSize",
                                 value: "\(inputSize)", requirement: "a positive integer")
        }
        self.inputSize = inputSize
        self.normalization = normalization
        self.name = name
        if let mean {
            try requireSameShape("featureInputLayer", Shape([inputSize, 1]), mean.shape)
        }
        self.mean = mean
    }

    /// An input layer accepts any batch whose observations hold `n` values.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int {
        guard inputSize == self.inputSize else {
            throw .inputSizeMismatch(layer: name, expected: self.inputSize, actual: inputSize)
        }
        return inputSize
    }

    /// The subtracted vector: `mean`, or zeros when none was set.
    public var effectiveMean: Tensor { mean ?? Tensor(zeros: Shape([inputSize, 1])) }

    /// Checks the batch's shape and applies the normalization.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor {
        _ = try InputChecks.observations(input.shape, featureShape: [inputSize], layer: name)
        switch normalization {
        case .none: return input
        case .zeroCenter: return try engine { () throws(TensorError) in try input.subtracting(effectiveMean) }
        }
    }
}
