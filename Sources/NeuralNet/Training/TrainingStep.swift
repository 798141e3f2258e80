import Autograd

/// The result of one traced forward and backward pass: MATLAB's `[loss, gradients] =
/// dlfeval(@modelLoss, net, X, T)`.
public struct LossAndGradients {
    /// The loss value.
    public let loss: Float
    /// ∂L/∂θ for every learnable, in the order of ``Network/learnables``.
    public let gradients: [Tensor]
    /// The tape of the pass, kept for inspection (the debugger steps it again).
    public let tape: Tape
    /// The forward pass's trace (layer outputs and learnable variables).
    public let trace: ForwardTrace
    /// The loss variable on `tape`.
    public let lossVariable: Variable
}

extension Network {
    /// Runs `forward`, the loss against `targets` and one full backward pass on `tape`
    /// (cleared first), returning the loss and the gradient of every learnable.
    ///
    /// The input is recorded as a constant: no gradient is computed for the data.
    /// - Throws: ``NetworkError`` for inputs or targets that do not fit.
    public func lossAndGradients(input: Tensor, targets: Tensor, loss: Loss = .crossEntropy,
                                 tape: Tape = Tape()) throws(NetworkError) -> LossAndGradients {
        tape.removeAll()
        let x = tape.constant(input, name: "X")
        let t = tape.constant(targets, name: "T")
        let trace = try forward(x, on: tape)
        let lossVariable = try loss(trace.output, t, on: tape)
        let gradients = try engine { () throws(TensorError) in try tape.gradients(of: lossVariable) }
        return LossAndGradients(loss: lossVariable.value.scalar,
                                gradients: trace.learnables.map { gradients.gradientOrZeros(of: $0) },
                                tape: tape, trace: trace, lossVariable: lossVariable)
    }
}
