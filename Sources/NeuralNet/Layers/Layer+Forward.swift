import Autograd

// Each layer's traced forward pass. The network wraps every call in `tape.withLabel(name)`,
// so the nodes recorded here carry the layer's name for the stepper and the debugger.

extension ImageInputLayer {
    /// Checks the batch and, under `"zerocenter"`, records x − mean.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        _ = try InputChecks.observations(input.shape, featureShape: inputSize, layer: name)
        guard normalization == .zeroCenter else { return input }
        return try engine { () throws(TensorError) in
            try tape.subtract(input, tape.constant(effectiveMean, name: "Mean"))
        }
    }
}

extension FeatureInputLayer {
    /// Checks the batch and, under `"zerocenter"`, records x − mean.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        _ = try InputChecks.observations(input.shape, featureShape: [inputSize], layer: name)
        guard normalization == .zeroCenter else { return input }
        return try engine { () throws(TensorError) in
            try tape.subtract(input, tape.constant(effectiveMean, name: "Mean"))
        }
    }
}

extension FullyConnectedLayer {
    /// Records z = W·x + b as one `fullyConnected` node.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        guard parameters.count == 2 else { throw .learnableCountMismatch(expected: 2, actual: parameters.count) }
        let (w, _) = try self.parameters()
        _ = try InputChecks.flatObservations(input.shape, features: w.shape[1], layer: name)
        return try engine { () throws(TensorError) in
            try tape.fullyConnected(weights: parameters[0], input: input, bias: parameters[1])
        }
    }
}

extension ReLULayer {
    /// Records max(z, 0).
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in try tape.relu(input) }
    }
}

extension LeakyReLULayer {
    /// Records the leaky ReLU with this layer's scale.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in try tape.leakyRelu(input, slope: scale) }
    }
}

extension SigmoidLayer {
    /// Records σ(z).
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in try tape.sigmoid(input) }
    }
}

extension TanhLayer {
    /// Records tanh z.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in try tape.tanh(input) }
    }
}

extension SoftmaxLayer {
    /// Records the softmax over channels.
    public func forward(_ input: Variable, parameters: [Variable], on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in try tape.softmax(input) }
    }
}
