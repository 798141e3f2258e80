extension Axes {
    /// The limits an axis is drawn with in a figure of the default size (560×420): ends set with
    /// `xlim` as they are, automatic (`Inf`) ends worked out from the data and rounded out to
    /// ticks, as MATLAB's `xlim` with no argument and `ax.XLim` report them.
    public func shownLimits(_ axis: AxisName) -> [Double] {
        let resolved = is3D ? ResolvedAxes(self, xTarget: 4, yTarget: 4, zTarget: 4) : ResolvedAxes(self, xTarget: 7, yTarget: 8)
        let ticks = switch axis {
        case .x: resolved.x
        case .y: resolved.y
        case .z: resolved.z
        }
        return [ticks.lower, ticks.upper]
    }
}
