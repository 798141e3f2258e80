/// A dot raster over a block of cells: each cell holds 2×4 Braille dots, each cell one colour.
///
/// Dot (0, 0) is the top-left dot of the top-left cell; x grows right, y grows down.
struct BrailleLayer {
    let columns: Int
    let rows: Int
    private(set) var bits: [UInt8]
    private(set) var colors: [RGB?]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// Dots across.
    var dotWidth: Int { columns * 2 }
    /// Dots down.
    var dotHeight: Int { rows * 4 }

    private static let masks: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Turns on dot (x, y) with a colour; outside dots are ignored.
    mutating func set(_ x: Int, _ y: Int, _ color: RGB?) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let index = (y / 4) * columns + x / 2
        bits[index] |= BrailleLayer.masks[x & 1][y & 3]
        colors[index] = color
    }

    /// Turns off dot (x, y).
    mutating func clear(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        bits[(y / 4) * columns + x / 2] &= ~BrailleLayer.masks[x & 1][y & 3]
    }

    /// Draws a segment between two dot positions (Bresenham), skipping dots by a dash pattern.
    /// `phase` carries the pattern across segments of one line.
    mutating func line(from a: Point2, to b: Point2, _ color: RGB?, style: LineStyle = .solid, phase: inout Int) {
        let limit = 1e5
        guard style != .none, abs(a.x) < limit, abs(a.y) < limit, abs(b.x) < limit, abs(b.y) < limit else { return }
        var x0 = Int(a.x.rounded()), y0 = Int(a.y.rounded())
        let x1 = Int(b.x.rounded()), y1 = Int(b.y.rounded())
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            if BrailleLayer.drawn(style, phase) { set(x0, y0, color) }
            phase += 1
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }

    private static func drawn(_ style: LineStyle, _ k: Int) -> Bool {
        switch style {
        case .solid: true
        case .dashed: k % 6 < 4
        case .dotted: k % 3 == 0
        case .dashDot: [true, true, true, true, false, false, true, false, false][k % 9]
        case .none: false
        }
    }

    /// Paints the dots onto a canvas with the layer's top-left cell at (x, y); empty cells are left alone.
    func composite(onto canvas: inout CellCanvas, _ x: Int, _ y: Int) {
        for j in 0..<rows {
            for i in 0..<columns where bits[j * columns + i] != 0 && canvas.contains(x + i, y + j) {
                let scalar = Unicode.Scalar(0x2800 + UInt32(bits[j * columns + i])) ?? " "
                var cell = canvas[x + i, y + j]
                cell.character = Character(scalar)
                cell.foreground = colors[j * columns + i]
                canvas[x + i, y + j] = cell
            }
        }
    }
}
