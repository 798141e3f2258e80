import Foundation

/// `record on`: ‖∂L/∂output‖ of every layer for every backward pass, kept for after training.
public final class GradientRecorder {
    /// Per pass: the pass number and each layer's gradient norm, forward order.
    public private(set) var passes: [(iteration: Int, norms: [(layer: String, norm: Double)])] = []

    /// An empty recorder.
    public init() {}

    /// Records a finished frame's per-layer norms.
    func record(frame: BackpropFrame) {
        let norms = frame.spans.indices.map { (frame.spans[$0].name, frame.gradientNorm(ofLayer: $0) ?? 0) }
        passes.append((frame.iteration, norms))
    }

    /// `gradflow at iteration N`: the layer table of pass N, nil when it was not recorded.
    public func table(iteration: Int) -> String? {
        guard let pass = passes.first(where: { $0.iteration == iteration }) else { return nil }
        return "  gradient flow · iteration \(iteration)\n"
            + pass.norms.reversed().map { "  \($0.layer.padding(toLength: 12, withPad: " ", startingAt: 0))\(CardRenderer.sci($0.norm))\n" }.joined()
    }

    /// One layer's gradient norm over the recorded passes as a sparkline and its range.
    public func history(layer: String) -> String? {
        let values = passes.compactMap { pass in pass.norms.first { $0.layer == layer }?.norm }
        guard !values.isEmpty, let low = values.min(), let high = values.max() else { return nil }
        let span = high - low
        let counts = values.map { span > 0 ? Int(((($0 - low) / span) * 7).rounded()) + 1 : 1 }
        return "  \(layer) ‖∂L/∂out‖ over \(values.count) iterations: \(CardRenderer.sparkline(counts))"
            + "  min \(CardRenderer.sci(low))  max \(CardRenderer.sci(high))\n"
    }
}
