import Testing
@testable import NeuralNet

/// FNV-1a over the bit patterns of a set's pixels, labels and angles.
func fingerprint(_ set: DigitDataSet) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            hash = (hash ^ ((word >> UInt64(shift)) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
    }
    set.images.withUnsafeBufferPointer { pixels in
        for pixel in pixels { mix(UInt64(pixel.bitPattern)) }
    }
    for label in set.labels { mix(UInt64(label)) }
    for angle in set.angles { mix(angle.bitPattern) }
    return hash
}

@Suite("Digit fingerprints")
struct DigitFingerprintTests {
    // NOTE: these values pin the exact bytes of both splits on every platform. A deliberate
    // change to the glyphs, the style ranges or the rasteriser changes them; record the new
    // values from the failure message after looking at a montage of the new images.
    @Test("a seed gives the same bytes on every machine", arguments: [
        (DigitSplit.training, UInt64(15_389_441_845_207_728_498)),
        (DigitSplit.test, UInt64(17_802_721_523_999_393_076)),
    ])
    func pinnedBytes(split: DigitSplit, expected: UInt64) throws {
        let set = try SyntheticDigits.make(split, count: 200, seed: 2026)
        #expect(fingerprint(set) == expected)
    }
}
