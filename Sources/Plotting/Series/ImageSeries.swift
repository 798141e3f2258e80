/// How an image's values become colours.
public enum ImageColoring: Equatable, Sendable {
    /// Grey intensities with the given black and white values (`imshow(I)`: [0 1]; `imshow(I, [])`: data range).
    case grey(black: Double, white: Double)
    /// Values scaled through the axes' colormap over `CLim` (`imagesc`).
    case scaled
    /// Three channels per pixel, each 0…1 (`imshow` of an m×n×3 image).
    case trueColor
}

/// An image (`imshow`, `imagesc`, `montage`): a grid of pixels drawn with pixel i, j at x = j, y = i.
public struct ImageSeries: Equatable, Sendable {
    /// Number of pixel rows.
    public let rows: Int
    /// Number of pixel columns.
    public let columns: Int
    /// The pixel values, row-major (`CData[(i * columns + j) * channels + c]`), NaN drawn as background.
    public var CData: [Double]
    /// How values become colours.
    public var coloring: ImageColoring
    /// Colour limits for `.scaled` images; non-finite ends come from the data.
    public var CLim: [Double]

    /// Makes an image; throws when the data size is not rows × columns (× 3 for true colour).
    public init(rows: Int, columns: Int, data: [Double], coloring: ImageColoring) throws(PlotError) {
        let channels = coloring == .trueColor ? 3 : 1
        guard rows >= 0, columns >= 0, data.count == rows * columns * channels else {
            throw .invalidImage("expected \(rows)×\(columns)\(channels == 3 ? "×3" : "") values, got \(data.count)")
        }
        self.rows = rows
        self.columns = columns
        CData = data
        self.coloring = coloring
        CLim = [-.infinity, .infinity]
    }

    /// Number of values per pixel.
    public var channels: Int { coloring == .trueColor ? 3 : 1 }

    /// Tiles equal-sized grey or scaled images into one image, `columns` per row (nil: near-square), as `montage` does.
    /// Unused cells are black (value 0 for grey, the low limit for scaled).
    public static func montage(_ images: [ImageSeries], columns: Int? = nil) throws(PlotError) -> ImageSeries {
        guard let first = images.first else { return try ImageSeries(rows: 0, columns: 0, data: [], coloring: .grey(black: 0, white: 1)) }
        guard images.allSatisfy({ $0.rows == first.rows && $0.columns == first.columns && $0.coloring == first.coloring }) else {
            throw .invalidImage("montage images must all have the same size and kind")
        }
        let perRow = max(1, columns ?? Int(Double(images.count).squareRoot().rounded(.up)))
        let gridRows = (images.count + perRow - 1) / perRow
        let ch = first.channels
        let outRows = gridRows * first.rows
        let outCols = perRow * first.columns
        var data = [Double](repeating: 0, count: outRows * outCols * ch)
        for (k, image) in images.enumerated() {
            let top = (k / perRow) * first.rows
            let left = (k % perRow) * first.columns
            for i in 0..<first.rows {
                for j in 0..<first.columns {
                    for c in 0..<ch {
                        data[((top + i) * outCols + left + j) * ch + c] = image.CData[(i * first.columns + j) * ch + c]
                    }
                }
            }
        }
        return try ImageSeries(rows: outRows, columns: outCols, data: data, coloring: first.coloring)
    }

    /// The colour of pixel (i, j), or nil for NaN.
    func color(row i: Int, column j: Int, colormap: Colormap, limits: (Double, Double)) -> RGB? {
        let base = (i * columns + j) * channels
        switch coloring {
        case .trueColor:
            let r = CData[base], g = CData[base + 1], b = CData[base + 2]
            guard r.isFinite, g.isFinite, b.isFinite else { return nil }
            return RGB(r, g, b)
        case .grey(let black, let white):
            let v = CData[base]
            guard !v.isNaN else { return nil }
            let t = white > black ? (v - black) / (white - black) : (v >= white ? 1 : 0)
            return RGB(t, t, t)
        case .scaled:
            let v = CData[base]
            guard !v.isNaN else { return nil }
            let span = limits.1 - limits.0
            return colormap.color(atFraction: span > 0 ? (v - limits.0) / span : 0.5)
        }
    }

    /// The colour limits in use: `CLim`'s finite ends, the data range otherwise.
    var resolvedCLim: (Double, Double) {
        let finite = CData.filter(\.isFinite)
        var lo = CLim.first.flatMap { $0.isFinite ? $0 : nil } ?? finite.min() ?? 0
        var hi = CLim.count > 1 && CLim[1].isFinite ? CLim[1] : finite.max() ?? 1
        if hi <= lo { lo -= 0.5; hi = lo + 1 }
        return (lo, hi)
    }
}
