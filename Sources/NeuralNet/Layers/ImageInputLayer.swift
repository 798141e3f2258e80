import Autograd

/// `imageInputLayer([h w c])`: the first layer of an image network.
///
/// Input batches are `h×w×c×B` arrays (MATLAB's "SSCB"); with `"zerocenter"` normalization the
/// layer subtracts `mean` (an `h×w×c` image, zeros until set) from every observation.
public struct ImageInputLayer: Layer {
    /// The layer's name; empty until the network names it.
    public var name: String
    /// Height, width and channels of one image.
    public let inputSize: [Int]
    /// The normalization applied to every observation.
    public var normalization: InputNormalization
    /// The image subtracted under `"zerocenter"` (`h×w×c`); `nil` means zeros.
    public var mean: Tensor?

    /// MATLAB's automatic-name prefix.
    public static let namePrefix = "imageinput"
    /// MATLAB's class name.
    public static let className = "ImageInputLayer"

    /// Creates an image input layer for `h×w×c` images (a 2-element size means one channel).
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` unless the
    ///   size has 2 or 3 positive entries, or when `mean` is not an `h×w×c` image.
    public init(inputSize: [Int], normalization: InputNormalization = .zeroCenter,
                mean: Tensor? = nil, name: String = "") throws(NetworkError) {
        guard (2...3).contains(inputSize.count), inputSize.allSatisfy({ $0 > 0 }) else {
            throw .invalidOption(operation: "imageInputLayer", option: "inputSize",
                                 value: "\(inputSize)", requirement: "[height width] or [height width channels] of positive integers")
        }
        self.inputSize = inputSize.count == 2 ? inputSize + [1] : inputSize
        self.normalization = normalization
        self.name = name
        if let mean {
            try requireSameShape("imageInputLayer", Shape(self.inputSize), mean.shape)
        }
        self.mean = mean
    }

    /// The number of values in one image, `h·w·c`.
    public var featureCount: Int { inputSize.reduce(1, *) }

    /// An input layer accepts any batch whose observations hold `h·w·c` values.
    public func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int {
        guard inputSize == featureCount else {
            throw .inputSizeMismatch(layer: name, expected: featureCount, actual: inputSize)
        }
        return featureCount
    }

    /// The subtracted image: `mean`, or zeros when none was set.
    public var effectiveMean: Tensor { mean ?? Tensor(zeros: Shape(inputSize)) }

    /// Checks the batch's shape and applies the normalization.
    public func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor {
        _ = try InputChecks.observations(input.shape, featureShape: inputSize, layer: name)
        switch normalization {
        case .none: return input
        case .zeroCenter: return try engine { () throws(TensorError) in try input.subtracting(effectiveMean) }
        }
    }
}
