extension TerminalRenderer {
    /// Draws every series of a 2-D axes into the plot area: grid, images and bars as cells, lines as Braille on top.
    func drawSeries(_ axes: Axes, _ r: ResolvedAxes, _ area: PlotArea, into canvas: inout CellCanvas, keepAspect: Bool) {
        guard area.width >= 1, area.height >= 1 else { return }
        var dots = BrailleLayer(columns: area.width, rows: area.height)
        let grey = RGB(0.6, 0.6, 0.6)
        if axes.XGrid {
            for v in r.x.values {
                guard let f = r.x.fraction(v) else { continue }
                let x = Int((f * Double(dots.dotWidth - 1)).rounded())
                for y in stride(from: 0, to: dots.dotHeight, by: 3) { dots.set(x, y, grey) }
            }
        }
        if axes.YGrid {
            for v in r.y.values {
                guard let f = r.yFraction(v) else { continue }
                let y = Int(((1 - f) * Double(dots.dotHeight - 1)).rounded())
                for x in stride(from: 0, to: dots.dotWidth, by: 3) { dots.set(x, y, grey) }
            }
        }
        var markers: [(Int, Int, Character, RGB)] = []
        for series in axes.Children {
            switch series {
            case .image(let s):
                drawImage(s, colormap: axes.Colormap, area, into: &canvas, keepAspect: keepAspect)
            case .bar(let s):
                let hw = s.halfWidth
                for (x, y) in zip(s.drawnCentres, s.YData) where x.isFinite && y.isFinite {
                    guard let columns = columnRange(r.x, from: x - hw, to: x + hw, centre: x, width: area.width) else { continue }
                    for col in columns { fillColumn(col, from: 0, to: y, r, area, s.FaceColor, into: &canvas) }
                }
            case .histogram(let s):
                for (k, count) in s.Values.enumerated() where count.isFinite && count != 0 {
                    let a = s.BinEdges[k], b = s.BinEdges[k + 1]
                    guard let columns = columnRange(r.x, from: a, to: b, centre: (a + b) / 2, width: area.width) else { continue }
                    for col in columns { fillColumn(col, from: 0, to: count, r, area, s.FaceColor, into: &canvas) }
                }
            case .line(let s):
                var phase = 0
                var previous: (Double, Double)?
                for k in s.XData.indices {
                    guard let fx = r.x.fraction(s.XData[k]), let fy = r.yFraction(s.YData[k]) else {
                        previous = nil
                        continue
                    }
                    if let p = previous, let (a, b) = clipToUnitSquare(p, (fx, fy)) {
                        dots.line(from: dotPoint(a, dots), to: dotPoint(b, dots), s.Color, style: s.LineStyle, phase: &phase)
                    } else if previous == nil && s.LineStyle != .none && (0...1).contains(fx) && (0...1).contains(fy) {
                        let p = dotPoint((fx, fy), dots)
                        dots.set(Int(p.x.rounded()), Int(p.y.rounded()), s.Color)
                    }
                    if s.Marker != .none && (0...1).contains(fx) && (0...1).contains(fy) {
                        let p = dotPoint((fx, fy), dots)
                        markers.append((Int(p.x.rounded()) / 2, Int(p.y.rounded()) / 4, markerGlyph(s.Marker), s.Color))
                    }
                    previous = (fx, fy)
                }
            case .patch(let s):
                var phase = 0
                let points = s.finiteVertices.compactMap { v -> (Double, Double)? in
                    guard let fx = r.x.fraction(v.x), let fy = r.yFraction(v.y) else { return nil }
                    return (fx, fy)
                }
                for (k, p) in points.enumerated() {
                    let q = points[(k + 1) % points.count]
                    if let (a, b) = clipToUnitSquare(p, q) {
                        dots.line(from: dotPoint(a, dots), to: dotPoint(b, dots), s.EdgeColor ?? s.FaceColor, phase: &phase)
                    }
                }
            }
        }
        dots.composite(onto: &canvas, area.x, area.y)
        for (x, y, glyph, color) in markers { canvas.put(glyph, area.x + x, area.y + y, color) }
    }

    /// Dot coordinates of a point given as fractions of the plot box (y up).
    private func dotPoint(_ p: (Double, Double), _ dots: BrailleLayer) -> Point2 {
        Point2(x: p.0 * Double(dots.dotWidth - 1), y: (1 - p.1) * Double(dots.dotHeight - 1))
    }

