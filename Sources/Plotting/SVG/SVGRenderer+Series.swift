extension SVGRenderer {
    /// Draws the series of a 2-D axes inside `box`, clipped to it.
    func drawSeries(_ axes: Axes, _ r: ResolvedAxes, in box: Frame, keepAspect: Bool, into doc: inout SVGDocument) {
        let clip = doc.uniqueID("clip")
        let n = SVGDocument.number
        doc.raw("<clipPath id=\"\(clip)\"><rect x=\"\(n(box.x))\" y=\"\(n(box.y))\" width=\"\(n(box.width))\" height=\"\(n(box.height))\"/></clipPath>\n")
        doc.raw("<g clip-path=\"url(#\(clip))\">\n")
        func point(_ x: Double, _ y: Double) -> Point2? {
            guard let fx = r.x.fraction(x), let fy = r.yFraction(y) else { return nil }
            let p = Point2(x: box.x + fx * box.width, y: box.y + (1 - fy) * box.height)
            return abs(p.x) < 1e7 && abs(p.y) < 1e7 ? p : nil
        }
        let baseline = r.y.scale == .log ? r.y.lower : 0
        for series in axes.Children {
            switch series {
            case .line(let s):
                var run: [Point2] = []
                let width = max(1, s.LineWidth * 1.33)
                for k in s.XData.indices {
                    if let p = point(s.XData[k], s.YData[k]) {
                        run.append(p)
                    } else {
                        if s.LineStyle != .none { doc.polyline(run, stroke: s.Color.hex, width: width, dash: dashArray(s.LineStyle)) }
                        run = []
                    }
                }
                if s.LineStyle != .none { doc.polyline(run, stroke: s.Color.hex, width: width, dash: dashArray(s.LineStyle)) }
                if s.Marker != .none {
                    for k in s.XData.indices {
                        if let p = point(s.XData[k], s.YData[k]) { drawMarker(s.Marker, at: p, color: s.Color.hex, into: &doc) }
                    }
                }
            case .bar(let s):
                let hw = s.halfWidth
                for (x, y) in zip(s.drawnCentres, s.YData) {
                    guard let a = point(x - hw, baseline), let b = point(x + hw, y) else { continue }
                    doc.rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y),
                             fill: s.FaceColor.hex, stroke: "#262626", strokeWidth: 0.5)
                }
            case .histogram(let s):
                for (k, count) in s.Values.enumerated() {
                    guard let a = point(s.BinEdges[k], baseline), let b = point(s.BinEdges[k + 1], count) else { continue }
                    doc.rect(x: a.x, y: min(a.y, b.y), width: b.x - a.x, height: abs(b.y - a.y), fill: s.FaceColor.hex,
                             stroke: "#262626", strokeWidth: 0.5, extra: " fill-opacity=\"0.6\"")
                }
            case .patch(let s):
                let points = s.finiteVertices.compactMap { point($0.x, $0.y) }
                doc.polygon(points, fill: s.FaceColor?.hex ?? "none", stroke: s.EdgeColor?.hex ?? "none")
            case .image(let s):
                drawImage(s, colormap: axes.Colormap, box: box, keepAspect: keepAspect, into: &doc)
            }
        }
        doc.raw("</g>\n")
    }

    /// An image as rectangles, one per run of equal-coloured pixels in a row.
    private func drawImage(_ image: ImageSeries, colormap: Colormap, box: Frame, keepAspect: Bool, into doc: inout SVGDocument) {
        guard image.rows > 0, image.columns > 0 else { return }
        var pw = box.width / Double(image.columns), ph = box.height / Double(image.rows)
        if keepAspect { pw = min(pw, ph); ph = pw }
        let x0 = box.x + (box.width - pw * Double(image.columns)) / 2
        let y0 = box.y + (box.height - ph * Double(image.rows)) / 2
        let limits = image.resolvedCLim
        for i in 0..<image.rows {
            var j = 0
            while j < image.columns {
                let color = image.color(row: i, column: j, colormap: colormap, limits: limits)
                var end = j + 1
                while end < image.columns && image.color(row: i, column: end, colormap: colormap, limits: limits) == color { end += 1 }
                if let color {
                    doc.rect(x: x0 + Double(j) * pw, y: y0 + Double(i) * ph, width: Double(end - j) * pw + 0.3,
                             height: ph + 0.3, fill: color.hex)
                }
                j = end
            }
        }
    }
}
