/// An axes' limits and ticks worked out from its data and limit properties, as both renderers need them.
struct ResolvedAxes {
    var x: AxisTicks
    var y: AxisTicks
    var z: AxisTicks
    /// Images put row 1 at the top (MATLAB's `YDir = "reverse"`).
    var reverseY: Bool

    init(_ axes: Axes, xTarget: Int, yTarget: Int, zTarget: Int = 5) {
        var xs: [Double] = []
        var ys: [Double] = []
        var zs: [Double] = []
        var tight = false
        for series in axes.Children {
            switch series {
            case .line(let s):
                xs += s.XData
                ys += s.YData
                zs += s.ZData
            case .bar(let s):
                let hw = s.halfWidth
                for (x, y) in zip(s.drawnCentres, s.YData) where x.isFinite {
                    xs += [x - hw, x + hw]
                    if y.isFinite { ys.append(y) }
                }
                if !s.XData.isEmpty { ys.append(0) }
            case .histogram(let s):
                xs += s.BinEdges
                ys += s.Values
                if !s.Values.isEmpty { ys.append(0) }
            case .image(let s):
                tight = true
                xs += [0.5, Double(s.columns) + 0.5]
                ys += [0.5, Double(s.rows) + 0.5]
            case .patch(let s):
                xs += s.XData
                ys += s.YData
                zs += s.ZData
            }
        }
        // Bar charts at whole numbers (`bar(y)`, grouped bars) are labelled at the bars, not between them.
        let barsAtWholeNumbers = !axes.Children.isEmpty && axes.Children.allSatisfy { series in
            if case .bar(let s) = series { s.XData.allSatisfy { $0 == $0.rounded() } } else { false }
        }
        x = NiceNumbers.axis(data: xs, fixed: axes.XLim, scale: axes.XScale, targetCount: xTarget, tight: tight,
                              minimumStep: tight || barsAtWholeNumbers ? 1 : 0)
        y = NiceNumbers.axis(data: ys, fixed: axes.YLim, scale: axes.YScale, targetCount: yTarget, tight: tight,
                              minimumStep: tight ? 1 : 0)
        z = NiceNumbers.axis(data: zs, fixed: axes.ZLim, scale: .linear, targetCount: zTarget)
        reverseY = tight
    }

    /// Fraction along y with image axes flipped, so 0 is the bottom of the plot box.
    func yFraction(_ v: Double) -> Double? {
        guard let f = y.fraction(v) else { return nil }
        return reverseY ? 1 - f : f
    }
}
