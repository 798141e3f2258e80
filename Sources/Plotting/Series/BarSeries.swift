/// Vertical bars (`bar`): one bar per x value rising from 0 to y.
public struct BarSeries: Equatable, Sendable {
    /// Bar centres.
    public var XData: [Double]
    /// Bar heights; NaN draws no bar.
    public var YData: [Double]
    /// Width as a fraction of the smallest spacing between centres (MATLAB's default 0.8).
    public var BarWidth: Double
    /// Fill colour.
    public var FaceColor: RGB
    /// Name shown in the legend.
    public var DisplayName: String
    /// How far this series' bars sit from their `XData`, as a fraction of the spacing between
    /// centres: 0 alone, and for grouped bars (`bar` of a matrix) the series' place in its group.
    public var XOffset: Double
    /// The share of the spacing this series' bars may fill: 1 alone, `groupWidth / n` for one of
    /// `n` grouped series.
    public var GroupShare: Double

    /// Makes bars; throws when the counts differ.
    public init(x: [Double], y: [Double], barWidth: Double = 0.8, faceColor: RGB = RGB.colorOrder[0],
                displayName: String = "") throws(PlotError) {
        guard x.count == y.count else { throw .lengthMismatch(function: "bar", counts: [x.count, y.count]) }
        XData = x
        YData = y
        BarWidth = barWidth
        FaceColor = faceColor
        DisplayName = displayName
        XOffset = 0
        GroupShare = 1
    }

    /// Places series `index` (0-based) of `count` grouped series side by side around each x, as
    /// MATLAB's `bar` does for a matrix: the group fills `min(0.8, n / (n + 1.5))` of the spacing.
    public mutating func group(_ index: Int, of count: Int) {
        guard count > 1, index >= 0, index < count else { return }
        let n = Double(count)
        let groupWidth = min(0.8, n / (n + 1.5))
        GroupShare = groupWidth / n
        XOffset = (Double(index) - (n - 1) / 2) * GroupShare
    }

    /// Bars at 1…n, as `bar(y)` does.
    public init(y: [Double], faceColor: RGB = RGB.colorOrder[0]) {
        XData = y.indices.map { Double($0 + 1) }
        YData = y
        BarWidth = 0.8
        FaceColor = faceColor
        DisplayName = ""
        XOffset = 0
        GroupShare = 1
    }

    /// The smallest spacing between bar centres in data units (1 for a single bar).
    var spacing: Double {
        let xs = XData.filter(\.isFinite).sorted()
        guard xs.count > 1 else { return 1 }
        return zip(xs, xs.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min() ?? 1
    }

    /// Half the drawn width of each bar in data units.
    var halfWidth: Double { spacing * BarWidth * GroupShare / 2 }

    /// The drawn centres of the bars: `XData` moved by the series' place in its group.
    var drawnCentres: [Double] {
        let shift = XOffset * spacing
        return shift == 0 ? XData : XData.map { $0 + shift }
    }
}
