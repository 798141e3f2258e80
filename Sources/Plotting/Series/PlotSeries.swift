/// One graphics object inside an axes, in drawing order (MATLAB's `Children`, reversed).
public enum PlotSeries: Equatable, Sendable {
    /// A line.
    case line(LineSeries)
    /// Bars.
    case bar(BarSeries)
    /// A histogram.
    case histogram(HistogramSeries)
    /// An image.
    case image(ImageSeries)
    /// A filled polygon.
    case patch(PatchSeries)

    /// The legend name, if the series has one.
    public var displayName: String {
        switch self {
        case .line(let s): s.DisplayName
        case .bar(let s): s.DisplayName
        case .histogram(let s): s.DisplayName
        case .image: ""
        case .patch(let s): s.DisplayName
        }
    }

    /// Whether the series has z data, so its axes is drawn in 3-D.
    public var isThreeD: Bool {
        switch self {
        case .line(let s): !s.ZData.isEmpty
        case .patch(let s): s.ZData.contains { $0 != 0 }
        default: false
        }
    }

    /// The colour a legend entry shows.
    var legendColor: RGB {
        switch self {
        case .line(let s): s.Color
        case .bar(let s): s.FaceColor
        case .histogram(let s): s.FaceColor
        case .image: .black
        case .patch(let s): s.FaceColor ?? s.EdgeColor ?? .black
        }
    }
}
