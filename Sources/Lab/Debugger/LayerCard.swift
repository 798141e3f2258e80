import Autograd

/// The numbers of one layer card (DESIGN.md §2): what the backward pass did to the gradient at
/// one layer. Built from the stepper's gradients so far; rendered by ``CardRenderer``.
public struct LayerCard: Equatable, Sendable {
    /// The layer the gradient passes through.
    public let layer: String
    /// The layer below it (the one the outgoing gradient reaches), or `data`.
    public let below: String
    /// 1-based layer step of the pass, and how many the pass takes.
    public let step: Int
    /// The number of layer steps the whole pass takes.
    public let stepCount: Int
    /// Which backward pass (1-based) since the debugger started counting.
    public let iteration: Int
    /// ‖∂L/∂output‖ of the layer.
    public let incomingNorm: Double?
    /// ‖∂L/∂input‖ of the layer (nil for data that needs no gradient or not yet reached).
    public let outgoingNorm: Double?
    /// The activation's local derivative, for activation layers.
    public let activation: ActivationFactor?
    /// ‖∂L/∂W‖ for layers with weights.
    public let weightGradientNorm: Double?
    /// ‖∂L/∂b‖ for layers with a bias.
    public let biasGradientNorm: Double?
    /// Whether the layer's input is data that takes no gradient (the first layer's input).
    public let readsData: Bool
    /// ‖∂L/∂input‖ divided by the gradient norm at the network's output (the cumulative factor).
    public let sinceLoss: Double?

    /// outgoing / incoming, when both exist.
    public var factor: Double? {
        guard let i = incomingNorm, let o = outgoingNorm, i > 0 else { return nil }
        return o / i
    }
}

extension LayerCard {
    /// The card for `span` from what `stepper` has accumulated.
    static func make(span: LayerSpan, below: String, step: Int, stepCount: Int, iteration: Int,
                     stepper: BackwardStepper, reference: Double?) -> LayerCard {
        let tape = stepper.tape
        let norm = { (id: Int?) -> Double? in
            guard let id, let g = stepper.gradient(of: id) else { return nil }
            return TensorStatistics(g).norm
        }
        let activation = span.activationID.flatMap { id in
            ActivationFactor.kind(of: tape[id].op).map { ActivationFactor(kind: $0, output: tape[id].value) }
        }
        let outgoing = norm(span.inputID)
        let since = outgoing.flatMap { o in reference.flatMap { $0 > 0 ? o / $0 : nil } }
        return LayerCard(layer: span.name, below: below, step: step, stepCount: stepCount, iteration: iteration,
                         incomingNorm: norm(span.outputID), outgoingNorm: outgoing, activation: activation,
                         weightGradientNorm: norm(span.weightsID), biasGradientNorm: norm(span.biasID),
                         readsData: span.inputID.map { !tape[$0].requiresGradient } ?? true, sinceLoss: since)
    }
}
