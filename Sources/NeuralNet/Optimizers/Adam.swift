import Autograd

/// Adam's hyper-parameters, with MATLAB `adamupdate`'s defaults.
public struct AdamOptions: Sendable, Equatable {
    /// The global learning rate α (default 0.001).
    public var learnRate: Float
    /// The decay β₁ of the moving average of the gradient (default 0.9).
    public var gradientDecay: Float
    /// The decay β₂ of the moving average of the squared gradient (default 0.999).
    public var squaredGradientDecay: Float
    /// The small ε added to the denominator (default 1e-8).
    public var epsilon: Float

    /// Creates options; the defaults are MATLAB's.
    public init(learnRate: Float = 0.001, gradientDecay: Float = 0.9,
                squaredGradientDecay: Float = 0.999, epsilon: Float = 1e-8) {
        self.learnRate = learnRate
        self.gradientDecay = gradientDecay
        self.squaredGradientDecay = squaredGradientDecay
        self.epsilon = epsilon
    }

    /// Checks every option's domain, as `adamupdate` does.
    public func validated() throws(NetworkError) -> AdamOptions {
        try requireOption("adamupdate", "learnRate", learnRate, learnRate > 0 && learnRate.isFinite, "a positive finite number")
        try requireOption("adamupdate", "gradDecay", gradientDecay, gradientDecay >= 0 && gradientDecay < 1, "in [0, 1)")
        try requireOption("adamupdate", "sqGradDecay", squaredGradientDecay,
                          squaredGradientDecay >= 0 && squaredGradientDecay < 1, "in [0, 1)")
        try requireOption("adamupdate", "epsilon", epsilon, epsilon > 0 && epsilon.isFinite, "a positive finite number")
        return self
    }
}

/// One Adam step on one parameter, exactly as MATLAB's `adamupdate`.
///
/// With g the gradient and t the iteration (counting from 1):
///
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     α_t = α · √(1 − β₂ᵗ) / (1 − β₁ᵗ)          (bias correction folded into the rate)
///     p ← p − α_t · m / (√v + ε)
///
/// `averageGradient` and `averageSquaredGradient` are `nil` before the first step (MATLAB's
/// `[]`) and are then created as zeros.
///
/// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)`` when the gradient or a
///   moving average does not match the parameter, ``NetworkError/invalidOption(operation:option:value:requirement:)``
///   for an iteration below 1 or options out of range.
public func adamUpdate(_ parameter: inout Tensor, gradient: Tensor,
                       averageGradient: inout Tensor?, averageSquaredGradient: inout Tensor?,
                       iteration: Int, options: AdamOptions = AdamOptions()) throws(NetworkError) {
    let options = try options.validated()
    try requireOption("adamupdate", "iteration", Float(iteration), iteration >= 1, "a positive integer")
    try requireSameShape("adamupdate", parameter.shape, gradient.shape)
    if let m = averageGradient { try requireSameShape("adamupdate", parameter.shape, m.shape) }
    if let v = averageSquaredGradient { try requireSameShape("adamupdate", parameter.shape, v.shape) }
    // NOTE: the states are moved out of the caller's optionals so that a state nobody else
    // holds is updated in place; a shared one (the caller's workspace still has the previous
    // step's values) is written into fresh storage instead of being copied first.
    var m = averageGradient ?? Tensor(zeros: parameter.shape)
    var v = averageSquaredGradient ?? Tensor(zeros: parameter.shape)
    averageGradient = nil
    averageSquaredGradient = nil

    let t = Double(iteration)
    let beta1 = Double(options.gradientDecay), beta2 = Double(options.squaredGradientDecay)
    let rate = Float(Double(options.learnRate) * (1 - _pow(beta2, t)).squareRoot() / (1 - _pow(beta1, t)))
    gradient.withUnsafeBufferPointer { g in
        m.replaceElements { m0, m1 in
            v.replaceElements { v0, v1 in
                parameter.replaceElements { p0, p1 in
                    adamKernel(parameters: (p0, p1), gradients: g, first: (m0, m1), second: (v0, v1), rate: rate,
                               beta1: options.gradientDecay, beta2: options.squaredGradientDecay,
                               epsilon: options.epsilon)
                }
            }
        }
    }
    averageGradient = m
    averageSquaredGradient = v
}

/// Adam over a whole list of parameters (a network's learnables), keeping its moving averages
/// and iteration count between steps.
public struct AdamOptimizer: Sendable {
    /// The hyper-parameters.
    public var options: AdamOptions
    /// The moving averages of the gradients, one per parameter (`nil` before the first step).
    public private(set) var averageGradients: [Tensor?]
    /// The moving averages of the squared gradients, one per parameter.
    public private(set) var averageSquaredGradients: [Tensor?]
    /// The number of steps taken so far.
    public private(set) var iteration: Int

    /// Creates an optimizer with fresh state for `parameterCount` parameters.
    public init(parameterCount: Int, options: AdamOptions = AdamOptions()) {
        self.options = options
        self.averageGradients = Array(repeating: nil, count: parameterCount)
        self.averageSquaredGradients = Array(repeating: nil, count: parameterCount)
        self.iteration = 0
    }

    /// Takes one step: increments the iteration and updates every parameter with its gradient.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws(NetworkError) {
        guard parameters.count == averageGradients.count else {
            throw .learnableCountMismatch(expected: averageGradients.count, actual: parameters.count)
        }
        guard gradients.count == parameters.count else {
            throw .learnableCountMismatch(expected: parameters.count, actual: gradients.count)
        }
        try checkShapes(parameters.map(\.shape), gradients)
        iteration += 1
        for i in parameters.indices {
            try adamUpdate(&parameters[i], gradient: gradients[i],
                           averageGradient: &averageGradients[i],
                           averageSquaredGradient: &averageSquaredGradients[i],
                           iteration: iteration, options: options)
        }
    }

    /// Takes one step on a network's learnables in place (no copy of the parameters when the
    /// network holds the only reference to them): MATLAB's `adamupdate(net, grad, …)`.
    /// - Throws: ``NetworkError/learnableCountMismatch(expected:actual:)`` or
    ///   ``NetworkError/shapeMismatch(operation:expected:actual:)``, before anything changes.
    public mutating func step(_ network: inout Network, gradients: [Tensor]) throws(NetworkError) {
        guard network.learnableCount == averageGradients.count else {
            throw .learnableCountMismatch(expected: averageGradients.count, actual: network.learnableCount)
        }
        guard gradients.count == averageGradients.count else {
            throw .learnableCountMismatch(expected: averageGradients.count, actual: gradients.count)
        }
        try checkShapes(network.learnables.map(\.value.shape), gradients)
        iteration += 1
        let iteration = self.iteration, options = self.options
        var first = averageGradients, second = averageSquaredGradients
        averageGradients = []
        averageSquaredGradients = []
        defer {
            averageGradients = first
            averageSquaredGradients = second
        }
        try network.updateLearnables { (index, value: inout Tensor) throws(NetworkError) in
            try adamUpdate(&value, gradient: gradients[index], averageGradient: &first[index],
                           averageSquaredGradient: &second[index], iteration: iteration, options: options)
        }
    }

    /// Throws unless every gradient has its parameter's shape (checked before any update).
    private func checkShapes(_ shapes: [Shape], _ gradients: [Tensor]) throws(NetworkError) {
        for (shape, gradient) in zip(shapes, gradients) {
            try requireSameShape("adamupdate", shape, gradient.shape)
        }
    }
}
