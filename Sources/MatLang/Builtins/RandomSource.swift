import Foundation

/// A seedable random number generator, the source behind `rand`, `randn`, `randi` and `rng`.
///
/// The Lab injects the engine's generator so that `rng(42)` makes network initialisation and data
/// shuffling reproducible too; ``DefaultRandomSource`` serves standalone use and tests.
public protocol RandomSource: AnyObject {
    /// Restarts the sequence from `seed` (`rng(seed)`; `rng("default")` is seed 0).
    func reseed(_ seed: UInt64)
    /// The seed the sequence was last started from.
    var seed: UInt64 { get }
    /// A uniformly distributed double in `[0, 1)`.
    func nextUniform() -> Double
    /// A standard normal double, N(0, 1).
    func nextNormal() -> Double
    /// A uniformly distributed integer in `range` (both ends included).
    func nextInteger(in range: ClosedRange<Int>) -> Int
}

/// A small deterministic generator: xoshiro256** seeded through SplitMix64, normals by the
/// polar Box–Muller method.
///
/// Uniforms take the top 53 bits of a 64-bit output, so every value is a multiple of 2⁻⁵³ in
/// `[0, 1)`. Integers use rejection sampling, so every value in the range is equally likely.
public final class DefaultRandomSource: RandomSource {
    private var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var spareNormal: Double?
    /// The seed the sequence was last started from.
    public private(set) var seed: UInt64 = 0

    /// Creates a generator started from `seed` (0, MATLAB's `rng("default")`, unless given).
    public init(seed: UInt64 = 0) {
        reseed(seed)
    }

    /// Restarts the sequence from `seed`.
    public func reseed(_ seed: UInt64) {
        self.seed = seed
        var mix = seed
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
        spareNormal = nil
    }

    private func nextBits() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniformly distributed double in `[0, 1)`.
    public func nextUniform() -> Double {
        Double(nextBits() >> 11) * 0x1.0p-53
    }

    /// A standard normal double (polar Box–Muller; the second value of each pair is kept).
    public func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// A uniformly distributed integer in `range`.
    public func nextInteger(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(bitPattern: UInt(nextBits())) }
        let limit = UInt64.max - UInt64.max % span
        while true {
            let bits = nextBits()
            if bits < limit { return range.lowerBound &+ Int(bits % span) }
        }
    }
}
