/// A colour as red, green and blue intensities in 0…1, the way MATLAB stores `[r g b]` triplets.
public struct RGB: Equatable, Hashable, Sendable {
    /// Red intensity, 0…1.
    public var r: Double
    /// Green intensity, 0…1.
    public var g: Double
    /// Blue intensity, 0…1.
    public var b: Double

    /// Makes a colour from intensities, clamping each to 0…1 (NaN becomes 0).
    public init(_ r: Double, _ g: Double, _ b: Double) {
        self.r = RGB.clamp(r)
        self.g = RGB.clamp(g)
        self.b = RGB.clamp(b)
    }

    /// Parses `#RRGGBB` or `#RGB` (the leading `#` is optional), as MATLAB accepts for colour properties.
    public init(hex: String) throws(PlotError) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        let values = digits.map { $0.hexDigitValue }
        guard values.allSatisfy({ $0 != nil }), values.count == 6 || values.count == 3 else {
            throw .invalidColor(hex)
        }
        let v = values.compactMap { $0 }
        if v.count == 3 {
            self.init(Double(v[0] * 17) / 255, Double(v[1] * 17) / 255, Double(v[2] * 17) / 255)
        } else {
            self.init(Double(v[0] * 16 + v[1]) / 255, Double(v[2] * 16 + v[3]) / 255,
                      Double(v[4] * 16 + v[5]) / 255)
        }
    }

    /// The 8-bit channel values, rounded.
    public var bytes: (r: Int, g: Int, b: Int) {
        (Int((r * 255).rounded()), Int((g * 255).rounded()), Int((b * 255).rounded()))
    }

    /// The colour as `#RRGGBB` in upper-case hex, as SVG and MATLAB's `"#0072BD"` strings spell it.
    public var hex: String {
        let (r, g, b) = bytes
        return "#" + RGB.hexByte(r) + RGB.hexByte(g) + RGB.hexByte(b)
    }

    /// Relative luminance (Rec. 709 weights), 0 for black and 1 for white.
    public var luminance: Double { 0.2126 * r + 0.7152 * g + 0.0722 * b }

    /// Linear interpolation from `self` (t = 0) to `other` (t = 1).
    public func mixed(with other: RGB, _ t: Double) -> RGB {
        RGB(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t)
    }

    private static func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }

    private static func hexByte(_ v: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[v / 16], digits[v % 16]])
    }
}

extension RGB {
    /// Black.
    public static let black = RGB(0, 0, 0)
    /// White.
    public static let white = RGB(1, 1, 1)
    /// MATLAB's axes and text colour, 15% grey (`[0.15 0.15 0.15]`).
    public static let axisGrey = RGB(0.15, 0.15, 0.15)
    /// MATLAB's default patch edge colour for the example's histograms, `#D9D9D9`.
    public static let lightGrey = RGB(217.0 / 255, 217.0 / 255, 217.0 / 255)

    /// The colour named by a MATLAB short or long colour name (`"r"`, `"red"`, …), or nil.
    public static func named(_ name: String) -> RGB? {
        switch name.lowercased() {
        case "r", "red": RGB(1, 0, 0)
        case "g", "green": RGB(0, 1, 0)
        case "b", "blue": RGB(0, 0, 1)
        case "c", "cyan": RGB(0, 1, 1)
        case "m", "magenta": RGB(1, 0, 1)
        case "y", "yellow": RGB(1, 1, 0)
        case "k", "black": RGB(0, 0, 0)
        case "w", "white": RGB(1, 1, 1)
        default: nil
        }
    }

    /// MATLAB's default line colour order (`colororder` since R2014b), cycled by successive lines.
    public static let colorOrder: [RGB] = [
        RGB(0.0000, 0.4470, 0.7410),  // #0072BD
        RGB(0.8500, 0.3250, 0.0980),  // #D95319
        RGB(0.9290, 0.6940, 0.1250),  // #EDB120
        RGB(0.4940, 0.1840, 0.5560),  // #7E2F8E
        RGB(0.4660, 0.6740, 0.1880),  // #77AC30
        RGB(0.3010, 0.7450, 0.9330),  // #4DBEEE
        RGB(0.6350, 0.0780, 0.1840),  // #A2142F
    ]
}
