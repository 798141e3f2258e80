import Autograd

extension BackpropFrame {
    /// `dbstack`: the forward chain as a column — the card step each layer belongs to, layer,
    /// output shape, ‖∂L/∂output‖ so far (blank where the pass has not reached), a cursor at
    /// the layers of the focused step.
    public func stackText() -> String {
        var lines = ["  backprop · iteration \(iteration) · step \(stepsTaken) of \(stepCount)",
                     "    step  layer        output       ‖∂L/∂out‖"]
        let focused = focus.map { cardSteps[$0].spanIndices } ?? []
        for (index, span) in spans.enumerated().reversed() {
            let cursor = focused.contains(index) ? "→ " : "  "
            let step = cardSteps.firstIndex { $0.spanIndices.first == index }.map { String($0 + 1) } ?? ""
            let shape = stepper.tape[span.outputID].value.shape.dims.map(String.init).joined(separator: "×")
            let norm = gradientNorm(ofLayer: index).map { CardRenderer.sci($0) } ?? ""
            lines.append("  " + cursor + String(repeating: " ", count: max(0, 4 - step.count)) + step + "  "
                         + pad(span.name, 13) + pad(shape, 13) + norm)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `explain`: the chain rule at the focused step in words and numbers — the activation
    /// factor against the weight factor, and what would change them.
    public func explainText() throws(DebuggerError) -> String {
        guard let focus else {
            return "Nothing stepped yet: `dbstep` runs the loss's backward rule; step on to a layer, then `explain`.\n"
        }
        let card = card(at: focus)
        if card.isLoss {
            return "The loss step seeds ∂L/∂L = 1 and runs the loss's own backward rule: the gradient at the network's"
                + " output has norm \(CardRenderer.sci(card.outgoingNorm)). `dbstep` goes down into the layers.\n"
        }
        guard card.incomingNorm != nil else {
            return "\(card.title) has not been reached yet; step down to it first (`dbstep`).\n"
        }
        let k = card.number.map(CardRenderer.subscripted) ?? ""
        let incoming = card.activation != nil ? "a" + k : (card.hasWeights ? "z" + k : "y")
        var text = "At \(card.title) the chain rule multiplies the incoming gradient "
            + "‖∂L/∂\(incoming)‖ = \(CardRenderer.sci(card.incomingNorm))"
            + " by \(card.activation != nil && card.hasWeights ? "two local derivatives" : "the layer's local derivative").\n"
        if let activation = card.activation { text += activationText(activation, card: card, k: k) }
        if card.hasWeights { text += weightText(card, k: k) }
        if !card.hasWeights, card.activation == nil, let factor = card.factor {
            text += "  The layer scales the gradient by \(CardRenderer.times(factor)).\n"
        }
        if let activation = card.activationFactor, let weights = card.weightFactor {
            let smaller = activation < weights ? "activation" : "weight"
            text += "  The \(smaller) factor (\(CardRenderer.times(min(activation, weights)))) is the smaller one;"
                + " the whole step scales the gradient by \(CardRenderer.times(activation * weights)).\n"
        }
        if let since = card.sinceLoss {
            text += "  Since the loss the gradient has been multiplied by \(CardRenderer.times(since)) in all.\n"
        }
        if let activation = card.activation {
            text += activation.kind == .relu
                ? "  To change the activation factor: fewer dead units (He initialisation, a smaller learning rate, leaky ReLU).\n"
                : "  To change the activation factor: a ReLU's derivative is 1 for active units, so it would stop shrinking the gradient.\n"
        }
        if card.hasWeights {
            text += "  To change the weight factor: larger weights grow it, smaller ones shrink it; He initialisation,"
                + " N(0, 2/fan_in), keeps it near 1 for ReLU networks.\n"
        }
        return text
    }

    private func activationText(_ activation: ActivationFactor, card: LayerCard, k: String) -> String {
        var text: String
        switch activation.kind {
        case .sigmoid, .tanh:
            let name = activation.kind == .sigmoid ? "σ′(z) = a(1 − a)" : "tanh′(z) = 1 − a²"
            text = "  Activation factor: ∂L/∂z\(k) = ∂L/∂a\(k) ⊙ f′(z\(k)), every unit scaled by \(name):"
                + " mean \(CardRenderer.fixed(activation.mean)), max \(CardRenderer.fixed(activation.maximum))"
                + " (it can never exceed \(CardRenderer.fixed(activation.ceiling))),"
                + " \(CardRenderer.percent(activation.saturatedShare)) of units saturated.\n"
        case .relu:
            text = "  Activation factor: ReLU passes the gradient unchanged where z > 0"
                + " (\(CardRenderer.percent(activation.passingShare)) of units) and blocks it elsewhere;"
                + " \(activation.deadUnits) of \(activation.unitCount) units are zero for every sample (dead).\n"
        }
        if let factor = card.activationFactor {
            text += "  So ‖∂L/∂z\(k)‖ is \(CardRenderer.times(factor)) of ‖∂L/∂a\(k)‖"
                + (factor < 1 ? ": the activation shrinks the gradient.\n" : ".\n")
        }
        return text
    }

    private func weightText(_ card: LayerCard, k: String) -> String {
        let input = CardRenderer.inputSymbol(card)
        var text = ""
        if let factor = card.weightFactor {
            text += "  Weight factor: ∂L/∂\(input) = W\(k)ᵀ ∂L/∂z\(k), so the gradient is \(CardRenderer.times(factor))"
                + " after the weights" + (factor < 1 ? " (shrinks).\n" : " (grows).\n")
        } else if card.readsData, card.weightGradientNorm != nil {
            text += "  This layer reads the data, so no gradient flows below it.\n"
        }
        text += "  ∂L/∂W\(k) = ∂L/∂z\(k) · \(input)ᵀ has norm \(CardRenderer.sci(card.weightGradientNorm)):"
            + " how much this layer learns this step.\n"
        return text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
