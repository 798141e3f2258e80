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

    /// The layer card of DESIGN.md §2.
    public static func card(_ card: LayerCard, style: CardStyle = .plain) -> String {
        var lines = [style.bold("◀ \(card.layer) ← \(card.below)")
                     + "        backward step \(card.step) of \(card.stepCount) · iteration \(card.iteration)"]
        if let activation = card.activation {
            let symbol = activation.kind == .sigmoid ? "σ′" : (activation.kind == .tanh ? "tanh′" : "relu′")
            lines.append("  in    ‖∂L/∂a‖ = \(sci(card.incomingNorm))")
            if activation.kind == .relu {
                lines.append("  relu′ passing(z>0) \(percent(activation.passingShare))   dead \(percent(activation.saturatedShare))")
            } else {
                lines.append("  \(symbol)    mean \(fixed(activation.mean))  max \(fixed(activation.maximum))"
                             + (activation.kind == .sigmoid ? " (≤ 0.25)" : "")
                             + "  saturated(<0.01) \(percent(activation.saturatedShare))   "
                             + sparkline(activation.histogram()))
            }
            let factor = card.factor.map { "   " + style.factor(times($0), $0) + " (activation)" } ?? ""
            lines.append(card.outgoingNorm == nil ? "  out   (not reached yet)"
                         : "  out   ‖∂L/∂z‖ = ‖∂L/∂a ⊙ \(symbol)(z)‖ = \(sci(card.outgoingNorm))" + factor)
        } else {
            lines.append("  in    ‖∂L/∂z‖ = \(sci(card.incomingNorm))")
            if card.weightGradientNorm != nil {
                lines.append("  ∂L/∂W = ∂L/∂z · aᵀ        ‖·‖ = \(sci(card.weightGradientNorm))")
            }
            if card.biasGradientNorm != nil {
                lines.append("  ∂L/∂b = Σ ∂L/∂z           ‖·‖ = \(sci(card.biasGradientNorm))")
            }
            if card.outgoingNorm == nil {
                lines.append(card.readsData ? "  out   (the layer reads the data: no gradient flows further)"
                                            : "  out   (not reached yet)")
            } else {
                let kind = card.weightGradientNorm != nil ? " (weights)" : ""
                let factor = card.factor.map { "   " + style.factor(times($0), $0) + kind } ?? ""
                let via = card.weightGradientNorm != nil ? "‖Wᵀ ∂L/∂z‖ = " : ""
                lines.append("  out   ‖∂L/∂a‖ = \(via)\(sci(card.outgoingNorm))" + factor)
            }
        }
        if let since = card.sinceLoss { lines.append("  since the loss: " + style.factor(times(since), since)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The card shown for the loss step (ops recorded outside any layer).
    public static func lossCard(step: Int, stepCount: Int, iteration: Int, outputNorm: Double?) -> String {
        "◀ loss        backward step \(step) of \(stepCount) · iteration \(iteration)\n"
            + "  out   ‖∂L/∂output‖ = \(sci(outputNorm))\n"
    }

    /// `4%`.
    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
}
