import Autograd

/// What can go wrong when building, running or training a network, with the data needed to
/// explain it. Rendered to text only in `NetworkError+Description.swift`.
public enum NetworkError: Error, Equatable, Sendable {
    /// Two tensors that must agree in shape do not (`operation` names the call).
    case shapeMismatch(operation: String, expected: Shape, actual: Shape)
    /// An input's feature count does not match what a layer expects.
    case inputSizeMismatch(layer: String, expected: Int, actual: Int)
    /// An option was given a value outside its domain.
    case invalidOption(operation: String, option: String, value: String, requirement: String)
    /// Two layers share a name.
    case duplicateLayerName(String)
    /// The network has no layers, or its first layer is not an input layer.
    case missingInputLayer
    /// An input layer appears somewhere other than first.
    case misplacedInputLayer(layer: String, index: Int)
    /// A list of tensors for the learnables has the wrong length.
    case learnableCountMismatch(expected: Int, actual: Int)
    /// No learnable with this layer name and parameter exists.
    case unknownLearnable(layer: String, parameter: String)
    /// No layer with this name exists.
    case unknownLayer(String)
    /// A value meant to be finite is NaN or infinite.
    case nonFinite(operation: String)
    /// A layer's learnables are used before the layer was initialised inside a network.
    case uninitializedLayer(String)
    /// The tensor engine rejected an operation.
    case tensor(TensorError)
}
