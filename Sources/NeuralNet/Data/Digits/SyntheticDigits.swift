import Autograd

/// Which of the two synthetic digit sets to make; each has its own random stream.
public enum DigitSplit: String, Sendable, CaseIterable {
    /// The set behind `digitTrain4DArrayData`.
    case training
    /// The set behind `digitTest4DArrayData`.
    case test
}

/// The synthetic handwritten-style digits behind `digitTrain4DArrayData` and
/// `digitTest4DArrayData`, made the way MathWorks describes its set.
///
/// Each image draws a digit from one of several font-like stroke skeletons
/// (``DigitGlyphs``) with a random affine transform — height 16–22 px, width ×0.8–1.25,
/// shear ±0.2, rotation ±45° (returned as the angle), a shift of up to 3 px — and a
/// random pen radius of 0.8–1.9 px, anti-aliased, on a black 28×28 background. Classes
/// come in equal shares (500 each of 5000) in shuffled order. The same seed and split
/// always give the same bytes; the two splits use different streams of the same seed.
public enum SyntheticDigits {
    /// The image side in pixels.
    public static let imageSide = 28
    /// The size of each of MathWorks' two sets.
    public static let standardCount = 5000
    /// The largest set ``make(_:count:seed:)`` agrees to make (about 314 MB of float32).
    public static let maximumCount = 100_000
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 0x6772_6164_6C61_6200
    /// The largest rotation either way, in degrees.
    public static let maximumAngle = Double(DigitStyle.maximumAngle)

    /// Makes `count` digit images of `split` from `seed`.
    ///
    /// To follow a session's `rng`, pass a seed drawn from its generator (`generator.next()`);
    /// the bytes depend on nothing else, on any machine.
    ///
    /// Throws ``DataError/invalidArgument(name:value:requirement:)`` when `count` is
    /// negative or above ``maximumCount``.
    public static func make(
        _ split: DigitSplit, count: Int = standardCount, seed: UInt64 = defaultSeed
    ) throws(DataError) -> DigitDataSet {
        guard (0...maximumCount).contains(count) else {
            throw .invalidArgument(name: "count", value: count, requirement: "between 0 and \(maximumCount)")
        }
        var generator = stream(for: split, seed: seed)
        var labels = (0..<count).map { $0 % 10 }
        generator.shuffle(&labels)
        var angles = [Double](repeating: 0, count: count)
        let side = imageSide, plane = side * side
        var rasterizer = StrokeRasterizer(side: side)
        let images = Tensor(shape: Shape([side, side, 1, count])) { pixels in
            for n in 0..<count {
                let style = DigitStyle.random(for: labels[n], using: &generator)
                let glyph = DigitGlyphs.skeletons[labels[n]][style.glyph]
                angles[n] = Double(style.angle)
                let image = UnsafeMutableBufferPointer(rebasing: pixels[(n * plane)..<((n + 1) * plane)])
                rasterizer.draw(style.place(glyph, side: side), radius: style.radius, into: image)
            }
        }
        return DigitDataSet(images: images, labels: labels, angles: angles)
    }

    /// The standard 5000-image training set for `seed`.
    public static func trainingSet(seed: UInt64 = defaultSeed) -> DigitDataSet {
        // The standard count is within range, so this cannot throw.
        (try? make(.training, seed: seed))!
    }

    /// The standard 5000-image test set for `seed`.
    public static func testSet(seed: UInt64 = defaultSeed) -> DigitDataSet {
        (try? make(.test, seed: seed))!
    }

    /// The split's own generator: the seed's first draw for training, its second for test.
    private static func stream(for split: DigitSplit, seed: UInt64) -> RandomGenerator {
        var root = RandomGenerator(seed: seed)
        let training = root.next()
        let test = root.next()
        return RandomGenerator(seed: split == .training ? training : test)
    }
}
