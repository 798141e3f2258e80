/// A digit's skeleton ready to draw: its strokes as point chains, with the centre and
/// height of their bounding box in glyph units.
struct Glyph: Sendable {
    /// Each stroke as a chain of points; consecutive points are segments.
    let chains: [[SIMD2<Float>]]
    /// The centre of the bounding box of every point.
    let center: SIMD2<Float>
    /// The height of that bounding box (the glyph's drawn height, about 1).
    let height: Float

    /// Flattens `strokes` and measures them.
    init(_ strokes: [GlyphStroke]) {
        chains = strokes.map { $0.flattened() }
        let points = chains.joined()
        var low = SIMD2<Float>(repeating: .greatestFiniteMagnitude)
        var high = -low
        for point in points {
            low = pointwiseMin(low, point)
            high = pointwiseMax(high, point)
        }
        center = (low + high) / 2
        height = max(high.y - low.y, 1e-3)
    }
}
