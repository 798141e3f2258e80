import Autograd
import MatLang
import NeuralNet

/// A layer's `WeightsInitializer` and `BiasInitializer` given as function handles `@(sz) ...`.
public struct InitializerHandles: Sendable {
    /// The handle that makes the weights, if any.
    public var weights: Value?
    /// The handle that makes the bias, if any.
    public var bias: Value?

    /// Creates the handles of one layer.
    public init(weights: Value?, bias: Value?) {
        self.weights = weights
        self.bias = bias
    }
}

extension LayerArray {
    /// The layers with every initializer handle called, as MATLAB does when it initialises a
    /// network: a fully connected layer's weights handle gets `sz = [outputSize inputSize]`, its
    /// bias handle `sz = [outputSize 1]`, and each must return a numeric array of exactly that
    /// size. Values given explicitly (`Weights=W`) win over handles.
    /// - Throws: a `RuntimeError` naming `function`, the layer and the option.
    func resolvingInitializerHandles(_ call: BuiltinCall) throws -> [any Layer] {
        guard initializerHandles.contains(where: { $0 != nil }) else { return layers }
        let sizes = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
            try Network.featureSizes(of: layers)
        }
        let names = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
            try LayerNaming.resolve(names: layers.map(\.name), prefixes: layers.map { type(of: $0).namePrefix })
        }
        var resolved = layers
        for (index, handles) in initializerHandles.enumerated() {
            guard let handles, let fc = layers[index] as? FullyConnectedLayer else { continue }
            let shape = (weights: [fc.outputSize, sizes[index]], bias: [fc.outputSize, 1])
            var weights = fc.weights, bias = fc.bias
            if weights == nil, let handle = handles.weights {
                weights = try Self.draw(handle, size: shape.weights, option: "WeightsInitializer", layer: names[index], call)
            }
            if bias == nil, let handle = handles.bias {
                bias = try Self.draw(handle, size: shape.bias, option: "BiasInitializer", layer: names[index], call)
            }
            let (w, b) = (weights, bias)
            resolved[index] = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                try FullyConnectedLayer(outputSize: fc.outputSize, weights: w, bias: b, weightsInitializer: fc.weightsInitializer,
                                        biasInitializer: fc.biasInitializer, name: fc.name)
            }
        }
        return resolved
    }

    /// Calls an initializer handle with `sz` and checks what it returns.
    static func draw(_ handle: Value, size: [Int], option: String, layer: String, _ call: BuiltinCall) throws -> Tensor {
        let expected = size.map(String.init).joined(separator: "×")
        let result = try call.context.call(handle, arguments: [.row(size.map(Double.init))], nargout: 1)
        guard let value = result.first else {
            throw RuntimeError.invalidArgument(function: call.name, position: nil,
                                               reason: "\(option) of layer '\(layer)' returned no value; it must return a \(expected) array.")
        }
        switch value {
        case .double, .single: break
        case .object(let o) where o is DLArray: break
        default:
            throw RuntimeError.invalidArgument(function: call.name, position: nil, reason:
                "\(option) of layer '\(layer)' must return a numeric array (double, single or dlarray), not \(value.className).")
        }
        let tensor = try DLArray.tensor(from: value)
        let actual = DLArray.matlabSize(tensor.shape)
        guard actual == size else {
            throw RuntimeError.invalidArgument(function: call.name, position: nil, reason:
                "\(option) of layer '\(layer)' must return an array of size \(expected) (the size it was called with), not \(actual.map(String.init).joined(separator: "×")).")
        }
        guard tensor.scalars.allSatisfy(\.isFinite) else {
            throw RuntimeError.invalidArgument(function: call.name, position: nil,
                                               reason: "\(option) of layer '\(layer)' returned values that are not finite.")
        }
        return tensor.reshaped(to: Shape(size))
    }
}
