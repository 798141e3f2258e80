import Autograd

/// The numbers of one layer card (DESIGN.md §2): what one `dbstep` of the backward pass did to
/// the gradient. For a hidden layer that is an activation and the fully connected layer below
/// it: the gradient arrives as ∂L/∂aₖ, the activation multiplies it by f′(zₖ) (the activation
/// factor), the weights map it to ∂L/∂aₖ₋₁ = Wₖᵀ ∂L/∂zₖ (the weight factor). Built from the
/// stepper's gradients so far; rendered by ``CardRenderer``.
public struct LayerCard: Equatable, Sendable {
    /// The step's layers in the order the backward pass visits them (`sigmoid_3`, `fc_3`);
    /// empty for the loss step.
    public let layers: [String]
    /// 1-based position of the step in the pass.
    public let step: Int
    /// The number of steps the whole pass takes.
    public let stepCount: Int
    /// Which backward pass (1-based) since the debugger started counting.
    public let iteration: Int
    /// The subscript k of zₖ, aₖ and Wₖ: the number of the step's fully connected layer among
    /// the layers with weights (or of the one feeding a lone activation); nil when there is none.
    public let number: Int?
    /// ‖∂L/∂output‖ of the step's top layer (for the loss step: of the network's output).
    public let incomingNorm: Double?
    /// The activation's local derivative, when the step has an activation.
    public let activation: ActivationFactor?
    /// ‖∂L/∂z‖ = ‖∂L/∂a ⊙ f′(z)‖, the gradient after the activation; nil without one or not reached.
    public let activationInputNorm: Double?
    /// Whether the step has a layer with weights.
    public let hasWeights: Bool
    /// ‖∂L/∂W‖ of the step's layer with weights.
    public let weightGradientNorm: Double?
    /// ‖∂L/∂input‖ of the step's bottom layer (nil for data that takes no gradient, or not reached).
    public let outgoingNorm: Double?
    /// Whether the bottom layer reads the network's input x rather than another layer's output.
    public let readsData: Bool
    /// The deepest gradient norm the step reached divided by the norm at the network's output.
    public let sinceLoss: Double?

    /// The title's text: the step's layers, bottom first, joined by `←` (`fc_3 ← sigmoid_3`).
    public var title: String { layers.isEmpty ? "loss" : layers.reversed().joined(separator: " ← ") }

    /// Whether this is the loss step.
    public var isLoss: Bool { layers.isEmpty }

    /// ‖∂L/∂z‖ / ‖∂L/∂a‖: how much the activation scaled the gradient.
    public var activationFactor: Double? { ratio(activationInputNorm, incomingNorm) }

    /// ‖∂L/∂aₖ₋₁‖ / ‖∂L/∂zₖ‖: how much the weights scaled the gradient.
    public var weightFactor: Double? {
        guard hasWeights else { return nil }
        return ratio(outgoingNorm, activation == nil ? incomingNorm : activationInputNorm)
    }

    /// outgoing / incoming over the whole step, when both exist.
    public var factor: Double? { ratio(outgoingNorm, incomingNorm) }

    private func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator
    }
}
