#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Kernels {
    /// Softmax along the first (channel) dimension, one column at a time, shifted by the
    /// column maximum so `exp` never overflows.
    static func softmax(_ input: Tensor) -> Tensor {
        let channels = input.shape[0]
        return Tensor(uninitializedShape: input.shape) { out in
            input.withUnsafeBufferPointer { x in
                guard channels > 0 else { return }
                for start in stride(from: 0, to: x.count, by: channels) {
                    var peak = -Float.infinity
                    for c in 0..<channels { peak = Swift.max(peak, x[start + c]) }
                    for c in 0..<channels { out[start + c] = x[start + c] - peak }
                }
                VectorMath.apply(UnsafeBufferPointer(out), out, VectorMath.exp)
                for start in stride(from: 0, to: x.count, by: channels) {
                    var total: Float = 0
                    for c in 0..<channels { total += out[start + c] }
                    let inverse = 1 / total
                    for c in 0..<channels { out[start + c] *= inverse }
                }
            }
        }
    }

    /// Log-softmax along the first dimension: `z − max − log Σ exp(z − max)` per column.
    static func logSoftmax(_ input: Tensor) -> Tensor {
        let channels = input.shape[0]
        return Tensor(uninitializedShape: input.shape) { out in
            input.withUnsafeBufferPointer { x in
                guard channels > 0 else { return }
                for start in stride(from: 0, to: x.count, by: channels) {
                    var peak = -Float.infinity
                    for c in 0..<channels { peak = Swift.max(peak, x[start + c]) }
                    var total: Float = 0
                    for c in 0..<channels { total += expf(x[start + c] - peak) }
                    let shift = peak + logf(total)
                    for c in 0..<channels { out[start + c] = x[start + c] - shift }
                }
            }
        }
    }

    /// The VJP of softmax along the first dimension: `dz = y ⊙ (dy − Σ_c dy ⊙ y)` per column.
    static func softmaxBackward(output y: Tensor, gradient dy: Tensor) -> Tensor {
        let channels = y.shape[0]
        return Tensor(uninitializedShape: y.shape) { out in
            y.withUnsafeBufferPointer { p in
                dy.withUnsafeBufferPointer { g in
                    guard channels > 0 else { return }
                    for start in stride(from: 0, to: p.count, by: channels) {
                        var dot: Float = 0
                        for c in 0..<channels { dot += g[start + c] * p[start + c] }
                        for c in 0..<channels { out[start + c] = p[start + c] * (g[start + c] - dot) }
                    }
                }
            }
        }
    }
}
