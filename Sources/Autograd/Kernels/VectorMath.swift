/// Vectorised transcendental functions over `SIMD8<Float>`, built only from operations the
/// baseline x86-64 (SSE2) and ARM targets have, so a loop over a buffer runs 8 lanes at a time
/// instead of calling libm once per element.
enum VectorMath {
    /// `eˣ` lane by lane, relative error below 2·10⁻⁷ (the Cephes `expf` polynomial after a
    /// range reduction by ln 2). NaN stays NaN, overflow gives +Inf, results below the
    /// smallest normal float are flushed to 0.
    @inline(__always)
    static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
        // Clamp by selects: `clamped(lowerBound:upperBound:)` is a per-lane loop on SSE2.
        var clamped = x.replacing(with: -87.33, where: x .< -87.33)
        clamped.replace(with: 88.72, where: clamped .> 88.72)
        // Round x·log₂e to the nearest integer by adding and removing 1.5·2²³.
        let magic = SIMD8<Float>(repeating: 12_582_912)
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        var r = clamped - n * 0.693_359_375
        r = r + n * 2.121_944_4e-4
        var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 0.166_666_655
        p = p * r + 0.500_000_01
        let polynomial = p * r * r + r + 1
        // Scale by 2ⁿ in two halves so that n = 128 (x near the overflow bound) stays finite.
        // The integer n sits in the low mantissa bits of `shifted`; read it without a conversion.
        let whole = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- unsafeBitCast(magic, to: SIMD8<Int32>.self)
        let half = whole &>> 1
        let first = unsafeBitCast((half &+ 127) &<< 23, to: SIMD8<Float>.self)
        let second = unsafeBitCast((whole &- half &+ 127) &<< 23, to: SIMD8<Float>.self)
        var result = polynomial * first * second
        result.replace(with: .infinity, where: x .> 88.72)
        result.replace(with: 0, where: x .< -87.33)
        result.replace(with: x, where: x .!= x)
        return result
    }

    /// `σ(x) = 1 / (1 + e⁻ˣ)` lane by lane.
    @inline(__always)
    static func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> {
        1 / (1 + exp(-x))
    }

    /// Applies `f` to every element of `input`, writing `output` (equal counts), 8 lanes at a time.
    @inline(__always)
    static func apply(
        _ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>,
        _ f: (SIMD8<Float>) -> SIMD8<Float>
    ) {
        guard let source = input.baseAddress, let target = output.baseAddress else { return }
        let count = input.count
        let raw = UnsafeRawPointer(source), rawTarget = UnsafeMutableRawPointer(target)
        var i = 0
        while i + 8 <= count {
            let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
            rawTarget.storeBytes(of: f(v), toByteOffset: i * 4, as: SIMD8<Float>.self)
            i += 8
        }
        if i < count {
            var v = SIMD8<Float>(repeating: 0)
            for lane in 0..<(count - i) { v[lane] = source[i + lane] }
            let y = f(v)
            for lane in 0..<(count - i) { target[i + lane] = y[lane] }
        }
    }

    /// `f` of every element of `input` as a new tensor, 8 lanes at a time.
    static func map(_ input: Tensor, _ f: (SIMD8<Float>) -> SIMD8<Float>) -> Tensor {
        Tensor(uninitializedShape: input.shape) { out in
            input.withUnsafeBufferPointer { apply($0, out, f) }
        }
    }
}
