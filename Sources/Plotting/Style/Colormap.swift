/// An n×3 table of colours, as MATLAB's `colormap` holds it; row 1 maps the low end of `CLim`.
public struct Colormap: Equatable, Sendable {
    /// The rows, low to high.
    public var colors: [RGB]

    /// Wraps explicit rows (at least one).
    public init(colors: [RGB]) throws(PlotError) {
        guard !colors.isEmpty else { throw .invalidColormap("a colormap needs at least one row") }
        self.colors = colors
    }

    private init(unchecked colors: [RGB]) { self.colors = colors }

    /// The number of rows.
    public var count: Int { colors.count }

    /// The colour for a fraction 0…1 of the range (clamped), picking a row as MATLAB's scaled mapping does.
    public func color(atFraction f: Double) -> RGB {
        let t = f.isNaN ? 0 : min(1, max(0, f))
        let index = min(colors.count - 1, Int(t * Double(colors.count)))
        return colors[index]
    }

    /// A named colormap with `n` rows: `parula`, `gray`, `hot`, `jet`.
    public static func named(_ name: String, count n: Int = 256) throws(PlotError) -> Colormap {
        guard n >= 1 else { throw .invalidColormap("the number of colours must be positive, not \(n)") }
        switch name.lowercased() {
        case "parula": return parula(n)
        case "gray", "grey": return gray(n)
        case "hot": return hot(n)
        case "jet": return jet(n)
        default: throw .unknownColormap(name)
        }
    }

    /// MATLAB's `parula(n)`: blue → teal → green → orange → yellow.
    ///
    /// Built by linear interpolation between anchor colours sampled along MATLAB's parula table
    /// (at fractions 0, 1/8, …, 1), so `parula(50)` row 1 is dark blue and row 50 is yellow.
    public static func parula(_ n: Int) -> Colormap {
        interpolated(parulaAnchors, count: n)
    }

    /// MATLAB's `gray(n)`: black to white in equal steps.
    public static func gray(_ n: Int) -> Colormap {
        Colormap(unchecked: (0..<max(1, n)).map { i in
            let v = n > 1 ? Double(i) / Double(n - 1) : 0
            return RGB(v, v, v)
        })
    }

    /// MATLAB's `hot(n)`: black, red, yellow, white (red over the first 3/8, green the next 3/8, blue the rest).
    public static func hot(_ n: Int) -> Colormap {
        let n = max(1, n)
        let n1 = max(1, (3 * n) / 8)
        let n2 = max(1, (6 * n) / 8)
        return Colormap(unchecked: (0..<n).map { i in
            let r = min(1, Double(i + 1) / Double(n1))
            let g = i < n1 ? 0 : min(1, Double(i + 1 - n1) / Double(max(1, n2 - n1)))
            let b = i < n2 ? 0 : Double(i + 1 - n2) / Double(max(1, n - n2))
            return RGB(r, g, b)
        })
    }

    /// MATLAB's `jet(n)`: dark blue, blue, cyan, yellow, red, dark red.
    public static func jet(_ n: Int) -> Colormap {
        let n = max(1, n)
        return Colormap(unchecked: (0..<n).map { i in
            let t = n > 1 ? Double(i) / Double(n - 1) : 0.5
            func ramp(_ centre: Double) -> Double { min(1, max(0, 1.5 - abs(4 * t - centre))) }
            return RGB(ramp(3), ramp(2), ramp(1))
        })
    }

    private static func interpolated(_ anchors: [RGB], count n: Int) -> Colormap {
        let n = max(1, n)
        return Colormap(unchecked: (0..<n).map { i in
            let t = n > 1 ? Double(i) / Double(n - 1) : 0
            let x = t * Double(anchors.count - 1)
            let k = min(anchors.count - 2, Int(x))
            return anchors[k].mixed(with: anchors[k + 1], x - Double(k))
        })
    }

    private static let parulaAnchors: [RGB] = [
        RGB(0.2422, 0.1504, 0.6603),
        RGB(0.2813, 0.3006, 0.9414),
        RGB(0.1664, 0.4901, 0.9779),
        RGB(0.0590, 0.6359, 0.8503),
        RGB(0.1199, 0.7200, 0.7232),
        RGB(0.3310, 0.7888, 0.5209),
        RGB(0.6755, 0.7607, 0.2670),
        RGB(0.9736, 0.7324, 0.2478),
        RGB(0.9769, 0.9839, 0.0805),
    ]
}
