extension TerminalRenderer {
    /// A 3-D axes of filled polygons drawn as a heat map: one row per polygon in order of its y
    /// (e.g. epoch, first at the top), one column per x position, shaded by the polygon's z there
    /// (e.g. count) on a log(1 + z) scale normalised to the axes' largest z.
    func heatMap(_ axes: Axes, width w: Int, height h: Int) -> CellCanvas {
        var canvas = CellCanvas(width: w, height: h)
        var top = 0
        if !axes.Title.isEmpty {
            canvas.writeCentred(axes.Title.String, 0, span: w, 0)
            top = 1
        }
        let rows = heatRows(axes)
        guard !rows.isEmpty else { return canvas }
        let halves = options.color == .off ? 1 : 2
        let labelTexts = rows.map { NumberFormat.compact($0.y) }
        let labelWidth = labelTexts.map(\.count).max() ?? 1
        let bottom = 2 + (axes.XLabel.isEmpty ? 0 : 1)
        let area = PlotArea(x: labelWidth + 1, y: top + 1, width: w - labelWidth - 2, height: h - top - 1 - bottom)
        guard area.width >= 2, area.height >= 1 else { return canvas }
        let resolved = ResolvedAxes(axes, xTarget: max(2, area.width / 10), yTarget: 2)
        let slots = area.height * halves
        func rowRange(_ slot: Int) -> Range<Int> {
            let first = slot * rows.count / slots
            return first..<max(first + 1, (slot + 1) * rows.count / slots)
        }
        let peak = rows.flatMap { $0.points.map(\.z) }.filter(\.isFinite).max() ?? 0
        var values = [Double](repeating: 0, count: rows.count * area.width)
        for (k, row) in rows.enumerated() {
            for col in 0..<area.width {
                let x = resolved.x.value(atFraction: (Double(col) + 0.5) / Double(area.width))
                values[k * area.width + col] = interpolate(row.points, at: x)
            }
        }
        var grid = [Double](repeating: 0, count: slots * area.width)
        for slot in 0..<slots {
            for k in rowRange(slot) {
                for col in 0..<area.width {
                    grid[slot * area.width + col] = max(grid[slot * area.width + col], values[k * area.width + col])
                }
            }
        }
        func level(_ v: Double) -> Double {
            guard peak > 0, v > 0 else { return 0 }
            return Math.log10(1 + v) / Math.log10(1 + peak)
        }
        let shades: [Character] = [" ", "·", "░", "▒", "▓", "█"]
        for cy in 0..<area.height {
            for col in 0..<area.width {
                var cell = Cell()
                if halves == 1 {
                    if cy < slots {
                        let t = level(grid[cy * area.width + col])
                        cell.character = t == 0 ? " " : shades[min(5, 1 + Int(t * 4.999))]
                    }
                } else {
                    let upper = 2 * cy < slots ? level(grid[2 * cy * area.width + col]) : 0
                    let lower = 2 * cy + 1 < slots ? level(grid[(2 * cy + 1) * area.width + col]) : 0
                    if upper > 0 || lower > 0 {
                        cell.character = "▀"
                        cell.foreground = upper > 0 ? axes.Colormap.color(atFraction: upper) : nil
                        cell.background = lower > 0 ? axes.Colormap.color(atFraction: lower) : nil
                        if upper == 0 { cell.character = "▄"; cell.foreground = cell.background; cell.background = nil }
                    }
                }
                canvas[area.x + col, area.y + cy] = cell
            }
        }
        let usedRows = area.height
        let labelEvery = max(1, usedRows / max(1, area.height / 3))
        var lastLabel = -1
        for cy in 0..<usedRows where cy == usedRows - 1 || (cy % labelEvery == 0 && usedRows - 1 - cy >= max(1, labelEvery / 2)) {
            let index = cy == usedRows - 1 ? rowRange(usedRows * halves - 1).upperBound - 1 : rowRange(cy * halves).lowerBound
            guard index != lastLabel else { continue }
            lastLabel = index
            let text = labelTexts[index]
            canvas.put("┤", area.x - 1, area.y + cy)
            canvas.write(text, area.x - 1 - text.count, area.y + cy)
        }
        for row in area.y..<(area.y + area.height) where canvas[area.x - 1, row].character == " " { canvas.put("│", area.x - 1, row) }
        let axisY = area.y + area.height
        canvas.put("└", area.x - 1, axisY)
        for col in area.x..<(area.x + area.width) { canvas.put("─", col, axisY) }
        var nextFree = 0
        for (value, label) in zip(resolved.x.values, resolved.x.labels) {
            guard let f = resolved.x.fraction(value) else { continue }
            let col = area.x + Int((f * Double(area.width - 1)).rounded())
            canvas.put("┬", col, axisY)
            let start = min(max(0, col - label.count / 2), w - label.count)
            if start >= nextFree {
                canvas.write(label, start, axisY + 1)
                nextFree = start + label.count + 1
            }
        }
        let yName = axes.YLabel.isEmpty ? "y" : axes.YLabel.String
        let zName = axes.ZLabel.isEmpty ? "z" : axes.ZLabel.String
        let key = "\(yName) ↓  shade: log(1+\(zName)), max \(NumberFormat.compact(peak))"
        canvas.write(String(key.prefix(w)), 0, top)
        if !axes.XLabel.isEmpty { canvas.writeCentred(axes.XLabel.String, area.x, span: area.width, axisY + 2) }
        return canvas
    }

    /// The polygons as rows: each polygon's mean y and its finite vertices sorted by x.
    private func heatRows(_ axes: Axes) -> [(y: Double, points: [Point3])] {
        axes.Children.compactMap { series -> (y: Double, points: [Point3])? in
            guard case .patch(let s) = series else { return nil }
            let points = s.finiteVertices
            guard !points.isEmpty else { return nil }
            return (points.map(\.y).reduce(0, +) / Double(points.count), points.sorted { $0.x < $1.x })
        }.sorted { $0.y < $1.y }
    }

    /// z along the polygon's vertices at x, linear between neighbours, 0 outside their x range.
    private func interpolate(_ points: [Point3], at x: Double) -> Double {
        guard let first = points.first, let last = points.last, x >= first.x, x <= last.x else { return 0 }
        var lo = 0, hi = points.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if points[mid].x <= x { lo = mid } else { hi = mid }
        }
        let a = points[lo], b = points[hi]
        guard b.x > a.x else { return max(0, max(a.z, b.z)) }
        return max(0, a.z + (x - a.x) / (b.x - a.x) * (b.z - a.z))
    }
}
