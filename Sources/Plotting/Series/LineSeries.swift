/// A line (`plot`, `semilogy`, `plot3`): points joined in order; NaN or Inf coordinates break the line.
public struct LineSeries: Equatable, Sendable {
    /// x coordinates.
    public var XData: [Double]
    /// y coordinates, as many as `XData`.
    public var YData: [Double]
    /// z coordinates for a 3-D line, empty for 2-D.
    public var ZData: [Double]
    /// Line colour.
    public var Color: RGB
    /// Dash pattern.
    public var LineStyle: Plotting.LineStyle
    /// Marker at each point.
    public var Marker: Plotting.Marker
    /// Width in points (MATLAB's default 0.5).
    public var LineWidth: Double
    /// Name shown in the legend.
    public var DisplayName: String

    /// Makes a line; throws when the coordinate counts differ.
    public init(
        x: [Double], y: [Double], z: [Double] = [], color: RGB = RGB.colorOrder[0],
        lineStyle: Plotting.LineStyle = .solid, marker: Plotting.Marker = .none, lineWidth: Double = 0.5,
        displayName: String = ""
    ) throws(PlotError) {
        guard x.count == y.count, z.isEmpty || z.count == x.count else {
            throw .lengthMismatch(function: "plot", counts: z.isEmpty ? [x.count, y.count] : [x.count, y.count, z.count])
        }
        XData = x
        YData = y
        ZData = z
        Color = color
        self.LineStyle = lineStyle
        self.Marker = marker
        LineWidth = lineWidth
        DisplayName = displayName
    }

    /// Makes a line against the indices 1…n, as `plot(y)` does.
    public init(y: [Double], color: RGB = RGB.colorOrder[0]) {
        XData = y.indices.map { Double($0 + 1) }
        YData = y
        ZData = []
        Color = color
        LineStyle = .solid
        Marker = .none
        LineWidth = 0.5
        DisplayName = ""
    }

    /// Applies a parsed line spec's parts that were given.
    public mutating func apply(_ spec: LineSpec) {
        if let c = spec.color { Color = c }
        LineStyle = spec.effectiveLineStyle
        Marker = spec.marker ?? Marker
    }
}
