import Autograd

/// Gradient clipping, the remedy for exploding gradients.
public enum GradientClipping {
    /// The L2 norm of all the tensors taken together, √(Σ g²), accumulated in float64.
    public static func globalNorm(_ gradients: [Tensor]) -> Double {
        var sum = 0.0
        for gradient in gradients {
            gradient.withUnsafeBufferPointer { g in
                for x in g { sum += Double(x) * Double(x) }
            }
        }
        return sum.squareRoot()
    }

    /// Scales every gradient by `threshold / ‖g‖` when the global norm ‖g‖ of all of them
    /// together exceeds `threshold` (PyTorch's `clip_grad_norm_`); returns the norm before clipping.
    ///
    /// Scaling all tensors by one factor keeps the update's direction.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` unless
    ///   `threshold` is positive and finite; ``NetworkError/nonFinite(operation:)`` when the norm is
    ///   NaN or infinite (there is no direction left to keep).
    @discardableResult
    public static func clipByGlobalNorm(_ gradients: inout [Tensor], threshold: Float) throws(NetworkError) -> Double {
        try requireOption("clipByGlobalNorm", "threshold", threshold, threshold > 0 && threshold.isFinite,
                          "a positive finite number")
        let norm = globalNorm(gradients)
        guard norm.isFinite else { throw .nonFinite(operation: "clipByGlobalNorm") }
        if norm > Double(threshold) {
            let scale = Float(Double(threshold) / norm)
            for i in gradients.indices { scaleInPlace(&gradients[i], by: scale) }
        }
        return norm
    }

    /// Clips each tensor separately to L2 norm at most `threshold`, as MATLAB's
    /// `thresholdL2Norm` helper does (`GradientThresholdMethod="l2norm"`).
    /// - Throws: as ``clipByGlobalNorm(_:threshold:)``.
    public static func clipEachByNorm(_ gradients: inout [Tensor], threshold: Float) throws(NetworkError) {
        for i in gradients.indices {
            var single = [gradients[i]]
            try clipByGlobalNorm(&single, threshold: threshold)
            gradients[i] = single[0]
        }
    }

    /// Clamps every element to [−threshold, threshold] (`GradientThresholdMethod="absolute-value"`,
    /// PyTorch's `clip_grad_value_`). NaN stays NaN.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` unless
    ///   `threshold` is positive and finite.
    public static func clipByValue(_ gradients: inout [Tensor], threshold: Float) throws(NetworkError) {
        try requireOption("clipByValue", "threshold", threshold, threshold > 0 && threshold.isFinite,
                          "a positive finite number")
        for i in gradients.indices {
            gradients[i].withUnsafeMutableBufferPointer { g in
                for j in 0..<g.count where !g[j].isNaN {
                    g[j] = min(max(g[j], -threshold), threshold)
                }
            }
        }
    }

    static func scaleInPlace(_ tensor: inout Tensor, by scale: Float) {
        tensor.withUnsafeMutableBufferPointer { g in
            for j in 0..<g.count { g[j] *= scale }
        }
    }
}
