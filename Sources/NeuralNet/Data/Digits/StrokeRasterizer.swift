/// Draws stroke chains into a square column-major grey image with anti-aliased edges.
///
/// Each pixel's brightness comes from its distance `d` to the nearest segment:
/// `clamp(r − d + ½, 0, 1)` for a pen of radius `r`, a one-pixel ramp at the edge.
/// Only the pixels within reach of each segment's own bounding box are visited, so the
/// cost follows the ink, not the image.
struct StrokeRasterizer {
    /// The image side in pixels.
    let side: Int
    /// Squared distance from each pixel centre to the nearest segment drawn so far.
    private var nearest: [Float]

    /// Creates a rasteriser for `side`×`side` images.
    init(side: Int) {
        self.side = side
        self.nearest = [Float](repeating: .infinity, count: side * side)
    }

    /// Draws `chains` (pixel coordinates: x = column, y = row, pixel centres at +½) with pen
    /// radius `radius` into `image`, which holds `side·side` values, pixel (row, col) at
    /// `row + side·col`; overwrites every pixel.
    mutating func draw(_ chains: [[SIMD2<Float>]], radius: Float, into image: UnsafeMutableBufferPointer<Float>) {
        let reach = radius + 0.5
        let side = self.side
        nearest.withUnsafeMutableBufferPointer { nearest in
            nearest.update(repeating: .infinity)
            for chain in chains {
                for index in chain.indices.dropLast() {
                    Self.segment(from: chain[index], to: chain[index + 1], reach: reach, side: side, nearest: nearest)
                }
                if chain.count == 1 {
                    Self.segment(from: chain[0], to: chain[0], reach: reach, side: side, nearest: nearest)
                }
            }
            let reachSquared = reach * reach
            for pixel in 0..<(side * side) {
                let squared = nearest[pixel]
                image[pixel] = squared < reachSquared ? min(1, reach - squared.squareRoot()) : 0
            }
        }
    }

    private static func segment(
        from a: SIMD2<Float>, to b: SIMD2<Float>, reach: Float, side: Int,
        nearest: UnsafeMutableBufferPointer<Float>
    ) {
        let low = pointwiseMin(a, b) - reach - 0.5
        let high = pointwiseMax(a, b) + reach - 0.5
        let firstCol = max(0, Int(low.x.rounded(.up))), lastCol = min(side - 1, Int(high.x.rounded(.down)))
        let firstRow = max(0, Int(low.y.rounded(.up))), lastRow = min(side - 1, Int(high.y.rounded(.down)))
        guard firstCol <= lastCol, firstRow <= lastRow else { return }
        let direction = b - a
        let lengthSquared = (direction * direction).sum()
        let inverse: Float = lengthSquared > 0 ? 1 / lengthSquared : 0
        for col in firstCol...lastCol {
            let x = Float(col) + 0.5
            for row in firstRow...lastRow {
                let offset = SIMD2(x, Float(row) + 0.5) - a
                let t = min(1, max(0, (offset * direction).sum() * inverse))
                let gap = offset - t * direction
                let squared = (gap * gap).sum()
                let pixel = row + side * col
                if squared < nearest[pixel] { nearest[pixel] = squared }
            }
        }
    }
}
