import Foundation

/// Formatting of single numbers shared by display, conversions and text built-ins.
public enum NumberText {
    /// A number in the short form `num2str` and `string` use: integers in full, others with
    /// `floor(log10(|x|)) + 5` significant digits (`3.1416`, `1234.5678`), `NaN`, `Inf`, `-Inf`.
    public static func compact(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        if value == value.rounded() && abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
        let digits = min(max(magnitude, 0) + 5, 17)
        return String(format: "%.\(digits)g", value)
    }

    /// MATLAB's `%g`-style exponent text with at least two exponent digits (`1e+05`).
    public static func cFormat(_ value: Double, _ spec: String) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        return String(format: spec, value)
    }
}
