/// One axis resolved for drawing: its limits, tick positions and tick labels.
public struct AxisTicks: Equatable, Sendable {
    /// The low limit.
    public var lower: Double
    /// The high limit.
    public var upper: Double
    /// Linear or log.
    public var scale: AxisScale
    /// Tick positions, increasing, inside the limits.
    public var values: [Double]
    /// Label per tick; with a non-zero `exponent` each shows value / 10^exponent.
    public var labels: [String]
    /// The common power of ten shown once beside the axis (`×10⁻³`), 0 when none.
    public var exponent: Int

    /// The `×10ⁿ` note shown with the axis, empty without a common exponent.
    public var exponentLabel: String { exponent == 0 ? "" : "×10" + NumberFormat.superscript(exponent) }

    /// Where `v` falls between the limits, 0 at `lower` and 1 at `upper` (log axes by decade);
    /// nil for values that cannot be placed (NaN, Inf, ≤ 0 on a log axis).
    public func fraction(_ v: Double) -> Double? {
        guard v.isFinite else { return nil }
        if scale == .log {
            guard v > 0 else { return nil }
            let a = Math.log10(lower), b = Math.log10(upper)
            return (Math.log10(v) - a) / (b - a)
        }
        return (v - lower) / (upper - lower)
    }
}

extension AxisTicks {
    /// The value at a fraction of the way from `lower` to `upper` (log axes by decade).
    public func value(atFraction f: Double) -> Double {
        if scale == .log {
            let a = Math.log10(lower), b = Math.log10(upper)
            return Math.pow10(a + (b - a) * f)
        }
        return lower + (upper - lower) * f
    }
}
