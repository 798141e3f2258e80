extension TerminalRenderer {
    /// A 3-D axes drawn as a projection for its view: the plot-box floor and z edge, then polygons far to near,
    /// each hiding what lies behind it, then tick labels along the axes MATLAB labels.
    func projection(_ axes: Axes, width w: Int, height h: Int) -> CellCanvas {
        var canvas = CellCanvas(width: w, height: h)
        var top = 0
        if !axes.Title.isEmpty {
            canvas.writeCentred(axes.Title.String, 0, span: w, 0)
            top = 1
        }
        let area = PlotArea(x: 6, y: top + 1, width: w - 9, height: h - top - 3)
        guard area.width >= 2, area.height >= 2 else { return canvas }
        let resolved = ResolvedAxes(axes, xTarget: 3, yTarget: 3, zTarget: 3)
        let view = axes.View.count == 2 ? axes.View : [-37.5, 30]
        let projection = ViewProjection(axes: resolved, azimuth: view[0], elevation: view[1])
        var dots = BrailleLayer(columns: area.width, rows: area.height)
        var fills = [RGB?](repeating: nil, count: area.width * area.height)
        let map = projection.viewportMapper(left: 0, top: 0, width: Double(dots.dotWidth - 1),
                                            height: Double(dots.dotHeight - 1))
        func at(_ c: (Double, Double, Double)) -> Point2 {
            let p = projection.projectNormalised(c.0, c.1, c.2)
            return map(p.x, p.y)
        }
        let boxColor = RGB(0.5, 0.5, 0.5)
        var phase = 0
        let floor = [(-0.5, -0.5, -0.5), (0.5, -0.5, -0.5), (0.5, 0.5, -0.5), (-0.5, 0.5, -0.5)]
        for k in 0..<4 { dots.line(from: at(floor[k]), to: at(floor[(k + 1) % 4]), boxColor, style: .dotted, phase: &phase) }
        let edges = projection.labelledEdges()
        dots.line(from: at(edges.z.0), to: at(edges.z.1), boxColor, style: .dotted, phase: &phase)

        var shapes: [(depth: Double, points: [Point2], face: RGB?, edge: RGB?, closed: Bool, style: LineStyle)] = []
        for series in axes.Children {
            switch series {
            case .patch(let s):
                let projected = projection.projectClipped(polygon: s.finiteVertices)
                guard !projected.isEmpty else { continue }
                let depth = projected.map(\.depth).reduce(0, +) / Double(projected.count)
                shapes.append((depth, projected.map { map($0.x, $0.y) }, s.FaceColor, s.EdgeColor, true, .solid))
            case .line(let s):
                let points = s.XData.indices.map { Point3(x: s.XData[$0], y: s.YData[$0], z: s.ZData.isEmpty ? 0 : s.ZData[$0]) }
                for run in projection.projectClipped(line: points) {
                    let depth = run.map(\.depth).reduce(0, +) / Double(run.count)
                    shapes.append((depth, run.map { map($0.x, $0.y) }, nil, s.Color, false, s.LineStyle))
                }
            default:
                continue
            }
        }
        shapes.sort { $0.depth < $1.depth }
        for shape in shapes {
            if shape.face != nil && shape.points.count >= 3 {
                PolygonFill.scan(shape.points, rows: 0..<dots.dotHeight, columns: 0..<dots.dotWidth) { x, y in
                    dots.clear(x, y)
                }
                PolygonFill.scan(shape.points, rows: 0..<area.height, columns: 0..<area.width, scaleX: 2, scaleY: 4,
                                 offsetX: 0.25, offsetY: 0.375) { x, y in
                    fills[y * area.width + x] = shape.face
                }
            }
            let color = shape.edge ?? shape.face
            let count = shape.points.count
            for k in 0..<(shape.closed ? count : count - 1) {
                dots.line(from: shape.points[k], to: shape.points[(k + 1) % count], color, style: shape.style, phase: &phase)
            }
        }
        dots.composite(onto: &canvas, area.x, area.y)
        if options.color != .off {
            for y in 0..<area.height {
                for x in 0..<area.width {
                    guard let face = fills[y * area.width + x] else { continue }
                    var cell = canvas[area.x + x, area.y + y]
                    cell.background = face
                    canvas[area.x + x, area.y + y] = cell
                }
            }
        }
        let centre = at((0, 0, 0))
        func cell(_ p: Point2) -> (Int, Int) { (area.x + Int(p.x / 2), area.y + Int(p.y / 4)) }
        func place(_ text: String, near p: Point2, push: Double) {
            guard abs(p.x) < 1e5, abs(p.y) < 1e5 else { return }
            let dx = p.x - centre.x, dy = (p.y - centre.y) / 2
            let length = max(1e-9, (dx * dx + dy * dy).squareRoot())
            let (cx, cy) = cell(Point2(x: p.x + dx / length * push * 2, y: p.y + dy / length * push * 4))
            let start = dx < -0.3 * length ? cx - text.count + 1 : (dx > 0.3 * length ? cx : cx - text.count / 2)
            let x = min(max(0, start), max(0, w - text.count))
            if canvas.isBlank(x, cy, count: text.count) { canvas.write(text, x, cy) }
        }
        let axesInfo: [(AxisTicks, ((Double, Double, Double), (Double, Double, Double)), TextLabel, Int)] = [
            (resolved.x, edges.x, axes.XLabel, 0), (resolved.y, edges.y, axes.YLabel, 1), (resolved.z, edges.z, axes.ZLabel, 2),
        ]
        for (ticks, edge, label, index) in axesInfo {
            for (value, text) in zip(ticks.values, ticks.labels) {
                guard let f = ticks.fraction(value) else { continue }
                var c = [edge.0.0, edge.0.1, edge.0.2]
                c[index] = f - 0.5
                place(text, near: at((c[0], c[1], c[2])), push: 1.2)
            }
            if !label.isEmpty {
                var c = [edge.0.0, edge.0.1, edge.0.2]
                c[index] = 0
                place(label.String, near: at((c[0], c[1], c[2])), push: 3)
            }
        }
        return canvas
    }
}
