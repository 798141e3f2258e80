/// Adam's element-wise update over contiguous buffers, four lanes at a time (one SSE register; the package targets baseline x86-64).
///
/// `p ← p − rate · m / (√v + ε)` after `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`.
@inline(__always)
func adamKernel(parameters p: UnsafeMutableBufferPointer<Float>, gradients g: UnsafeBufferPointer<Float>,
                first m: UnsafeMutableBufferPointer<Float>, second v: UnsafeMutableBufferPointer<Float>,
                rate: Float, beta1: Float, beta2: Float, epsilon: Float) {
    let n = p.count
    guard n > 0 else { return }
    let pp = p.baseAddress!, gp = g.baseAddress!, mp = m.baseAddress!, vp = v.baseAddress!
    let b1 = SIMD4<Float>(repeating: beta1), c1 = SIMD4<Float>(repeating: 1 - beta1)
    let b2 = SIMD4<Float>(repeating: beta2), c2 = SIMD4<Float>(repeating: 1 - beta2)
    let r = SIMD4<Float>(repeating: rate), e = SIMD4<Float>(repeating: epsilon)
    var i = 0
    while i + 4 <= n {
        let gi = UnsafeRawPointer(gp + i).loadUnaligned(as: SIMD4<Float>.self)
        let mi = b1 * UnsafeRawPointer(mp + i).loadUnaligned(as: SIMD4<Float>.self) + c1 * gi
        let vi = b2 * UnsafeRawPointer(vp + i).loadUnaligned(as: SIMD4<Float>.self) + c2 * gi * gi
        let pi = UnsafeRawPointer(pp + i).loadUnaligned(as: SIMD4<Float>.self) - r * mi / (vi.squareRoot() + e)
        UnsafeMutableRawPointer(mp + i).storeBytes(of: mi, as: SIMD4<Float>.self)
        UnsafeMutableRawPointer(vp + i).storeBytes(of: vi, as: SIMD4<Float>.self)
        UnsafeMutableRawPointer(pp + i).storeBytes(of: pi, as: SIMD4<Float>.self)
        i += 4
    }
    while i < n {
        let gi = gp[i]
        let mi = beta1 * mp[i] + (1 - beta1) * gi
        let vi = beta2 * vp[i] + (1 - beta2) * gi * gi
        mp[i] = mi
        vp[i] = vi
        pp[i] -= rate * mi / (vi.squareRoot() + epsilon)
        i += 1
    }
}
