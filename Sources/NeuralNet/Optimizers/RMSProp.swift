import Autograd

/// RMSProp's hyper-parameters, with MATLAB `rmspropupdate`'s defaults.
public struct RMSPropOptions: Sendable, Equatable {
    /// The learning rate α (default 0.001).
    public var learnRate: Float
    /// The decay ρ of the moving average of the squared gradient (default 0.9).
    public var squaredGradientDecay: Float
    /// The small ε added to the denominator (default 1e-8).
    public var epsilon: Float

    /// Creates options; the defaults are MATLAB's.
    public init(learnRate: Float = 0.001, squaredGradientDecay: Float = 0.9, epsilon: Float = 1e-8) {
        self.learnRate = learnRate
        self.squaredGradientDecay = squaredGradientDecay
        self.epsilon = epsilon
    }

    /// Checks every option's domain, as `rmspropupdate` does.
    public func validated() throws(NetworkError) -> RMSPropOptions {
        try requireOption("rmspropupdate", "learnRate", learnRate, learnRate > 0 && learnRate.isFinite, "a positive finite number")
        try requireOption("rmspropupdate", "sqGradDecay", squaredGradientDecay,
                          squaredGradientDecay >= 0 && squaredGradientDecay < 1, "in [0, 1)")
        try requireOption("rmspropupdate", "epsilon", epsilon, epsilon > 0 && epsilon.isFinite, "a positive finite number")
        return self
    }
}

/// One RMSProp step on one parameter, exactly as MATLAB's `rmspropupdate`:
///
///     v ← ρ·v + (1 − ρ)·g²
///     p ← p − α · g / (√v + ε)
///
/// `averageSquaredGradient` is `nil` before the first step (MATLAB's `[]`) and is then created as zeros.
///
/// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)`` when the gradient or
///   the moving average does not match the parameter; ``NetworkError/invalidOption(operation:option:value:requirement:)``.
public func rmspropUpdate(_ parameter: inout Tensor, gradient: Tensor, averageSquaredGradient: inout Tensor?,
                          options: RMSPropOptions = RMSPropOptions()) throws(NetworkError) {
    let options = try options.validated()
    try requireSameShape("rmspropupdate", parameter.shape, gradient.shape)
    var v = averageSquaredGradient ?? Tensor(zeros: parameter.shape)
    try requireSameShape("rmspropupdate", parameter.shape, v.shape)
    averageSquaredGradient = nil // NOTE: moved out so that the update is in place, not a copy.
    let rho = options.squaredGradientDecay, rate = options.learnRate, eps = options.epsilon
    gradient.withUnsafeBufferPointer { g in
        v.withUnsafeMutableBufferPointer { v in
            parameter.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count {
                    let gi = g[i]
                    let vi = rho * v[i] + (1 - rho) * gi * gi
                    v[i] = vi
                    p[i] -= rate * gi / (vi.magnitude.squareRoot() + eps) // NOTE: |v| = v; lets the loop vectorise (see adamKernel)
                }
            }
        }
    }
    averageSquaredGradient = v
}
