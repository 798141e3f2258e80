extension SVGRenderer {
    /// A 2-D axes: white box, grid, clipped series, inward ticks, labels, title and legend.
    func axes2D(_ axes: Axes, in frame: Frame, into doc: inout SVGDocument) {
        let titleSpace = axes.Title.isEmpty ? 10.0 : 26.0
        guard axes.Visible else {
            if !axes.Title.isEmpty { doc.text(axes.Title.String, x: frame.x + frame.width / 2, y: frame.y + 17, size: 11, bold: true) }
            let box = Frame(x: frame.x + 4, y: frame.y + titleSpace, width: frame.width - 8, height: frame.height - titleSpace - 4)
            let resolved = ResolvedAxes(axes, xTarget: 2, yTarget: 2)
            drawSeries(axes, resolved, in: box, keepAspect: true, into: &doc)
            return
        }
        let left = axes.YLabel.isEmpty ? 44.0 : 60.0
        let bottom = axes.XLabel.isEmpty ? 26.0 : 42.0
        let box = Frame(x: frame.x + left, y: frame.y + titleSpace, width: max(10, frame.width - left - 14),
                        height: max(10, frame.height - titleSpace - bottom))
        let resolved = ResolvedAxes(axes, xTarget: max(2, Int(box.width / 70)), yTarget: max(2, Int(box.height / 45)))
        doc.rect(x: box.x, y: box.y, width: box.width, height: box.height, fill: "#FFFFFF")
        let grid = "#DFDFDF"
        let xs = resolved.x.values.compactMap { v in resolved.x.fraction(v).map { box.x + $0 * box.width } }
        let ys = resolved.y.values.compactMap { v in resolved.yFraction(v).map { box.y + (1 - $0) * box.height } }
        if axes.XGrid { for x in xs { doc.line(Point2(x: x, y: box.y), Point2(x: x, y: box.y + box.height), stroke: grid, width: 0.5) } }
        if axes.YGrid { for y in ys { doc.line(Point2(x: box.x, y: y), Point2(x: box.x + box.width, y: y), stroke: grid, width: 0.5) } }

        drawSeries(axes, resolved, in: box, keepAspect: false, into: &doc)

        let ink = "#262626"
        doc.rect(x: box.x, y: box.y, width: box.width, height: box.height, fill: "none", stroke: ink, strokeWidth: 0.75)
        let tick = min(6, 0.015 * max(box.width, box.height))
        for (x, label) in zip(xs, resolved.x.labels) {
            doc.line(Point2(x: x, y: box.y + box.height), Point2(x: x, y: box.y + box.height - tick), stroke: ink, width: 0.75)
            doc.line(Point2(x: x, y: box.y), Point2(x: x, y: box.y + tick), stroke: ink, width: 0.75)
            doc.text(label, x: x, y: box.y + box.height + 14)
        }
        for (y, label) in zip(ys, resolved.y.labels) {
            doc.line(Point2(x: box.x, y: y), Point2(x: box.x + tick, y: y), stroke: ink, width: 0.75)
            doc.line(Point2(x: box.x + box.width, y: y), Point2(x: box.x + box.width - tick, y: y), stroke: ink, width: 0.75)
            doc.text(label, x: box.x - 5, y: y + 3.5, anchor: "end")
        }
        if resolved.y.exponent != 0 { doc.text(resolved.y.exponentLabel, x: box.x, y: box.y - 4, anchor: "start") }
        if resolved.x.exponent != 0 {
            doc.text(resolved.x.exponentLabel, x: box.x + box.width, y: box.y + box.height + 27, anchor: "end")
        }
        if !axes.Title.isEmpty { doc.text(axes.Title.String, x: box.x + box.width / 2, y: frame.y + 17, size: 11, bold: true) }
        if !axes.XLabel.isEmpty {
            doc.text(axes.XLabel.String, x: box.x + box.width / 2, y: box.y + box.height + 32, size: 11)
        }
        if !axes.YLabel.isEmpty {
            let labelWidth = Double(resolved.y.labels.map(\.count).max() ?? 1) * 6
            let x = max(frame.x + 12, box.x - labelWidth - 14)
            doc.text(axes.YLabel.String, x: x, y: box.y + box.height / 2, size: 11, rotate: -90)
        }
        drawLegend(axes, box: box, into: &doc)
    }

    /// MATLAB's legend box: white, thin border, a sample and a name per entry, placed by `Location`.
    func drawLegend(_ axes: Axes, box: Frame, into doc: inout SVGDocument) {
        guard let legend = axes.Legend, legend.Visible else { return }
        let entries = axes.Children.filter { !$0.displayName.isEmpty }
        guard !entries.isEmpty else { return }
        let rowHeight = 15.0
        let textWidth = Double(entries.map(\.displayName.count).max() ?? 0) * 5.8
        let width = 34 + textWidth + 8, height = Double(entries.count) * rowHeight + 6
        let location = legend.Location.lowercased()
        let x = location.hasSuffix("west") ? box.x + 6 : box.x + box.width - width - 6
        let y = location.hasPrefix("south") ? box.y + box.height - height - 6 : box.y + 6
        doc.rect(x: x, y: y, width: width, height: height, fill: "#FFFFFF", stroke: "#262626", strokeWidth: 0.5)
        for (k, series) in entries.enumerated() {
            let cy = y + 3 + rowHeight * (Double(k) + 0.5)
            let color = series.legendColor.hex
            switch series {
            case .line(let s):
                if s.LineStyle != .none {
                    doc.polyline([Point2(x: x + 5, y: cy), Point2(x: x + 28, y: cy)], stroke: color,
                                 width: max(1, s.LineWidth * 1.33), dash: dashArray(s.LineStyle))
                }
                if s.Marker != .none { drawMarker(s.Marker, at: Point2(x: x + 16.5, y: cy), color: color, into: &doc) }
            default:
                doc.rect(x: x + 9, y: cy - 5, width: 15, height: 10, fill: color, stroke: "#262626", strokeWidth: 0.5)
            }
            doc.text(series.displayName, x: x + 33, y: cy + 3.5, anchor: "start")
        }
    }

    /// The stroke dash pattern for a line style, nil for solid.
    func dashArray(_ style: LineStyle) -> String? {
        switch style {
        case .solid, .none: nil
        case .dashed: "6,4"
        case .dotted: "1.5,3"
        case .dashDot: "6,3,1.5,3"
        }
    }

    /// A marker shape centred on a point.
    func drawMarker(_ marker: Marker, at p: Point2, color: String, into doc: inout SVGDocument) {
        let n = SVGDocument.number
        let r = 3.0
        switch marker {
        case .none:
            return
        case .circle:
            doc.raw("<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\" fill=\"none\" stroke=\"\(color)\"/>\n")
        case .point:
            doc.raw("<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"1.5\" fill=\"\(color)\"/>\n")
        case .square:
            doc.rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r, fill: "none", stroke: color)
        case .plus, .asterisk, .cross:
            let d = marker == .cross ? r * 0.8 : r
            if marker != .cross {
                doc.line(Point2(x: p.x - r, y: p.y), Point2(x: p.x + r, y: p.y), stroke: color)
                doc.line(Point2(x: p.x, y: p.y - r), Point2(x: p.x, y: p.y + r), stroke: color)
            }
            if marker != .plus {
                doc.line(Point2(x: p.x - d, y: p.y - d), Point2(x: p.x + d, y: p.y + d), stroke: color)
                doc.line(Point2(x: p.x - d, y: p.y + d), Point2(x: p.x + d, y: p.y - d), stroke: color)
            }
        case .diamond:
            doc.polygon([Point2(x: p.x, y: p.y - r), Point2(x: p.x + r, y: p.y), Point2(x: p.x, y: p.y + r), Point2(x: p.x - r, y: p.y)],
                        fill: "none", stroke: color, width: 1)
        case .triangleUp, .triangleDown:
            let s = marker == .triangleUp ? -1.0 : 1.0
            doc.polygon([Point2(x: p.x, y: p.y + s * r), Point2(x: p.x + r, y: p.y - s * r), Point2(x: p.x - r, y: p.y - s * r)],
                        fill: "none", stroke: color, width: 1)
        }
    }
}
