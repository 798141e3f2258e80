import Autograd

/// What a traced forward pass leaves behind: the output, each layer's output, and the tape
/// variables of the learnables (to ask the backward pass for their gradients).
public struct ForwardTrace {
    /// The network's output (class probabilities for the example).
    public let output: Variable
    /// Each layer's name and output variable, in layer order (for the debugger's layer cards:
    /// an `fc` layer's output is z, an activation's is a).
    public let layerOutputs: [(layer: String, output: Variable)]
    /// The learnables' leaf variables, in the order of ``Network/learnables``.
    public let learnables: [Variable]
}

extension Network {
    /// Runs the network on the tape (MATLAB's `forward`): records one leaf per learnable,
    /// labelled with its layer and parameter, and every op under its layer's name.
    /// - Throws: ``NetworkError`` when the input does not fit the input layer.
    public func forward(_ input: Variable, on tape: Tape) throws(NetworkError) -> ForwardTrace {
        var parameters: [Variable] = []
        for layer in layers {
            for parameter in layer.learnableNames {
                guard let value = layer.learnable(parameter) else { throw .uninitializedLayer(layer.name) }
                parameters.append(tape.leaf(value, name: parameter, layer: layer.name))
            }
        }
        return try forward(input, learnables: parameters, on: tape)
    }

    /// Runs the network on the tape with the given learnable variables (one per row of
    /// ``learnables``, e.g. leaves the caller created to differentiate with respect to them).
    /// - Throws: ``NetworkError/learnableCountMismatch(expected:actual:)`` or a layer's error.
    public func forward(_ input: Variable, learnables parameters: [Variable], on tape: Tape) throws(NetworkError) -> ForwardTrace {
        guard parameters.count == learnableCount else {
            throw .learnableCountMismatch(expected: learnableCount, actual: parameters.count)
        }
        var x = input
        var outputs: [(layer: String, output: Variable)] = []
        outputs.reserveCapacity(layers.count)
        var next = 0
        for layer in layers {
            let count = layer.learnableNames.count
            let own = Array(parameters[next..<next + count])
            next += count
            let input = x
            let result = tape.withLabel(layer.name) {
                Result { () throws(NetworkError) in try layer.forward(input, parameters: own, on: tape) }
            }
            x = try result.get()
            outputs.append((layer.name, x))
        }
        return ForwardTrace(output: x, layerOutputs: outputs, learnables: parameters)
    }

    /// Runs the network on a plain tensor without a tape (MATLAB's `predict`).
    /// - Throws: ``NetworkError`` when the input does not fit the input layer.
    public func predict(_ input: Tensor) throws(NetworkError) -> Tensor {
        var x = input
        for layer in layers { x = try layer(x) }
        return x
    }

    /// Runs the network without a tape and returns every layer's output, in layer order
    /// (z for `fc` layers, a for activations).
    public func activations(_ input: Tensor) throws(NetworkError) -> [(layer: String, output: Tensor)] {
        var x = input
        var outputs: [(layer: String, output: Tensor)] = []
        for layer in layers {
            x = try layer(x)
            outputs.append((layer.name, x))
        }
        return outputs
    }
}
