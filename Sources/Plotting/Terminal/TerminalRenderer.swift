/// Renders figures as text: Braille dots for lines, block characters for bars and histograms,
/// half-blocks for images, all fitted to a given size in character cells.
///
/// A pure function of the figure and the options: no terminal I/O. With colour `.off` the output is plain text.
public struct TerminalRenderer: Sendable {
    /// Size, colour and 3-D style.
    public var options: TerminalOptions

    /// Makes a renderer with the given options.
    public init(options: TerminalOptions = TerminalOptions()) { self.options = options }

    /// The figure as lines joined by `\n` (no trailing newline), at most `options.width` columns and
    /// exactly `options.height` lines; an empty figure gives an empty string.
    public func render(_ figure: Figure) -> String {
        let w = options.width, h = options.height
        var canvas = CellCanvas(width: w, height: h)
        switch figure.content {
        case .empty:
            return ""
        case .axes(let axes):
            canvas.blit(render(axes, width: w, height: h), 0, 0)
        case .layout(let layout):
            var top = 0
            if !layout.Title.isEmpty {
                canvas.writeCentred(layout.Title.String, 0, span: w, 0)
                top = 1
            }
            let (rows, columns) = layout.grid
            let tight = layout.TileSpacing == .tight || layout.TileSpacing == .none
            let gapX = tight ? 1 : 3, gapY = tight ? 0 : 1
            let tileW = max(1, (w - gapX * (columns - 1)) / columns)
            let tileH = max(1, (h - top - gapY * (rows - 1)) / rows)
            for (k, tile) in layout.tiles.enumerated() {
                guard let axes = tile else { continue }
                let x = (k % columns) * (tileW + gapX), y = top + (k / columns) * (tileH + gapY)
                canvas.blit(render(axes, width: tileW, height: tileH), x, y)
            }
        }
        return canvas.lines(options.color).joined(separator: "\n")
    }

    /// One axes on its own, at the options' size.
    public func render(_ axes: Axes) -> String {
        render(axes, width: options.width, height: options.height).lines(options.color).joined(separator: "\n")
    }

    func render(_ axes: Axes, width: Int, height: Int) -> CellCanvas {
        let hasPatch = axes.Children.contains { if case .patch = $0 { true } else { false } }
        if axes.is3D {
            if options.threeD == .heatMap && hasPatch { return heatMap(axes, width: width, height: height) }
            return projection(axes, width: width, height: height)
        }
        return axes2D(axes, width: width, height: height)
    }
}
