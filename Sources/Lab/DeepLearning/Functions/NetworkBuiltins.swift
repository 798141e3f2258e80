import Autograd
import MatLang
import NeuralNet

/// Networks: dlnetwork initialize forward predict analyzeNetwork.
enum NetworkBuiltins {
    static func functions(state: DeepLearningState) -> [BuiltinFunction] {
        [
            BuiltinFunction(name: "dlnetwork", help: """
                dlnetwork - Deep learning network for custom training loops
                  net = dlnetwork(layers)     names unnamed layers (fc_1, relu_1, ...) and initialises learnables
                Example: net = dlnetwork([imageInputLayer([28 28 1]) fullyConnectedLayer(10) softmaxLayer])
                """) { call in
                guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                guard case .object(let o as LayerArray) = first else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1,
                                                       reason: "Expected a layer array, not \(first.className).")
                }
                let layers = try o.resolvingInitializerHandles(call)
                var generator = state.random.generator
                let network = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try Network(layers: layers, using: &generator)
                }
                state.random.generator = generator
                return [.object(NetworkObject(network))]
            },
            BuiltinFunction(name: "initialize", help: """
                initialize - Initialize the learnables of a dlnetwork
                  net = initialize(net)      every learnable is already initialised by dlnetwork; returns net
                Example: net = initialize(net)
                """) { call in
                [.object(try DeepLearningArguments.network(call, 0))]
            },
            BuiltinFunction(name: "forward", help: """
                forward - Network output in training mode (traced inside dlfeval)
                  Y = forward(net, X)       X a dlarray ("SSCB" images or "CB" features)
                Example: Y = forward(net, dlarray(single(XTrain(:,:,:,1:8)), "SSCB"))
                """) { call in
                [.object(try run(call, state: state))]
            },
            BuiltinFunction(name: "predict", help: """
                predict - Network output in inference mode
                  Y = predict(net, X)
                Example: Y = predict(net, X)
                """) { call in
                [.object(try run(call, state: state).untraced)]
            },
            BuiltinFunction(name: "analyzeNetwork", help: """
                analyzeNetwork - Table of layers, output sizes and learnables
                  analyzeNetwork(net)     also accepts a layer array
                Example: analyzeNetwork(net)
                """) { call in
                let network: Network
                switch call.arguments.first {
                case .object(let o as NetworkObject)?: network = o.network
                case .object(let o as LayerArray)?:
                    var generator = state.random.generator
                    network = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                        try Network(layers: o.layers, using: &generator)
                    }
                default: throw RuntimeError.invalidArgument(function: call.name, position: 1,
                                                            reason: "Expected a dlnetwork or a layer array.")
                }
                var text = "   #   Name            Type                    Activations  Learnables\n"
                for row in network.summary {
                    let learnables = row.learnables.joined(separator: ", ")
                    text += "  " + pad(String(row.index), 2, left: true) + "   " + pad(row.name, 16) + pad(row.className, 24)
                        + pad(String(row.outputSize), 13) + (row.parameterCount > 0 ? "\(learnables) (\(row.parameterCount))" : "-") + "\n"
                }
                text += "  Total learnables: \(network.parameterCount)\n"
                call.context.write(text)
                return []
            },
        ]
    }

    static func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, w - s.count))
        return left ? fill + s : s + fill
    }

    /// Runs `forward`/`predict`: on the trace when the network or the input is traced.
    static func run(_ call: BuiltinCall, state: DeepLearningState) throws(RuntimeError) -> DLArray {
        guard call.arguments.count >= 2 else { throw .notEnoughInputs(function: call.name) }
        let net = try DeepLearningArguments.network(call, 0)
        let x = try DeepLearningArguments.dlarray(call, 1)
        let outputFormat = x.format.isEmpty ? "" : "CB"
        let tape = net.tracedLearnables?.first?.tape ?? x.variable?.tape ?? (call.name == "forward" ? state.currentTape : nil)
        guard let tape else {
            let y = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in try net.network.predict(x.tensor) }
            return DLArray(y, format: outputFormat)
        }
        let input = x.variable ?? tape.constant(x.tensor, name: "X")
        let trace = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
            if let learnables = net.tracedLearnables {
                return try net.network.forward(input, learnables: learnables, on: tape)
            }
            return try net.network.forward(input, on: tape)
        }
        return DLArray(traced: trace.output, format: outputFormat)
    }
}
