import Autograd

/// How one synthetic digit is drawn: which glyph, and the affine transform and pen that
/// place it in the image.
struct DigitStyle: Sendable {
    /// Index into ``DigitGlyphs/skeletons`` for the digit.
    var glyph: Int
    /// Glyph height in pixels before rotation.
    var height: Float
    /// Width relative to the glyph's own proportions.
    var aspect: Float
    /// Horizontal shear: x moves by `shear·y`.
    var shear: Float
    /// Rotation in degrees, anticlockwise as seen on the image.
    var angle: Float
    /// Pen radius in pixels (half the stroke width).
    var radius: Float
    /// Shift of the glyph's centre from the image centre, as a fraction (−1…1) of the
    /// room the glyph leaves (at most ``maximumShift`` pixels each way).
    var shift: SIMD2<Float>

    /// The largest rotation either way, in degrees.
    static let maximumAngle: Float = 45
    /// The largest shift either way, in pixels.
    static let maximumShift: Float = 3

    /// Draws a style for `digit` from `generator`, always consuming the same number of draws.
    static func random(for digit: Int, using generator: inout RandomGenerator) -> DigitStyle {
        func uniform(_ low: Float, _ high: Float) -> Float {
            low + (high - low) * generator.nextUniformFloat()
        }
        let glyph = generator.nextInt(in: 0...(DigitGlyphs.skeletons[digit].count - 1))
        return DigitStyle(
            glyph: glyph,
            height: uniform(16, 22),
            aspect: uniform(0.8, 1.25),
            shear: uniform(-0.2, 0.2),
            angle: uniform(-maximumAngle, maximumAngle),
            radius: uniform(0.8, 1.9),
            shift: SIMD2(uniform(-1, 1), uniform(-1, 1)))
    }

    /// The glyph's strokes in pixel coordinates of a `side`×`side` image (x = column,
    /// y = row): centred, scaled, sheared, rotated, shrunk if the rotation pushed it past
    /// the frame, then shifted within the room left.
    func place(_ glyph: Glyph, side: Int) -> [[SIMD2<Float>]] {
        let unit = height / glyph.height
        let scale = SIMD2(unit * aspect, unit)
        let (sine, cosine) = PortableTrigonometry.sinCos(degrees: angle)
        var chains = glyph.chains.map { chain in
            chain.map { point -> SIMD2<Float> in
                var q = (point - glyph.center) * scale
                q.x += shear * q.y
                // y points down, so this turns the glyph anticlockwise on screen.
                return SIMD2(q.x * cosine + q.y * sine, -q.x * sine + q.y * cosine)
            }
        }
        var low = SIMD2<Float>(repeating: .greatestFiniteMagnitude), high = -low
        for point in chains.joined() {
            low = pointwiseMin(low, point)
            high = pointwiseMax(high, point)
        }
        let pen = 2 * (radius + 0.5)
        let frame = Float(side) - 1
        let ink = high - low
        let largest = max(ink.x, ink.y)
        let fit = largest + pen > frame ? max(0.1, (frame - pen) / largest) : 1
        let middle = (low + high) / 2 * fit
        let room = pointwiseMax(.zero, (SIMD2(repeating: frame) - ink * fit - pen) / 2)
        let offset = shift * pointwiseMin(room, SIMD2(repeating: Self.maximumShift))
        let target = SIMD2(repeating: Float(side) / 2) + offset - middle
        for index in chains.indices {
            chains[index] = chains[index].map { $0 * fit + target }
        }
        return chains
    }
}
