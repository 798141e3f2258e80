import Autograd
import MatLang
import NeuralNet

/// Layer constructors: imageInputLayer featureInputLayer fullyConnectedLayer reluLayer
/// leakyReluLayer sigmoidLayer tanhLayer softmaxLayer.
enum LayerBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "imageInputLayer", help: """
                imageInputLayer - Image input layer
                  layer = imageInputLayer(inputSize)          inputSize [h w] or [h w c]
                  layer = imageInputLayer(inputSize, Normalization="none", Name="in")
                Normalization is "zerocenter" (default) or "none".
                Example: layer = imageInputLayer([28 28 1], Normalization="none")
                """) { call in
                let (values, options) = try DeepLearningArguments.split(call.arguments, positional: 1, function: call.name,
                                                                       allowed: ["Normalization", "Name", "Mean"])
                guard let sizeValue = values.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let size = try sizeValue.doubleArray().elements.map { Int($0) }
                var normalization = InputNormalization.zeroCenter
                if let n = options["normalization"] {
                    let text = (try? n.text()) ?? ""
                    guard let parsed = InputNormalization(matlabName: text) else {
                        throw RuntimeError.invalidArgument(function: call.name, position: nil,
                                                           reason: "Normalization must be \"zerocenter\" or \"none\", not \"\(text)\".")
                    }
                    normalization = parsed
                }
                let name = try options["name"]?.text() ?? ""
                let layer = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try ImageInputLayer(inputSize: size, normalization: normalization, name: name)
                }
                return [.object(LayerArray([layer]))]
            },
            BuiltinFunction(name: "featureInputLayer", help: """
                featureInputLayer - Feature input layer
                  layer = featureInputLayer(numFeatures)
                  layer = featureInputLayer(numFeatures, Normalization="none", Name="in")
                Example: layer = featureInputLayer(4)
                """) { call in
                let (values, options) = try DeepLearningArguments.split(call.arguments, positional: 1, function: call.name,
                                                                       allowed: ["Normalization", "Name"])
                guard let n = values.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let count = try DeepLearningArguments.positiveInteger(n, function: call.name, name: "numFeatures")
                var normalization = InputNormalization.none
                if let text = try options["normalization"]?.text() {
                    guard let parsed = InputNormalization(matlabName: text) else {
                        throw RuntimeError.invalidArgument(function: call.name, position: nil,
                                                           reason: "Normalization must be \"zerocenter\" or \"none\", not \"\(text)\".")
                    }
                    normalization = parsed
                }
                let name = try options["name"]?.text() ?? ""
                let layer = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try FeatureInputLayer(inputSize: count, normalization: normalization, name: name)
                }
                return [.object(LayerArray([layer]))]
            },
            BuiltinFunction(name: "fullyConnectedLayer", help: """
                fullyConnectedLayer - Fully connected layer, z = W*x + b
                  layer = fullyConnectedLayer(outputSize)
                  layer = fullyConnectedLayer(outputSize, Name="fc", WeightsInitializer="he", BiasInitializer="zeros")
                  layer = fullyConnectedLayer(outputSize, Weights=W, Bias=b)
                Initializers: "glorot" (default), "he", "narrow-normal", "zeros", "ones", or a function
                handle @(sz) ... that dlnetwork calls with sz = [outputSize inputSize] (weights) or
                [outputSize 1] (bias) and that must return a numeric array of that size.
                Example: layer = fullyConnectedLayer(10, WeightsInitializer=@(sz) randn(sz) * sqrt(2/sz(2)))
                """) { call in
                let (values, options) = try DeepLearningArguments.split(
                    call.arguments, positional: 1, function: call.name,
                    allowed: ["Name", "WeightsInitializer", "BiasInitializer", "Weights", "Bias"])
                guard let n = values.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let outputSize = try DeepLearningArguments.positiveInteger(n, function: call.name, name: "outputSize")
                func initializer(_ key: String, _ fallback: Initializer) throws(RuntimeError) -> Initializer {
                    guard let value = options[key.lowercased()] else { return fallback }
                    if case .functionHandle = value { return fallback }
                    let text = (try? value.text()) ?? ""
                    guard let parsed = Initializer(matlabName: text) else {
                        throw .invalidArgument(function: call.name, position: nil,
                                               reason: "\(key) must be \"glorot\", \"he\", \"narrow-normal\", \"zeros\", \"ones\" or a function handle @(sz) ..., not \"\(text)\".")
                    }
                    return parsed
                }
                func handle(_ key: String) -> Value? {
                    guard let value = options[key], case .functionHandle = value else { return nil }
                    return value
                }
                func explicit(_ key: String, _ label: String) throws(RuntimeError) -> Tensor? {
                    guard let value = options[key] else { return nil }
                    guard let tensor = try? DLArray.tensor(from: value) else {
                        throw .invalidArgument(function: call.name, position: nil,
                                               reason: "Value of '\(label)' must be a numeric array, not \(value.className).")
                    }
                    return tensor
                }
                let weights = try explicit("weights", "Weights")
                let bias = try explicit("bias", "Bias")
                let weightsInit = try initializer("WeightsInitializer", .glorotUniform)
                let biasInit = try initializer("BiasInitializer", .zeros)
                let name = try options["name"]?.text() ?? ""
                let layer = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try FullyConnectedLayer(outputSize: outputSize, weights: weights, bias: bias,
                                            weightsInitializer: weightsInit, biasInitializer: biasInit, name: name)
                }
                let handles = InitializerHandles(weights: handle("weightsinitializer"), bias: handle("biasinitializer"))
                return [.object(LayerArray([layer], initializerHandles: [handles.weights == nil && handles.bias == nil ? nil : handles]))]
            },
            activation("reluLayer", "ReLU layer, max(x, 0)") { name in ReLULayer(name: name) },
            activation("sigmoidLayer", "Sigmoid layer, 1 ./ (1 + exp(-x))") { name in SigmoidLayer(name: name) },
            activation("tanhLayer", "Hyperbolic tangent layer") { name in TanhLayer(name: name) },
            activation("softmaxLayer", "Softmax layer over the channel dimension") { name in SoftmaxLayer(name: name) },
            BuiltinFunction(name: "leakyReluLayer", help: """
                leakyReluLayer - Leaky ReLU layer, x for x >= 0, scale*x otherwise
                  layer = leakyReluLayer               scale 0.01
                  layer = leakyReluLayer(scale, Name="lrelu")
                Example: layer = leakyReluLayer(0.1)
                """) { call in
                let hasScale = call.arguments.first.map { if case .double = $0 { true } else { false } } ?? false
                let (values, options) = try DeepLearningArguments.split(call.arguments, positional: hasScale ? 1 : 0,
                                                                       function: call.name, allowed: ["Name"])
                let name = try options["name"]?.text() ?? ""
                let scale = try values.first.map { v throws(RuntimeError) in Float(try v.scalarDouble()) } ?? 0.01
                let layer = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try LeakyReLULayer(scale: scale, name: name)
                }
                return [.object(LayerArray([layer]))]
            },
        ]
    }

    /// A parameterless activation layer constructor taking only `Name`.
    static func activation(_ name: String, _ summary: String,
                           _ make: @escaping @Sendable (String) -> any Layer) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              layer = \(name)
              layer = \(name)(Name="act")
            Example: layers = [fullyConnectedLayer(10) \(name)]
            """) { call in
            let (_, options) = try DeepLearningArguments.split(call.arguments, positional: 0, function: call.name,
                                                              allowed: ["Name"])
            return [.object(LayerArray([make(try options["name"]?.text() ?? "")]))]
        }
    }
}
