/// Nice-number tick selection and MATLAB's automatic axis limits, shared by both renderers.
public enum NiceNumbers {
    /// The smallest step of the form 1, 2 or 5 × 10ᵏ that is at least `raw` (raw ≤ 0 or non-finite gives 1).
    public static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = Math.pow10(Math.log10(raw).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1.000001 ? 1 : fraction <= 2.000001 ? 2 : fraction <= 5.000001 ? 5 : 10
        return nice * magnitude
    }

    /// Resolves limits and ticks for one axis.
    ///
    /// - Parameters:
    ///   - data: the data values on this axis; non-finite ones (and ≤ 0 on a log axis) are ignored.
    ///   - fixed: the axis' limit property; each finite end wins, each infinite end is automatic.
    ///   - scale: linear or log.
    ///   - targetCount: about how many ticks fit.
    ///   - tight: automatic ends sit at the data range instead of snapping out to a tick (images).
    ///   - minimumStep: the smallest tick step allowed (1 for pixel axes).
    /// - Returns: limits, tick values and their labels. Automatic ends snap outward to a tick, as MATLAB's
    ///   do (to half a tick step, so data up to 50 with ticks every 20 ends at 50, not 60); an axis without data spans [0, 1] (log: [1, 10]); a single value v spans [v − 1, v + 1].
    public static func axis(data: [Double], fixed: [Double] = [-.infinity, .infinity], scale: AxisScale = .linear,
                            targetCount: Int = 6, tight: Bool = false,
                            minimumStep: Double = 0) -> AxisTicks {
        let usable = data.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        let fixedLo = fixed.count == 2 && fixed[0].isFinite && (scale == .linear || fixed[0] > 0) ? fixed[0] : nil
        let fixedHi = fixed.count == 2 && fixed[1].isFinite && (scale == .linear || fixed[1] > 0) ? fixed[1] : nil
        let t = { (v: Double) in scale == .log ? Math.log10(v) : v }
        var lo = fixedLo.map(t) ?? usable.min().map(t) ?? fixedHi.map { t($0) - 1 } ?? 0
        var hi = fixedHi.map(t) ?? usable.max().map(t) ?? fixedLo.map { t($0) + 1 } ?? 1
        lo = min(1e300, max(-1e300, lo))
        hi = min(1e300, max(-1e300, hi))
        if lo > hi && fixedLo == nil { lo = hi - 1 }
        if lo > hi && fixedHi == nil { hi = lo + 1 }
        if lo == hi {
            let pad = scale == .log ? 1 : (lo == 0 ? 1 : max(abs(lo) * 0.1, 1e-300))
            if fixedLo == nil { lo -= pad }
            if fixedHi == nil { hi += pad }
            if lo == hi { lo -= 1; hi += 1 }
        }
        let count = Double(max(2, targetCount))
        if scale == .log {
            let step = max(1, niceStep((hi - lo) / count).rounded(.up))
            if fixedLo == nil && !tight { lo = (lo / step).rounded(.down) * step }
            if fixedHi == nil && !tight { hi = (hi / step).rounded(.up) * step }
            lo = min(299, max(-300, lo))
            hi = min(300, max(lo + 1e-9, hi))
            let exponents = multiples(of: step, from: lo, to: hi)
            return AxisTicks(lower: Math.pow10(lo), upper: Math.pow10(hi), scale: .log,
                             values: exponents.map { Math.pow10($0) },
                             labels: exponents.map { "10" + NumberFormat.superscript(Int($0.rounded())) },
                             exponent: 0)
        }
        let step = max(minimumStep, niceStep((hi - lo) / count))
        let snap = step / 2
        if fixedLo == nil && !tight { lo = (lo / snap + 1e-9).rounded(.down) * snap }
        if fixedHi == nil && !tight { hi = (hi / snap - 1e-9).rounded(.up) * snap }
        if lo >= hi { hi = lo + step }
        let values = multiples(of: step, from: lo, to: hi)
        let biggest = max(abs(lo), abs(hi))
        let magnitude = biggest > 0 ? Int(Math.log10(biggest).rounded(.down)) : 0
        let exponent = magnitude >= 4 || magnitude <= -3 ? magnitude : 0
        let unit = Math.pow10(Double(exponent))
        let decimals = max(0, -Int(Math.log10(step / unit).rounded(.down)))
        let labels = values.map { NumberFormat.trimmed($0 / unit, decimals: decimals) }
        return AxisTicks(lower: lo, upper: hi, scale: .linear, values: values, labels: labels, exponent: exponent)
    }

    /// Multiples of `step` inside [lo, hi], allowing for rounding error at the ends.
    private static func multiples(of step: Double, from lo: Double, to hi: Double) -> [Double] {
        let slack = step * 1e-9
        let first = ((lo - slack) / step).rounded(.up)
        let last = ((hi + slack) / step).rounded(.down)
        guard first <= last, last - first < 10_000 else { return [] }
        return stride(from: first, through: last, by: 1).map { k in
            let v = k * step
            return abs(v) < slack ? 0 : v
        }
    }
}
