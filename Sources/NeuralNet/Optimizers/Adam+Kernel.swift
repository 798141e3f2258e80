/// Adam's element-wise update over contiguous buffers, eight lanes at a time.
///
/// `p ← p − rate · m / (√v + ε)` after `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`.
@inline(__always)
func adamKernel(parameters p: UnsafeMutableBufferPointer<Float>, gradients g: UnsafeBufferPointer<Float>,
                first m: UnsafeMutableBufferPointer<Float>, second v: UnsafeMutableBufferPointer<Float>,
                rate: Float, beta1: Float, beta2: Float, epsilon: Float) {
    let n = p.count
    guard n > 0 else { return }
    let pp = p.baseAddress!, gp = g.baseAddress!, mp = m.baseAddress!, vp = v.baseAddress!
    let b1 = SIMD8<Float>(repeating: beta1), c1 = SIMD8<Float>(repeating: 1 - beta1)
    let b2 = SIMD8<Float>(repeating: beta2), c2 = SIMD8<Float>(repeating: 1 - beta2)
    let r = SIMD8<Float>(repeating: rate), e = SIMD8<Float>(repeating: epsilon)
    var i = 0
    while i + 8 <= n {
        let gi = UnsafeRawPointer(gp + i).loadUnaligned(as: SIMD8<Float>.self)
        let mi = b1 * UnsafeRawPointer(mp + i).loadUnaligned(as: SIMD8<Float>.self) + c1 * gi
        let vi = b2 * UnsafeRawPointer(vp + i).loadUnaligned(as: SIMD8<Float>.self) + c2 * gi * gi
        let pi = UnsafeRawPointer(pp + i).loadUnaligned(as: SIMD8<Float>.self) - r * mi / (vi.squareRoot() + e)
        UnsafeMutableRawPointer(mp + i).storeBytes(of: mi, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(vp + i).storeBytes(of: vi, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(pp + i).storeBytes(of: pi, as: SIMD8<Float>.self)
        i += 8
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
