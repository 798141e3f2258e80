/// Clipping to the plot box in fraction space (each coordinate 0…1 inside the limits), so 3-D data beyond
/// fixed limits is cut at the box faces as MATLAB's `Clipping = "on"` does.
enum BoxClipping {
    typealias Vertex = (Double, Double, Double)

    /// Sutherland–Hodgman clipping of a closed polygon against the six faces of the unit cube.
    static func polygon(_ vertices: [Vertex]) -> [Vertex] {
        var current = vertices
        for axis in 0..<3 {
            for keepAbove in [true, false] {
                guard !current.isEmpty else { return [] }
                let bound = keepAbove ? 0.0 : 1.0
                func inside(_ v: Vertex) -> Bool {
                    let c = coordinate(v, axis)
                    return keepAbove ? c >= bound : c <= bound
                }
                var output: [Vertex] = []
                output.reserveCapacity(current.count + 2)
                for k in current.indices {
                    let a = current[k], b = current[(k + 1) % current.count]
                    let aIn = inside(a), bIn = inside(b)
                    if aIn { output.append(a) }
                    if aIn != bIn { output.append(crossing(a, b, axis, bound)) }
                }
                current = output
            }
        }
        return current
    }

    /// The part of segment a–b inside the unit cube (Liang–Barsky), or nil.
    static func segment(_ a: Vertex, _ b: Vertex) -> (Vertex, Vertex)? {
        var t0 = 0.0, t1 = 1.0
        for axis in 0..<3 {
            let p = coordinate(a, axis), d = coordinate(b, axis) - p
            for (q, r) in [(-d, p), (d, 1 - p)] {
                if q == 0 {
                    if r < 0 { return nil }
                } else {
                    let t = r / q
                    if q < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                    if t0 > t1 { return nil }
                }
            }
        }
        return (lerp(a, b, t0), lerp(a, b, t1))
    }

    private static func coordinate(_ v: Vertex, _ axis: Int) -> Double { axis == 0 ? v.0 : axis == 1 ? v.1 : v.2 }

    private static func crossing(_ a: Vertex, _ b: Vertex, _ axis: Int, _ bound: Double) -> Vertex {
        let ca = coordinate(a, axis), cb = coordinate(b, axis)
        return lerp(a, b, cb == ca ? 0 : (bound - ca) / (cb - ca))
    }

    private static func lerp(_ a: Vertex, _ b: Vertex, _ t: Double) -> Vertex {
        (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
    }
}
