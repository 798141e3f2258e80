import Autograd

/// Summary statistics of one gradient tensor, a row of `gradflow(net, grads)`.
public struct GradientStatistics: Sendable, Equatable {
    /// The signed mean, Σg/n (what the example plots).
    public let mean: Double
    /// The mean magnitude, Σ|g|/n.
    public let meanMagnitude: Double
    /// The largest magnitude, max |g|.
    public let maxMagnitude: Double
    /// The L2 norm, √Σg².
    public let norm: Double
    /// The share of elements exactly zero (dead ReLUs, black background pixels), in [0, 1].
    public let zeroFraction: Double
    /// The number of NaN or infinite elements.
    public let nonFiniteCount: Int

    /// Computes the statistics of `gradient` in float64; non-finite elements are counted and
    /// left out of the sums.
    public init(_ gradient: Tensor) {
        var sum = 0.0, magnitude = 0.0, maximum = 0.0, squares = 0.0
        var zeros = 0, nonFinite = 0
        gradient.withUnsafeBufferPointer { values in
            for x in values {
                guard x.isFinite else { nonFinite += 1; continue }
                let v = Double(x)
                sum += v
                magnitude += Swift.abs(v)
                maximum = Swift.max(maximum, Swift.abs(v))
                squares += v * v
                if x == 0 { zeros += 1 }
            }
        }
        let n = Double(Swift.max(gradient.count, 1))
        mean = sum / n
        meanMagnitude = magnitude / n
        maxMagnitude = maximum
        norm = squares.squareRoot()
        zeroFraction = Double(zeros) / n
        nonFiniteCount = nonFinite
    }
}
