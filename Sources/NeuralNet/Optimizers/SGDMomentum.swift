import Autograd

/// Stochastic gradient descent with momentum's hyper-parameters, with MATLAB `sgdmupdate`'s defaults.
public struct SGDMomentumOptions: Sendable, Equatable {
    /// The learning rate α (default 0.01).
    public var learnRate: Float
    /// The momentum μ, the share of the previous step kept (default 0.9).
    public var momentum: Float

    /// Creates options; the defaults are MATLAB's.
    public init(learnRate: Float = 0.01, momentum: Float = 0.9) {
        self.learnRate = learnRate
        self.momentum = momentum
    }

    /// Checks every option's domain, as `sgdmupdate` does.
    public func validated() throws(NetworkError) -> SGDMomentumOptions {
        try requireOption("sgdmupdate", "learnRate", learnRate, learnRate > 0 && learnRate.isFinite, "a positive finite number")
        try requireOption("sgdmupdate", "momentum", momentum, momentum >= 0 && momentum <= 1, "in [0, 1]")
        return self
    }
}

/// One SGD-with-momentum step on one parameter, exactly as MATLAB's `sgdmupdate`:
///
///     v ← μ·v − α·g
///     p ← p + v
///
/// `velocity` is `nil` before the first step (MATLAB's `[]`) and is then created as zeros.
///
/// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)`` when the gradient or
///   the velocity does not match the parameter; ``NetworkError/invalidOption(operation:option:value:requirement:)``.
public func sgdmUpdate(_ parameter: inout Tensor, gradient: Tensor, velocity: inout Tensor?,
                       options: SGDMomentumOptions = SGDMomentumOptions()) throws(NetworkError) {
    let options = try options.validated()
    try requireSameShape("sgdmupdate", parameter.shape, gradient.shape)
    var v = velocity ?? Tensor(zeros: parameter.shape)
    try requireSameShape("sgdmupdate", parameter.shape, v.shape)
    velocity = nil // NOTE: moved out so that the update is in place, not a copy.
    let mu = options.momentum, rate = options.learnRate
    gradient.withUnsafeBufferPointer { g in
        v.withUnsafeMutableBufferPointer { v in
            parameter.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count {
                    let vi = mu * v[i] - rate * g[i]
                    v[i] = vi
                    p[i] += vi
                }
            }
        }
    }
    velocity = v
}
