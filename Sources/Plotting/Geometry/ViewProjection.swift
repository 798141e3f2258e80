/// MATLAB's 3-D view transform (`viewmtx(az, el)`) applied to data normalised to the unit plot box.
///
/// Each axis is first scaled so its limits span −½…½ (a cubic plot box, MATLAB's default for 3-D).
/// Then, with azimuth a and elevation e in degrees,
/// screen x = cos a·x + sin a·y, screen y (up) = −sin e·sin a·x + sin e·cos a·y + cos e·z,
/// depth (towards the viewer) = cos e·sin a·x − cos e·cos a·y + sin e·z.
struct ViewProjection {
    let axes: ResolvedAxes
    private let ca: Double, sa: Double, ce: Double, se: Double

    init(axes: ResolvedAxes, azimuth: Double, elevation: Double) {
        self.axes = axes
        ca = Math.cosDegrees(azimuth)
        sa = Math.sinDegrees(azimuth)
        ce = Math.cosDegrees(elevation)
        se = Math.sinDegrees(elevation)
    }

    /// Screen x, screen y (up) and depth of a data point; nil if a coordinate cannot be placed.
    func project(_ p: Point3) -> (x: Double, y: Double, depth: Double)? {
        guard let fx = axes.x.fraction(p.x), let fy = axes.y.fraction(p.y), let fz = axes.z.fraction(p.z) else { return nil }
        return projectNormalised(fx - 0.5, fy - 0.5, fz - 0.5)
    }

    /// The point's position in the plot box as fractions 0…1 per axis (outside the limits: beyond 0…1).
    func fractions(_ p: Point3) -> BoxClipping.Vertex? {
        guard let fx = axes.x.fraction(p.x), let fy = axes.y.fraction(p.y), let fz = axes.z.fraction(p.z) else { return nil }
        return (fx, fy, fz)
    }

    /// A polygon clipped to the plot box and projected: screen x, screen y (up) and depth per vertex.
    func projectClipped(polygon points: [Point3]) -> [(x: Double, y: Double, depth: Double)] {
        let inside = BoxClipping.polygon(points.compactMap(fractions))
        return inside.map { projectNormalised($0.0 - 0.5, $0.1 - 0.5, $0.2 - 0.5) }
    }

    /// A polyline clipped to the plot box and projected, as runs broken at gaps and where it leaves the box.
    func projectClipped(line points: [Point3]) -> [[(x: Double, y: Double, depth: Double)]] {
        var runs: [[(x: Double, y: Double, depth: Double)]] = []
        var run: [(x: Double, y: Double, depth: Double)] = []
        var previous: BoxClipping.Vertex?
        func flush() {
            if run.count > 1 { runs.append(run) }
            run = []
        }
        for point in points {
            guard let f = fractions(point) else { flush(); previous = nil; continue }
            defer { previous = f }
            guard let p = previous else { continue }
            guard let (a, b) = BoxClipping.segment(p, f) else { flush(); continue }
            let pa = projectNormalised(a.0 - 0.5, a.1 - 0.5, a.2 - 0.5)
            if run.isEmpty || a != p { flush(); run.append(pa) }
            run.append(projectNormalised(b.0 - 0.5, b.1 - 0.5, b.2 - 0.5))
            if b != f { flush() }
        }
        flush()
        if points.count == 1, let f = fractions(points[0]), BoxClipping.segment(f, f) != nil {
            let p = projectNormalised(f.0 - 0.5, f.1 - 0.5, f.2 - 0.5)
            runs.append([p, p])
        }
        return runs
    }

    /// Projection of a point given as plot-box fractions centred on 0.
    func projectNormalised(_ x: Double, _ y: Double, _ z: Double) -> (x: Double, y: Double, depth: Double) {
        (ca * x + sa * y, -se * sa * x + se * ca * y + ce * z, ce * sa * x - ce * ca * y + se * z)
    }

    /// The eight corners of the plot box, as (x, y, z) fractions in −½…½.
    static let corners: [(Double, Double, Double)] = [
        (-0.5, -0.5, -0.5), (0.5, -0.5, -0.5), (-0.5, 0.5, -0.5), (0.5, 0.5, -0.5),
        (-0.5, -0.5, 0.5), (0.5, -0.5, 0.5), (-0.5, 0.5, 0.5), (0.5, 0.5, 0.5),
    ]

    /// Screen bounds of the plot box: min x, max x, min y, max y.
    var bounds: (minX: Double, maxX: Double, minY: Double, maxY: Double) {
        let points = ViewProjection.corners.map { projectNormalised($0.0, $0.1, $0.2) }
        return (points.map(\.x).min() ?? 0, points.map(\.x).max() ?? 1,
                points.map(\.y).min() ?? 0, points.map(\.y).max() ?? 1)
    }

    /// Maps projected coordinates into a viewport (x right, y down), stretching the plot box to fill it
    /// as MATLAB's stretch-to-fill axes do.
    func viewportMapper(left: Double, top: Double, width: Double, height: Double) -> (Double, Double) -> Point2 {
        let b = bounds
        let scaleX = width / max(b.maxX - b.minX, 1e-9), scaleY = height / max(b.maxY - b.minY, 1e-9)
        return { sx, sy in Point2(x: left + (sx - b.minX) * scaleX, y: top + (b.maxY - sy) * scaleY) }
    }

    /// The axis edges MATLAB labels: for x and y the floor edge nearer the bottom of the screen,
    /// for z the vertical edge at the leftmost floor corner. Each edge is (start, end) in fractions −½…½.
    func labelledEdges() -> (x: ((Double, Double, Double), (Double, Double, Double)),
                             y: ((Double, Double, Double), (Double, Double, Double)),
                             z: ((Double, Double, Double), (Double, Double, Double))) {
        func lower(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
            (projectNormalised(a.0, a.1, a.2).y + projectNormalised(b.0, b.1, b.2).y) / 2
        }
        let xEdges = [(-0.5, -0.5), (-0.5, 0.5)].map { _, y in ((-0.5, y, -0.5), (0.5, y, -0.5)) }
        let yEdges = [(-0.5, -0.5), (0.5, -0.5)].map { x, _ in ((x, -0.5, -0.5), (x, 0.5, -0.5)) }
        let xEdge = xEdges.min { lower($0.0, $0.1) < lower($1.0, $1.1) } ?? xEdges[0]
        let yEdge = yEdges.min { lower($0.0, $0.1) < lower($1.0, $1.1) } ?? yEdges[0]
        let floor = [(-0.5, -0.5), (0.5, -0.5), (-0.5, 0.5), (0.5, 0.5)]
        let left = floor.min { projectNormalised($0.0, $0.1, -0.5).x < projectNormalised($1.0, $1.1, -0.5).x } ?? floor[0]
        return (xEdge, yEdge, ((left.0, left.1, -0.5), (left.0, left.1, 0.5)))
    }
}
