import Autograd

/// A layer of a sequential network, as a MATLAB Deep Learning Toolbox layer object.
///
/// A layer knows its name (empty until a ``Network`` gives it MATLAB's automatic name), how many
/// features it outputs for a given input, and its learnable parameters. Layers are values:
/// a network copies them, so the same layer placed three times becomes three layers with
/// distinct names and independently initialised parameters, as in MATLAB.
///
/// Layers are callable: `layer(x)` runs the layer on a plain tensor (inference, no tape).
/// Inputs are column-major `features×batch` matrices, or `height×width×channels×batch` images
/// for an image input layer.
public protocol Layer: Sendable, CustomStringConvertible {
    /// The layer's name (`fc_1`, `relu`); empty means "name me automatically".
    var name: String { get set }
    /// The prefix of automatic names: `fc`, `relu`, `imageinput`.
    static var namePrefix: String { get }
    /// MATLAB's class name: `FullyConnectedLayer`, `ReLULayer`.
    static var className: String { get }
    /// The names of the learnable parameters in MATLAB's order (`["Weights", "Bias"]`), empty
    /// for layers without any.
    var learnableNames: [String] { get }

    /// The number of output features for `inputSize` input features.
    /// - Throws: ``NetworkError/inputSizeMismatch(layer:expected:actual:)`` when the layer was
    ///   built for another size.
    func outputSize(forInputSize inputSize: Int) throws(NetworkError) -> Int

    /// Completes the layer for `inputSize` input features: fills in any learnable parameter not
    /// given explicitly by drawing from its initialiser.
    /// - Throws: as ``outputSize(forInputSize:)``, or when an explicit value has the wrong shape.
    mutating func initialize(inputSize: Int, using generator: inout RandomGenerator) throws(NetworkError)

    /// The value of learnable `parameter` (`nil` before ``initialize(inputSize:using:)``).
    func learnable(_ parameter: String) -> Tensor?

    /// Replaces learnable `parameter`.
    /// - Throws: ``NetworkError/unknownLearnable(layer:parameter:)`` or
    ///   ``NetworkError/shapeMismatch(operation:expected:actual:)``.
    mutating func setLearnable(_ parameter: String, to value: Tensor) throws(NetworkError)

    /// Mutates learnable `parameter` in place (an optimizer step), without copying it when the
    /// layer holds the only reference. `body` must not change the value's shape.
    /// - Throws: ``NetworkError/unknownLearnable(layer:parameter:)``,
    ///   ``NetworkError/uninitializedLayer(_:)``, or what `body` throws.
    mutating func updateLearnable(_ parameter: String,
                                  _ body: (inout Tensor) throws(NetworkError) -> Void) throws(NetworkError)

    /// Runs the layer on the tape: every op it records is labelled with the layer's name.
    ///
    /// `parameters` are the tape variables of the layer's learnables, in the order of
    /// ``learnableNames``.
    /// - Throws: ``NetworkError`` when the input's size does not fit the layer.
    func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable

    /// Runs the layer on a plain tensor, without recording anything.
    /// - Throws: ``NetworkError`` when the input's size does not fit the layer.
    func callAsFunction(_ input: Tensor) throws(NetworkError) -> Tensor
}

extension Layer {
    /// Layers without learnables have none to list.
    public var learnableNames: [String] { [] }

    /// Layers without learnables have none to return.
    public func learnable(_ parameter: String) -> Tensor? { nil }

    /// Layers without learnables reject every parameter name.
    public mutating func setLearnable(_ parameter: String, to value: Tensor) throws(NetworkError) {
        throw .unknownLearnable(layer: name, parameter: parameter)
    }

    /// Layers without learnables reject every parameter name.
    public mutating func updateLearnable(_ parameter: String,
                                         _ body: (inout Tensor) throws(NetworkError) -> Void) throws(NetworkError) {
        throw .unknownLearnable(layer: name, parameter: parameter)
    }

    /// Layers without learnables need no initialisation beyond a size check.
    public mutating func initialize(inputSize: Int, using generator: inout RandomGenerator) throws(NetworkError) {
        _ = try outputSize(forInputSize: inputSize)
    }

    /// MATLAB's class name of this layer's type.
    public var className: String { Self.className }

    /// One line as MATLAB's layer array display: name, kind and details.
    public var description: String {
        "'\(name)'   \(Self.className)"
    }
}
