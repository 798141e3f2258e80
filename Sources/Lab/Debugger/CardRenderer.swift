import Foundation

/// The debugger's text, as pure functions of its models: layer cards, the stack, `explain`.
public enum CardRenderer {
    /// `3.1e-02`, or `—` for a missing number.
    static func sci(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value.isFinite ? String(format: "%.1e", value) : (value.isNaN ? "NaN" : (value > 0 ? "Inf" : "-Inf"))
    }

    /// `0.197`.
    static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

    /// `×0.20`.
    static func times(_ value: Double) -> String {
        value.isFinite ? "×" + String(format: value >= 0.01 && value < 100 ? "%.2f" : "%.1e", value) : "×" + sci(value)
    }

    /// A sparkline of `counts` with one block per bin.
    public static func sparkline(_ counts: [Int]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let top = counts.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: counts.count) }
        return String(counts.map { c in c == 0 ? " " : blocks[min(7, (c * 8 - 1) / top)] })
    }

    /// The layer card of DESIGN.md §2: for an activation and the fully connected layer below it,
    ///
    ///     ◀ fc_3 ← sigmoid_3        backward step 5 of 6 · iteration 1
    ///       in    ‖∂L/∂a₃‖ = 3.1e-02
    ///       σ′    mean 0.197  max 0.249 (≤ 0.25)  saturated(<0.01) 4%   ▁▂▅█▇▃▁
    ///       ∂L/∂z₃ = ∂L/∂a₃ ⊙ σ′(z₃)     ‖·‖ = 6.3e-03   ×0.20 (activation)
    ///       ∂L/∂W₃ = ∂L/∂z₃ · a₂ᵀ        ‖·‖ = 2.0e-03
    ///       out   ‖∂L/∂a₂‖ = ‖W₃ᵀ ∂L/∂z₃‖ = 2.1e-03   ×0.33 (weights)
    ///       since the loss: ×0.068
    ///
    /// and the parts that apply for the loss, softmax or a lone layer.
    public static func card(_ card: LayerCard, style: CardStyle = .plain) -> String {
        var lines = [style.bold("◀ \(card.title)")
                     + "        backward step \(card.step) of \(card.stepCount) · iteration \(card.iteration)"]
        if card.isLoss {
            lines.append("  out   ‖∂L/∂output‖ = \(sci(card.outgoingNorm))")
            return lines.joined(separator: "\n") + "\n"
        }
        let k = card.number.map(subscripted) ?? ""
        let below = inputSymbol(card)
        if let activation = card.activation {
            let symbol = symbol(of: activation.kind)
            lines.append("  in    ‖∂L/∂a\(k)‖ = \(sci(card.incomingNorm))")
            lines.append(activationLine(activation))
            let factor = card.activationFactor.map { "   " + style.factor(times($0), $0) + " (activation)" } ?? ""
            lines.append(card.activationInputNorm == nil ? "  ∂L/∂z\(k)   (not reached yet)"
                         : padded("  ∂L/∂z\(k) = ∂L/∂a\(k) ⊙ \(symbol)(z\(k))", 31)
                            + "‖·‖ = \(sci(card.activationInputNorm))" + factor)
        } else if card.hasWeights {
            lines.append("  in    ‖∂L/∂z\(k)‖ = \(sci(card.incomingNorm))")
        } else {
            lines.append("  in    ‖∂L/∂y‖ = \(sci(card.incomingNorm))")
        }
        if card.hasWeights {
            if card.weightGradientNorm != nil {
                lines.append(padded("  ∂L/∂W\(k) = ∂L/∂z\(k) · \(below)ᵀ", 31) + "‖·‖ = \(sci(card.weightGradientNorm))")
            }
            if card.outgoingNorm != nil {
                let factor = card.weightFactor.map { "   " + style.factor(times($0), $0) + " (weights)" } ?? ""
                lines.append("  out   ‖∂L/∂\(below)‖ = ‖W\(k)ᵀ ∂L/∂z\(k)‖ = \(sci(card.outgoingNorm))" + factor)
            } else if card.readsData, card.weightGradientNorm != nil {
                lines.append("  out   (the layer reads the data: no gradient flows further)")
            } else {
                lines.append("  out   (not reached yet)")
            }
        } else if card.activation == nil {
            let factor = card.factor.map { "   " + style.factor(times($0), $0) } ?? ""
            lines.append(card.outgoingNorm == nil ? "  out   (not reached yet)"
                         : "  out   ‖∂L/∂z\(k)‖ = \(sci(card.outgoingNorm))" + factor)
        }
        if let since = card.sinceLoss { lines.append("  since the loss: " + style.factor(times(since), since)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The activation's line: σ′ or tanh′ statistics with a histogram, or ReLU's passing share.
    static func activationLine(_ activation: ActivationFactor) -> String {
        switch activation.kind {
        case .relu:
            return "  relu′ passing(z>0) \(percent(activation.passingShare))"
                + "   dead units \(activation.deadUnits) of \(activation.unitCount) (zero for every sample)"
        case .sigmoid, .tanh:
            return padded("  " + symbol(of: activation.kind), 8) + "mean \(fixed(activation.mean))  max \(fixed(activation.maximum))"
                + (activation.kind == .sigmoid ? " (≤ 0.25)" : "")
                + "  saturated(<0.01) \(percent(activation.saturatedShare))   " + sparkline(activation.histogram())
        }
    }

    /// The name of the step's input on the card: `x` for the network's input, else `aₖ₋₁`.
    static func inputSymbol(_ card: LayerCard) -> String {
        guard !card.readsData, let k = card.number else { return "x" }
        return "a" + subscripted(k - 1)
    }

    /// `σ′`, `tanh′` or `relu′`.
    static func symbol(of kind: ActivationFactor.Kind) -> String {
        switch kind {
        case .sigmoid: return "σ′"
        case .tanh: return "tanh′"
        case .relu: return "relu′"
        }
    }

    /// `n` in subscript digits (`₃`).
    static func subscripted(_ n: Int) -> String {
        let digits = Array("₀₁₂₃₄₅₆₇₈₉")
        return String(String(n).map { c in c.wholeNumberValue.map { digits[$0] } ?? c })
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// `4%`.
    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
}
