/// One pen stroke of a digit's skeleton, in glyph units: x to the right, y downwards,
/// the glyph's height spanning y = 0…1.
enum GlyphStroke: Sendable {
    /// Straight lines through the points in order.
    case polyline([SIMD2<Float>])
    /// An elliptic arc about `center` with radii `radii`, from angle `from` to angle `to`
    /// in degrees, 0° pointing right and 90° pointing up (so it sweeps anticlockwise when
    /// `to > from`); `from: 0, to: 360` is a closed loop.
    case arc(center: SIMD2<Float>, radii: SIMD2<Float>, from: Float, to: Float)
    /// A quadratic Bézier curve from `start` to `end` pulled towards `control`.
    case curve(start: SIMD2<Float>, control: SIMD2<Float>, end: SIMD2<Float>)

    /// The stroke as a chain of points; consecutive points are the segments to draw.
    ///
    /// Arcs take one segment per 15° and curves eight segments: at a 20-pixel glyph the
    /// chord misses the true curve by under a tenth of a pixel.
    func flattened() -> [SIMD2<Float>] {
        switch self {
        case let .polyline(points):
            return points
        case let .arc(center, radii, from, to):
            let pieces = max(2, Int((abs(to - from) / 15).rounded(.up)))
            return (0...pieces).map { i in
                let turn = PortableTrigonometry.sinCos(degrees: from + (to - from) * Float(i) / Float(pieces))
                return center + radii * SIMD2(turn.cos, -turn.sin)
            }
        case let .curve(start, control, end):
            return (0...8).map { i in
                let t = Float(i) / 8
                let u = 1 - t
                return u * u * start + 2 * u * t * control + t * t * end
            }
        }
    }
}

/// Shorthand for glyph tables: a polyline through `(x, y)` pairs.
func line(_ points: (Float, Float)...) -> GlyphStroke {
    .polyline(points.map { SIMD2($0.0, $0.1) })
}

/// Shorthand for glyph tables: an elliptic arc (see ``GlyphStroke/arc(center:radii:from:to:)``).
func arc(_ cx: Float, _ cy: Float, _ rx: Float, _ ry: Float, _ from: Float, _ to: Float) -> GlyphStroke {
    .arc(center: SIMD2(cx, cy), radii: SIMD2(rx, ry), from: from, to: to)
}

/// Shorthand for glyph tables: a closed ellipse.
func ellipse(_ cx: Float, _ cy: Float, _ rx: Float, _ ry: Float) -> GlyphStroke {
    arc(cx, cy, rx, ry, 0, 360)
}

/// Shorthand for glyph tables: a quadratic Bézier curve.
func curve(_ start: (Float, Float), _ control: (Float, Float), _ end: (Float, Float)) -> GlyphStroke {
    .curve(start: SIMD2(start.0, start.1), control: SIMD2(control.0, control.1), end: SIMD2(end.0, end.1))
}
