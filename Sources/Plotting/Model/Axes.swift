/// How an axis maps values: evenly, or by decades (`semilogy`, `loglog`).
public enum AxisScale: String, Equatable, Sendable {
    /// `"linear"`.
    case linear
    /// `"log"`: base-10 decades; values ≤ 0 are not drawn.
    case log
}

/// What the next plotting command does to existing series: `hold off` replaces, `hold on` adds.
public enum NextPlot: String, Equatable, Sendable {
    /// `hold off`: the next plot clears the axes and resets its properties.
    case replace
    /// `hold on`: the next plot adds to the axes.
    case add
}

/// Which axis of an axes.
public enum AxisName: String, Equatable, Sendable {
    /// The x axis.
    case x
    /// The y axis.
    case y
    /// The z axis.
    case z
}

/// One set of axes: series plus everything MATLAB's axes object carries, under MATLAB's property names.
///
/// Limits hold two values; an infinite or NaN end means "automatic" (`ylim([1 Inf])`).
public struct Axes: Equatable, Sendable {
    /// The title above the axes.
    public var Title = TextLabel()
    /// The x-axis label.
    public var XLabel = TextLabel()
    /// The y-axis label.
    public var YLabel = TextLabel()
    /// The z-axis label (3-D only).
    public var ZLabel = TextLabel()
    /// x limits; non-finite ends are automatic.
    public var XLim: [Double] = [-.infinity, .infinity]
    /// y limits; non-finite ends are automatic.
    public var YLim: [Double] = [-.infinity, .infinity]
    /// z limits; non-finite ends are automatic.
    public var ZLim: [Double] = [-.infinity, .infinity]
    /// x scale.
    public var XScale = AxisScale.linear
    /// y scale.
    public var YScale = AxisScale.linear
    /// Grid lines at the x ticks.
    public var XGrid = false
    /// Grid lines at the y ticks.
    public var YGrid = false
    /// Grid lines at the z ticks.
    public var ZGrid = false
    /// Hold state.
    public var NextPlot = Plotting.NextPlot.replace
    /// Camera direction `[azimuth elevation]` in degrees; `[0 90]` is the 2-D view from above.
    public var View: [Double] = [0, 90]
    /// The colormap for scaled images.
    public var Colormap = Plotting.Colormap.parula(256)
    /// The legend, if one was asked for.
    public var Legend: Plotting.Legend?
    /// Whether the axes lines, ticks and labels are drawn (`imshow` turns them off; the title stays).
    public var Visible = true
    /// The series in drawing order.
    public var Children: [PlotSeries] = []
    /// Which entry of the colour order the next line takes (0-based, cycles).
    public var ColorOrderIndex = 0

    /// A fresh axes with MATLAB's defaults.
    public init() {}

    /// Whether the axes is drawn in 3-D: a view other than straight down, or any 3-D series.
    public var is3D: Bool {
        !(View.count == 2 && View[0] == 0 && View[1] == 90) || Children.contains { $0.isThreeD }
    }

    /// Adds a series as a plotting command does: with `hold off` the axes is first reset to its
    /// defaults (so titles and labels set before a plot are cleared, as in MATLAB), and a 3-D series
    /// on a reset axes turns the view to MATLAB's default 3-D view `[-37.5 30]`.
    public mutating func add(_ series: PlotSeries) {
        if NextPlot == .replace {
            self = Axes()
            if series.isThreeD { View = [-37.5, 30] }
        }
        Children.append(series)
    }

    /// Adds lines as one `plot` call does: with `hold off` the axes is reset first (which restarts the
    /// colour order), then each line whose entry in `explicitColors` is not true takes the next colour of
    /// MATLAB's colour order, so `plot(x, [y1; y2])` draws blue then orange.
    public mutating func addLines(_ lines: [LineSeries], explicitColors: [Bool] = []) {
        guard !lines.isEmpty else { return }
        if NextPlot == .replace {
            self = Axes()
            if lines.contains(where: { !$0.ZData.isEmpty }) { View = [-37.5, 30] }
        }
        for (k, line) in lines.enumerated() {
            var line = line
            if !(k < explicitColors.count && explicitColors[k]) { line.Color = nextLineColor() }
            Children.append(.line(line))
        }
    }

    /// The colour the next line takes from MATLAB's colour order, advancing the order (it cycles after seven).
    public mutating func nextLineColor() -> RGB {
        let color = RGB.colorOrder[ColorOrderIndex % RGB.colorOrder.count]
        ColorOrderIndex += 1
        return color
    }

    /// Sets `xlim`/`ylim`/`zlim`: two values, increasing when both are finite; infinite ends are automatic.
    public mutating func setLimits(_ axis: AxisName, _ values: [Double]) throws(PlotError) {
        guard values.count == 2, !values.contains(where: \.isNaN),
              !(values[0].isFinite && values[1].isFinite && values[0] >= values[1]),
              values[0] != .infinity, values[1] != -.infinity else {
            throw .invalidLimits(axis: axis.rawValue, values: values)
        }
        switch axis {
        case .x: XLim = values
        case .y: YLim = values
        case .z: ZLim = values
        }
    }

    /// Sets the view from `[az el]`, or from `2` / `3` for MATLAB's default 2-D / 3-D views.
    public mutating func setView(_ values: [Double]) throws(PlotError) {
        if values == [2] { View = [0, 90]; return }
        if values == [3] { View = [-37.5, 30]; return }
        guard values.count == 2, values.allSatisfy(\.isFinite) else { throw .invalidView(values) }
        View = values
    }

    /// `legend(names)`: names the series in order (extra names are ignored) and shows the legend.
    public mutating func setLegend(_ names: [String]) {
        var k = 0
        for index in Children.indices where k < names.count {
            switch Children[index] {
            case .line(var s): s.DisplayName = names[k]; Children[index] = .line(s)
            case .bar(var s): s.DisplayName = names[k]; Children[index] = .bar(s)
            case .histogram(var s): s.DisplayName = names[k]; Children[index] = .histogram(s)
            case .patch(var s): s.DisplayName = names[k]; Children[index] = .patch(s)
            case .image: continue
            }
            k += 1
        }
        Legend = Plotting.Legend(Array(names.prefix(k)))
    }

    /// `grid on` / `grid off` for every axis.
    public mutating func setGrid(_ on: Bool) {
        XGrid = on
        YGrid = on
        ZGrid = on
    }
}
