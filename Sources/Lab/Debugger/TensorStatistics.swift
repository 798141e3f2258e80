import Autograd

/// Small summaries of a tensor for the debugger's cards: norm, mean, extremes, non-finite count.
struct TensorStatistics: Equatable, Sendable {
    /// The Euclidean norm of all elements (accumulated in double).
    let norm: Double
    /// The mean of the elements.
    let mean: Double
    /// The smallest element.
    let minimum: Double
    /// The largest element.
    let maximum: Double
    /// How many elements are NaN or ±Inf.
    let nonFiniteCount: Int

    init(_ tensor: Tensor) {
        var sumSquares = 0.0, sum = 0.0
        var low = Double.infinity, high = -Double.infinity
        var bad = 0
        tensor.withUnsafeBufferPointer { buffer in
            for x in buffer {
                let v = Double(x)
                if !v.isFinite { bad += 1; continue }
                sumSquares += v * v
                sum += v
                low = Swift.min(low, v)
                high = Swift.max(high, v)
            }
        }
        let finite = tensor.count - bad
        norm = bad > 0 ? .nan : sumSquares.squareRoot()
        mean = finite > 0 ? sum / Double(finite) : .nan
        minimum = finite > 0 ? low : .nan
        maximum = finite > 0 ? high : .nan
        nonFiniteCount = bad
    }
}
