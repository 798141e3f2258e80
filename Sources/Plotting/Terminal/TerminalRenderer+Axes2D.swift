extension TerminalRenderer {
    /// A 2-D axes: title, a header row (y label, ×10ⁿ, legend), the plot box with ticks, x tick labels and x label.
    func axes2D(_ axes: Axes, width w: Int, height h: Int) -> CellCanvas {
        var canvas = CellCanvas(width: w, height: h)
        var top = 0
        if !axes.Title.isEmpty {
            canvas.writeCentred(axes.Title.String, 0, span: w, 0)
            top = 1
        }
        guard axes.Visible else {
            let area = PlotArea(x: 0, y: top, width: w, height: h - top)
            let resolved = ResolvedAxes(axes, xTarget: 2, yTarget: 2)
            drawSeries(axes, resolved, area, into: &canvas, keepAspect: true)
            return canvas
        }
        let legend = legendEntries(axes)
        let bottom = 2 + (axes.XLabel.isEmpty ? 0 : 1)
        func resolve(header: Int) -> (ResolvedAxes, Int) {
            let ph = h - top - header - bottom
            return (ResolvedAxes(axes, xTarget: 4, yTarget: max(2, ph / 3)), ph)
        }
        var header = (!axes.YLabel.isEmpty || !legend.isEmpty) ? 1 : 0
        var (resolved, ph) = resolve(header: header)
        if header == 0 && resolved.y.exponent != 0 {
            header = 1
            (resolved, ph) = resolve(header: header)
        }
        let labelWidth = resolved.y.labels.map(\.count).max() ?? 1
        let pw = w - labelWidth - 2
        guard ph >= 1, pw >= 2 else { return canvas }
        resolved = ResolvedAxes(axes, xTarget: max(2, pw / 10), yTarget: max(2, ph / 3))
        let area = PlotArea(x: labelWidth + 1, y: top + header, width: pw, height: ph)

        drawSeries(axes, resolved, area, into: &canvas, keepAspect: false)
        drawFrame(resolved, area, labelWidth: labelWidth, into: &canvas)

        if header == 1 {
            var left = axes.YLabel.String
            if resolved.y.exponent != 0 { left += (left.isEmpty ? "" : " ") + resolved.y.exponentLabel }
            canvas.write(String(left.prefix(w)), 0, top)
            drawLegend(legend, rightEdge: w, row: top, minX: left.count + 2, into: &canvas)
        }
        if !axes.XLabel.isEmpty {
            canvas.writeCentred(axes.XLabel.String, area.x, span: pw, area.y + ph + 2)
        }
        return canvas
    }

    /// Axis lines, tick marks and tick labels around the plot area.
    private func drawFrame(_ r: ResolvedAxes, _ area: PlotArea, labelWidth: Int, into canvas: inout CellCanvas) {
        let axisX = area.x - 1, axisY = area.y + area.height
        for row in area.y..<axisY { canvas.put("│", axisX, row) }
        canvas.put("└", axisX, axisY)
        for col in area.x..<(area.x + area.width) { canvas.put("─", col, axisY) }
        for (value, label) in zip(r.y.values, r.y.labels) {
            guard let f = r.yFraction(value) else { continue }
            let row = area.y + Int(((1 - f) * Double(area.height - 1)).rounded())
            canvas.put("┤", axisX, row)
            canvas.write(label, axisX - label.count, row)
        }
        var nextFree = 0
        for (value, label) in zip(r.x.values, r.x.labels) {
            guard let f = r.x.fraction(value) else { continue }
            let col = area.x + Int((f * Double(area.width - 1)).rounded())
            canvas.put("┬", col, axisY)
            let start = min(max(0, col - label.count / 2), canvas.width - label.count)
            if start >= nextFree {
                canvas.write(label, start, axisY + 1)
                nextFree = start + label.count + 1
            }
        }
        if r.x.exponent != 0 {
            let note = r.x.exponentLabel
            let start = canvas.width - note.count
            if start >= nextFree { canvas.write(note, start, axisY + 1) }
        }
    }

    /// Legend entries: a sample glyph, its colour and the name.
    func legendEntries(_ axes: Axes) -> [(glyph: String, color: RGB, name: String)] {
        guard let legend = axes.Legend, legend.Visible else { return [] }
        return axes.Children.filter { !$0.displayName.isEmpty }.map { series in
            var glyph = "█"
            if case .line(let s) = series {
                glyph = s.LineStyle == .none ? String(markerGlyph(s.Marker)) : "──"
            }
            return (glyph, series.legendColor, series.displayName)
        }
    }

    /// Writes legend entries right-aligned on a row, dropping trailing entries that do not fit.
    private func drawLegend(_ entries: [(glyph: String, color: RGB, name: String)], rightEdge: Int, row: Int,
                            minX: Int, into canvas: inout CellCanvas) {
        var fitting = entries
        func length(_ e: [(glyph: String, color: RGB, name: String)]) -> Int {
            e.reduce(0) { $0 + $1.glyph.count + 1 + $1.name.count } + max(0, e.count - 1) * 2
        }
        while !fitting.isEmpty && rightEdge - length(fitting) < minX { fitting.removeLast() }
        var x = rightEdge - length(fitting)
        for (k, e) in fitting.enumerated() {
            canvas.write(e.glyph, x, row, e.color)
            canvas.write(e.name, x + e.glyph.count + 1, row)
            x += e.glyph.count + 1 + e.name.count + (k < fitting.count - 1 ? 2 : 0)
        }
    }

    /// The character drawn for a marker.
    func markerGlyph(_ m: Marker) -> Character {
        switch m {
        case .none, .point: "•"
        case .circle: "o"
        case .plus: "+"
        case .asterisk: "*"
        case .cross: "x"
        case .square: "■"
        case .diamond: "◆"
        case .triangleUp: "▲"
        case .triangleDown: "▼"
        }
    }
}

/// A rectangle of cells on a canvas.
struct PlotArea {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}
