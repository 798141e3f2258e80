import Foundation

/// How the numbers of one displayed array are written: an optional common scale factor, a
/// column width and a per-element formatter, chosen from all the values together as MATLAB does.
///
/// `format short`: integers right-aligned in 6 columns (12 once any reaches 1000); other values
/// with 4 decimals in 10 columns when the largest magnitude is in (0.001, 1000), otherwise
/// scaled by a common power of ten (`1.0e+03 *`), or in exponent form for a scalar.
/// `format long` uses 15 decimals (7 for single) and switches at 100 instead of 1000.
/// Exact zeros print as `0`, and negative zero as `0`.
struct NumericLayout {
    /// The common scale exponent shown as `1.0e+NN *`, if any.
    let scaleExponent: Int?
    /// The width of every column, including the leading spaces.
    let width: Int
    /// The decimals used for non-integers (nil when every value is an integer).
    let decimals: Int?
    /// Whether elements are written in exponent form.
    let exponentForm: Bool

    /// Chooses the layout for `values`; `isScalar` allows exponent form instead of a scale factor.
    init(values: [Double], precision: DisplayFormat.Precision, isSingle: Bool, isScalar: Bool) {
        let finite = values.filter { $0.isFinite }
        let maxAbs = finite.map { abs($0) }.max() ?? 0
        let allIntegers = finite.allSatisfy { $0 == $0.rounded() }
        let decimals = precision == .short ? 4 : (isSingle ? 7 : 15)
        let upper: Double = precision == .short ? 1000 : 100
        var scale: Int?
        var exponent = false
        var digits: Int? = decimals
        if allIntegers && maxAbs < 1e9 {
            digits = nil
        } else if maxAbs == 0 || (maxAbs > 0.001 && maxAbs < upper) {
            scale = nil
        } else if isScalar || maxAbs >= 1e15 {
            exponent = true
        } else {
            scale = Int(floor(log10(maxAbs)))
        }
        self.scaleExponent = scale
        self.decimals = digits
        self.exponentForm = exponent
        let texts = values.map { NumericLayout.text($0, decimals: digits, scale: scale, exponent: exponent) }
        let longest = texts.map { $0.count }.max() ?? 1
        if digits == nil {
            self.width = max(maxAbs < 1000 ? 6 : 12, longest + 2)
        } else if exponent {
            self.width = longest + 3
        } else if precision == .short {
            self.width = max(10, longest + 2)
        } else {
            self.width = longest + 3
        }
    }

    /// The element as text, without padding.
    func text(_ value: Double) -> String {
        NumericLayout.text(value, decimals: decimals, scale: scaleExponent, exponent: exponentForm)
    }

    /// The element padded on the left to the column width.
    func padded(_ value: Double) -> String {
        let t = text(value)
        return String(repeating: " ", count: max(0, width - t.count)) + t
    }

    /// The scale factor line (`   1.0e+03 *`), if the layout uses one.
    var scaleLine: String? {
        scaleExponent.map { String(format: "   1.0e%@%02d *", $0 < 0 ? "-" : "+", abs($0)) }
    }

    private static func text(_ value: Double, decimals: Int?, scale: Int?, exponent: Bool) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        if value == 0 { return "0" }
        guard let decimals else { return String(Int64(value)) }
        if exponent { return String(format: "%.\(decimals)e", value) }
        if let scale { return String(format: "%.\(decimals)f", value / pow(10, Double(scale))) }
        return String(format: "%.\(decimals)f", value)
    }
}
