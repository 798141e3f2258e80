/// Adam's element-wise update over contiguous buffers, in place:
/// `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`, then `p ← p − rate · m / (√v + ε)`.
///
/// NOTE: v is never negative, so √|v| = √v; taking the magnitude first tells the optimiser
/// that the square root cannot fail, which lets it vectorise the loop with packed square roots
/// (`sqrtps`) instead of a scalar root with a library fallback for negative inputs.
@inline(__always)
func adamKernel(parameters p: UnsafeMutableBufferPointer<Float>, gradients g: UnsafeBufferPointer<Float>,
                first m: UnsafeMutableBufferPointer<Float>, second v: UnsafeMutableBufferPointer<Float>,
                rate: Float, beta1: Float, beta2: Float, epsilon: Float) {
    let n = p.count
    guard n > 0 else { return }
    let pp = p.baseAddress!, gp = g.baseAddress!, mp = m.baseAddress!, vp = v.baseAddress!
    let c1 = 1 - beta1, c2 = 1 - beta2
    for i in 0..<n {
        let gi = gp[i]
        let mi = beta1 * mp[i] + c1 * gi
        let vi = beta2 * vp[i] + c2 * (gi * gi)
        mp[i] = mi
        vp[i] = vi
        pp[i] -= rate * mi / (vi.magnitude.squareRoot() + epsilon)
    }
}
