/// Adam's element-wise update over contiguous buffers:
/// `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`, then `p ← p − rate · m / (√v + ε)`, reading the
/// old `p`, `m`, `v` and writing the new ones (each pair may be the same buffer: every element
/// is read before it is written).
///
/// NOTE: v is never negative, so √|v| = √v; taking the magnitude first tells the optimiser
/// that the square root cannot fail, which lets it vectorise the loop with packed square roots
/// (`sqrtps`) instead of a scalar root with a library fallback for negative inputs.
@inline(__always)
func adamKernel(parameters p: (old: UnsafeBufferPointer<Float>, new: UnsafeMutableBufferPointer<Float>),
                gradients g: UnsafeBufferPointer<Float>,
                first m: (old: UnsafeBufferPointer<Float>, new: UnsafeMutableBufferPointer<Float>),
                second v: (old: UnsafeBufferPointer<Float>, new: UnsafeMutableBufferPointer<Float>),
                rate: Float, beta1: Float, beta2: Float, epsilon: Float) {
    let n = p.new.count
    guard n > 0 else { return }
    let gp = g.baseAddress!
    let p0 = p.old.baseAddress!, m0 = m.old.baseAddress!, v0 = v.old.baseAddress!
    let p1 = p.new.baseAddress!, m1 = m.new.baseAddress!, v1 = v.new.baseAddress!
    let c1 = 1 - beta1, c2 = 1 - beta2
    for i in 0..<n {
        let gi = gp[i]
        let mi = beta1 * m0[i] + c1 * gi
        let vi = beta2 * v0[i] + c2 * (gi * gi)
        let pi = p0[i] - rate * mi / (vi.magnitude.squareRoot() + epsilon)
        m1[i] = mi
        v1[i] = vi
        p1[i] = pi
    }
}
