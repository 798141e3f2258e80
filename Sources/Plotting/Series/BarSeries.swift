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

    /// Makes bars; throws when the counts differ.
    public init(x: [Double], y: [Double], barWidth: Double = 0.8, faceColor: RGB = RGB.colorOrder[0],
                displayName: String = "") throws(PlotError) {
        guard x.count == y.count else { throw .lengthMismatch(function: "bar", counts: [x.count, y.count]) }
        XData = x
        YData = y
        BarWidth = barWidth
        FaceColor = faceColor
        DisplayName = displayName
    }

    /// Bars at 1…n, as `bar(y)` does.
    public init(y: [Double], faceColor: RGB = RGB.colorOrder[0]) {
        XData = y.indices.map { Double($0 + 1) }
        YData = y
        BarWidth = 0.8
        FaceColor = faceColor
        DisplayName = ""
    }

    /// Half the drawn width of each bar in data units.
    var halfWidth: Double {
        let xs = XData.filter(\.isFinite).sorted()
        var spacing = 1.0
        if xs.count > 1 {
            spacing = zip(xs, xs.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min() ?? 1
        }
        return spacing * BarWidth / 2
    }
}