    /// The columns of the plot area covering data x in [a, b]; at least the column of `centre` when narrow.
    private func columnRange(_ x: AxisTicks, from a: Double, to b: Double, centre: Double, width: Int) -> ClosedRange<Int>? {
        guard let fa = x.fraction(a), let fb = x.fraction(b), let fc = x.fraction(centre) else { return nil }
        func column(_ f: Double, _ rule: FloatingPointRoundingRule) -> Int {
            Int((min(2, max(-1, f)) * Double(width)).rounded(rule))
        }
        var first = column(fa, .toNearestOrAwayFromZero)
        var last = column(fb, .toNearestOrAwayFromZero) - 1
        if last < first {
            guard fc >= 0, fc <= 1 else { return nil }
            first = column(fc, .down)
            last = first
        }
        first = max(0, first)
        last = min(width - 1, last)
        return first <= last ? first...last : nil
    }

    /// Fills one column from value `base` to `value` with blocks, eighth-cell resolution at the bar's end.
    private func fillColumn(_ col: Int, from base: Double, to value: Double, _ r: ResolvedAxes, _ area: PlotArea,
                            _ color: RGB, into canvas: inout CellCanvas) {
        let baseValue = r.y.scale == .log ? r.y.lower : base
        let fb = r.yFraction(baseValue) ?? 0
        guard let fv = r.yFraction(value) else { return }
        let eighths = Double(area.height * 8)
        let lo = min(max(0, min(fb, fv)), 1) * eighths, hi = min(max(0, max(fb, fv)), 1) * eighths
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for rowFromBottom in 0..<area.height {
            let cellLo = Double(rowFromBottom * 8), cellHi = cellLo + 8
            let covered = min(hi, cellHi) - max(lo, cellLo)
            guard covered > 0.5 else { continue }
            let reachesTop = hi >= cellHi - 0.5, reachesBottom = lo <= cellLo + 0.5
            let glyph: Character
            if covered >= 7.5 {
                glyph = "█"
            } else if reachesTop && !reachesBottom {
                guard covered >= 2 else { continue }
                glyph = covered >= 6 ? "█" : covered >= 3 ? "▀" : "▔"
            } else {
                glyph = blocks[max(0, min(7, Int(covered.rounded()) - 1))]
            }
            canvas.put(glyph, area.x + col, area.y + area.height - 1 - rowFromBottom, color)
        }
    }

    /// Clips a segment to the unit square (Liang–Barsky); nil when it lies outside.
    private func clipToUnitSquare(_ a: (Double, Double), _ b: (Double, Double)) -> ((Double, Double), (Double, Double))? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.0 - a.0, dy = b.1 - a.1
        for (p, q) in [(-dx, a.0), (dx, 1 - a.0), (-dy, a.1), (dy, 1 - a.1)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return nil }
            }
        }
        return ((a.0 + t0 * dx, a.1 + t0 * dy), (a.0 + t1 * dx, a.1 + t1 * dy))
    }

    /// Draws an image with half-blocks (two pixels per cell, top and bottom) or, without colour, shade characters.
    private func drawImage(_ image: ImageSeries, colormap: Colormap, _ area: PlotArea, into canvas: inout CellCanvas,
                           keepAspect: Bool) {
        guard image.rows > 0, image.columns > 0 else { return }
        var cw = area.width, chHalf = area.height * 2
        if keepAspect {
            let scale = min(Double(area.width) / Double(image.columns), Double(area.height * 2) / Double(image.rows))
            cw = max(1, Int(Double(image.columns) * scale))
            chHalf = max(1, Int(Double(image.rows) * scale))
        }
        let rowsOfCells = (chHalf + 1) / 2
        let x0 = area.x + (area.width - cw) / 2, y0 = area.y + (area.height - rowsOfCells) / 2
        let limits = image.resolvedCLim
        func pixel(_ half: Int, _ cx: Int) -> RGB? {
            guard half < chHalf else { return nil }
            let i = min(image.rows - 1, Int((Double(half) + 0.5) / Double(chHalf) * Double(image.rows)))
            let j = min(image.columns - 1, Int((Double(cx) + 0.5) / Double(cw) * Double(image.columns)))
            return image.color(row: i, column: j, colormap: colormap, limits: limits)
        }
        let shades: [Character] = [" ", "░", "▒", "▓", "█"]
        for cy in 0..<rowsOfCells {
            for cx in 0..<cw where canvas.contains(x0 + cx, y0 + cy) {
                let upper = pixel(2 * cy, cx), lower = pixel(2 * cy + 1, cx)
                var cell = Cell()
                if options.color == .off {
                    let values = [upper, lower].compactMap { $0?.luminance }
                    if !values.isEmpty {
                        let mean = values.reduce(0, +) / Double(values.count)
                        cell.character = shades[min(4, Int(mean * 4.999))]
                    }
                } else if let upper {
                    cell.character = "▀"
                    cell.foreground = upper
                    cell.background = lower
                } else if let lower {
                    cell.character = "▄"
                    cell.foreground = lower
                }
                canvas[x0 + cx, y0 + cy] = cell
            }
        }
    }
}
