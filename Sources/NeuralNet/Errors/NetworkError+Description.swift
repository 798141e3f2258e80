extension NetworkError: CustomStringConvertible {
    /// The message a learner reads, naming the operation, the layer or the shapes involved.
    public var description: String {
        switch self {
        case let .shapeMismatch(operation, expected, actual):
            return "\(operation): expected an array of size \(expected), got \(actual)."
        case let .inputSizeMismatch(layer, expected, actual):
            return "Layer '\(layer)': expected input with \(expected) features, got \(actual)."
        case let .invalidOption(operation, option, value, requirement):
            return "\(operation): invalid value \(value) for \(option); it must be \(requirement)."
        case let .duplicateLayerName(name):
            return "Layer names must be unique: '\(name)' is used more than once."
        case .missingInputLayer:
            return "The network must start with an input layer (imageInputLayer or featureInputLayer)."
        case let .misplacedInputLayer(layer, index):
            return "Input layer '\(layer)' is layer \(index + 1); an input layer must be the first layer."
        case let .learnableCountMismatch(expected, actual):
            return "Expected \(expected) learnable values, one per row of the Learnables table, got \(actual)."
        case let .unknownLearnable(layer, parameter):
            return "The network has no learnable '\(parameter)' in a layer named '\(layer)'."
        case let .unknownLayer(name):
            return "The network has no layer named '\(name)'."
        case let .nonFinite(operation):
            return "\(operation): the value is NaN or infinite."
        case let .uninitializedLayer(name):
            return "Layer '\(name)' has no learnable values yet; put it in a dlnetwork or call initialize."
        case let .tensor(error):
            return "\(error)"
        }
    }
}
