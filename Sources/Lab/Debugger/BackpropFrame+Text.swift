import Autograd

extension BackpropFrame {
    /// `dbstack`: the forward chain as a column — layer, output shape, ‖∂L/∂output‖ so far
    /// (blank where the pass has not reached), a cursor at the focused layer.
    public func stackText() -> String {
        var lines = ["  backprop · iteration \(iteration) · step \(layerStepsTaken) of \(stepCount)",
                     "    layer        output       ‖∂L/∂out‖"]
        for (index, span) in spans.enumerated().reversed() {
            let cursor = index == focus ? "→ " : "  "
            let shape = stepper.tape[span.outputID].value.shape.dims.map(String.init).joined(separator: "×")
            let norm = gradientNorm(ofLayer: index).map { CardRenderer.sci($0) } ?? ""
            lines.append("  " + cursor + pad(span.name, 13) + pad(shape, 13) + norm)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `explain`: the chain rule at the focused layer in words and numbers.
    public func explainText() throws(DebuggerError) -> String {
        guard let focus else {
            return "Nothing stepped yet: `dbstep` runs the loss's backward rule and the first layer; then `explain`.\n"
        }
        let card = card(at: focus)
        guard card.incomingNorm != nil else {
            return "\(card.layer) has not been reached yet; step down to it first (`dbstep`).\n"
        }
        var text = "At \(card.layer) the chain rule multiplies the incoming gradient ‖∂L/∂out‖ = "
            + CardRenderer.sci(card.incomingNorm) + " by the layer's local derivative.\n"
        if let activation = card.activation {
            switch activation.kind {
            case .sigmoid, .tanh:
                let name = activation.kind == .sigmoid ? "σ′(z) = a(1 − a)" : "tanh′(z) = 1 − a²"
                text += "  Activation factor: every unit is scaled by \(name): mean \(CardRenderer.fixed(activation.mean)),"
                    + " max \(CardRenderer.fixed(activation.maximum)) (it can never exceed \(CardRenderer.fixed(activation.ceiling))),"
                    + " \(CardRenderer.percent(activation.saturatedShare)) of units saturated.\n"
            case .relu:
                text += "  Activation factor: ReLU passes the gradient unchanged where z > 0"
                    + " (\(CardRenderer.percent(activation.passingShare)) of units) and blocks it elsewhere.\n"
            }
            if let factor = card.factor {
                text += "  So ‖∂L/∂z‖ = ‖∂L/∂a ⊙ f′(z)‖ is \(CardRenderer.times(factor)) of ‖∂L/∂a‖"
                    + (factor < 1 ? ": the gradient shrinks here.\n" : ".\n")
            }
            text += activation.kind == .relu
                ? "  To change it: fewer dead units (He initialisation, a smaller learning rate, leaky ReLU).\n"
                : "  To change it: a ReLU's derivative is 1 for active units, so the activation would stop shrinking the gradient.\n"
        } else if card.weightGradientNorm != nil {
            if let factor = card.factor {
                text += "  Weight factor: ∂L/∂a = Wᵀ ∂L/∂z, so the gradient is \(CardRenderer.times(factor)) after the weights"
                    + (factor < 1 ? " (shrinks).\n" : " (grows).\n")
            } else {
                text += "  This layer reads the data, so no gradient flows below it.\n"
            }
            text += "  ∂L/∂W = ∂L/∂z · aᵀ has norm \(CardRenderer.sci(card.weightGradientNorm)): how much this layer learns this step.\n"
            text += "  To change it: larger weights grow the factor, smaller ones shrink it; He initialisation,"
                + " N(0, 2/fan_in), keeps it near 1 for ReLU networks.\n"
        } else if let factor = card.factor {
            text += "  The layer scales the gradient by \(CardRenderer.times(factor)).\n"
        }
        if let since = card.sinceLoss {
            text += "  Since the loss the gradient has been multiplied by \(CardRenderer.times(since)) in all.\n"
        }
        return text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
