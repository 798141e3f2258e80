import Autograd

/// The losses of the Deep Learning Toolbox, as MATLAB computes them for `C×B` arrays.
public enum Loss: String, Sendable, CaseIterable {
    /// `crossentropy(Y, T)` on probabilities: L = −(1/N) Σᵢ Σ_c T_ci · ln Y_ci, N the observations.
    case crossEntropy = "crossentropy"
    /// `mse(Y, T)`: half the mean squared error, L = (1/2N) Σ (Y − T)², N the observations.
    case meanSquaredError = "mse"

    /// Records the loss of `predictions` against `targets` (same size) as a 1×1 variable.
    /// - Throws: ``NetworkError/tensor(_:)`` when the sizes differ.
    public func callAsFunction(_ predictions: Variable, _ targets: Variable, on tape: Tape) throws(NetworkError) -> Variable {
        try engine { () throws(TensorError) in
            switch self {
            case .crossEntropy: try tape.crossEntropy(predictions, targets)
            case .meanSquaredError: try tape.meanSquaredError(predictions, targets)
            }
        }
    }

    /// The loss of plain tensors, computed on a scratch tape.
    /// - Throws: ``NetworkError/tensor(_:)`` when the sizes differ.
    public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) throws(NetworkError) -> Float {
        let tape = Tape()
        return try self(tape.constant(predictions), tape.constant(targets), on: tape).value.scalar
    }
}
