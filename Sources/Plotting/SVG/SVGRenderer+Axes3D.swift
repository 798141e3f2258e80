extension SVGRenderer {
    /// A 3-D axes projected with MATLAB's view convention: white back planes, the three labelled axis
    /// lines with ticks and tick labels, polygons and lines painted far to near, axis labels and title.
    func axes3D(_ axes: Axes, in frame: Frame, into doc: inout SVGDocument) {
        let titleSpace = axes.Title.isEmpty ? 8.0 : 24.0
        let margin = 0.06 * min(frame.width, frame.height) + 30
        let inner = Frame(x: frame.x + margin, y: frame.y + titleSpace + 6,
                          width: max(10, frame.width - 2 * margin), height: max(10, frame.height - titleSpace - 6 - margin))
        let resolved = ResolvedAxes(axes, xTarget: 4, yTarget: 4, zTarget: 4)
        let view = axes.View.count == 2 ? axes.View : [-37.5, 30]
        let projection = ViewProjection(axes: resolved, azimuth: view[0], elevation: view[1])
        let map = projection.viewportMapper(left: inner.x, top: inner.y, width: inner.width, height: inner.height)
        func at(_ c: (Double, Double, Double)) -> Point2 {
            let p = projection.projectNormalised(c.0, c.1, c.2)
            return map(p.x, p.y)
        }
        drawBackPlanes(projection, at, grid: [axes.XGrid, axes.YGrid, axes.ZGrid], into: &doc)

        var shapes: [(depth: Double, points: [Point2], face: RGB?, edge: RGB?, closed: Bool, style: LineStyle, width: Double)] = []
        for series in axes.Children {
            switch series {
            case .patch(let s):
                let projected = projection.projectClipped(polygon: s.finiteVertices)
                guard !projected.isEmpty else { continue }
                let depth = projected.map(\.depth).reduce(0, +) / Double(projected.count)
                shapes.append((depth, projected.map { map($0.x, $0.y) }, s.FaceColor, s.EdgeColor, true, .solid, 0.5))
            case .line(let s):
                let points = s.XData.indices.map { Point3(x: s.XData[$0], y: s.YData[$0], z: s.ZData.isEmpty ? 0 : s.ZData[$0]) }
                for run in projection.projectClipped(line: points) {
                    let depth = run.map(\.depth).reduce(0, +) / Double(run.count)
                    shapes.append((depth, run.map { map($0.x, $0.y) }, nil, s.Color, false, s.LineStyle, max(1, s.LineWidth * 1.33)))
                }
            default:
                continue
            }
        }
        shapes.sort { $0.depth < $1.depth }
        for shape in shapes {
            if shape.closed {
                doc.polygon(shape.points, fill: shape.face?.hex ?? "none", stroke: shape.edge?.hex ?? "none", width: shape.width)
            } else {
                doc.polyline(shape.points, stroke: shape.edge?.hex ?? "#000000", width: shape.width, dash: dashArray(shape.style))
            }
        }

        let centre = at((0, 0, 0))
        let edges = projection.labelledEdges()
        let ink = "#262626"
        var placed: [Frame] = []
        func place(_ text: String, x: Double, y: Double, anchor: String, size: Double = 10) {
            let width = Double(text.count) * size * 0.55
            var x = x
            var left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x
            let shift = max(0, frame.x + 2 - left) - max(0, left + width - (frame.x + frame.width - 2))
            x += shift
            left += shift
            let box = Frame(x: left, y: y - size, width: width, height: size * 1.1)
            let overlaps = placed.contains {
                box.x < $0.x + $0.width && $0.x < box.x + box.width && box.y < $0.y + $0.height && $0.y < box.y + box.height
            }
            guard !overlaps else { return }
            placed.append(box)
            doc.text(text, x: x, y: y, size: size, anchor: anchor)
        }
        let info: [(AxisTicks, ((Double, Double, Double), (Double, Double, Double)), TextLabel, Int)] = [
            (resolved.x, edges.x, axes.XLabel, 0), (resolved.y, edges.y, axes.YLabel, 1), (resolved.z, edges.z, axes.ZLabel, 2),
        ]
        for (ticks, edge, label, index) in info {
            doc.line(at(edge.0), at(edge.1), stroke: ink, width: 0.75)
            for (value, text) in zip(ticks.values, ticks.labels) {
                guard let f = ticks.fraction(value) else { continue }
                var c = [edge.0.0, edge.0.1, edge.0.2]
                c[index] = f - 0.5
                let p = at((c[0], c[1], c[2]))
                let out = outward(from: centre, to: p, index == 2 ? at((c[0], c[1], -0.5)) : p)
                doc.line(p, Point2(x: p.x + out.x * 5, y: p.y + out.y * 5), stroke: ink, width: 0.75)
                let anchor = out.x < -0.35 ? "end" : out.x > 0.35 ? "start" : "middle"
                place(text, x: p.x + out.x * 10, y: p.y + out.y * 10 + 3.5, anchor: anchor)
            }
            if !label.isEmpty && index == 2 {
                let mid = at((edge.0.0, edge.0.1, 0))
                let widest = Double(ticks.labels.map(\.count).max() ?? 1) * 5.5
                doc.text(label.String, x: max(frame.x + 10, mid.x - widest - 20), y: mid.y, size: 11, rotate: -90)
            } else if !label.isEmpty {
                var c = [edge.0.0, edge.0.1, edge.0.2]
                c[index] = 0
                let p = at((c[0], c[1], c[2]))
                let out = outward(from: centre, to: p, p)
                let anchor = out.x < -0.35 ? "end" : out.x > 0.35 ? "start" : "middle"
                place(label.String, x: p.x + out.x * 30, y: p.y + out.y * 26 + 4, anchor: anchor, size: 11)
            }
        }
        if let exp = Optional(resolved.z.exponentLabel), !exp.isEmpty {
            doc.text(exp, x: at(edges.z.1).x, y: at(edges.z.1).y - 8, anchor: "middle")
        }
        if !axes.Title.isEmpty { doc.text(axes.Title.String, x: frame.x + frame.width / 2, y: frame.y + 16, size: 11, bold: true) }
        drawLegend(axes, box: inner, into: &doc)
    }

    /// The unit direction from the box centre towards `p` (z ticks use their floor point, so they point sideways).
    private func outward(from centre: Point2, to p: Point2, _ reference: Point2) -> Point2 {
        var dx = reference.x - centre.x, dy = reference.y - centre.y
        if reference == p && dx == 0 && dy == 0 { dy = 1 }
        if reference != p { dy = 0; dx = dx == 0 ? -1 : dx }
        let length = max(1e-9, (dx * dx + dy * dy).squareRoot())
        return Point2(x: dx / length, y: dy / length)
    }

    /// The three faces of the plot box furthest from the viewer, filled white with a light outline, as MATLAB
    /// draws them; with `grid on` each carries grid lines at the ticks of its two axes.
    private func drawBackPlanes(_ projection: ViewProjection, _ at: ((Double, Double, Double)) -> Point2, grid: [Bool],
                                into doc: inout SVGDocument) {
        let r = projection.axes
        let tickFractions = [r.x, r.y, r.z].map { ticks in ticks.values.compactMap { ticks.fraction($0) }.map { $0 - 0.5 } }
        for normal in 0..<3 {
            for side in [-0.5, 0.5] {
                var centre = [0.0, 0.0, 0.0]
                centre[normal] = side
                guard projection.projectNormalised(centre[0], centre[1], centre[2]).depth < -1e-9 else { continue }
                let (u, v) = ((normal + 1) % 3, (normal + 2) % 3)
                func corner(_ a: Double, _ b: Double) -> (Double, Double, Double) {
                    var c = [0.0, 0.0, 0.0]
                    c[normal] = side
                    c[u] = a
                    c[v] = b
                    return (c[0], c[1], c[2])
                }
                doc.polygon([corner(-0.5, -0.5), corner(0.5, -0.5), corner(0.5, 0.5), corner(-0.5, 0.5)].map(at),
                            fill: "#FFFFFF", stroke: "#EBEBEB", width: 0.5)
                for along in [u, v] where grid[along] {
                    for f in tickFractions[along] {
                        let a = along == u ? corner(f, -0.5) : corner(-0.5, f)
                        let b = along == u ? corner(f, 0.5) : corner(0.5, f)
                        doc.line(at(a), at(b), stroke: "#DFDFDF", width: 0.5)
                    }
                }
            }
        }
    }
}
