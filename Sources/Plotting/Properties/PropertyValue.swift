/// A property value as the language sees it, for `get`/`set` and dot access on graphics handles.
public enum PropertyValue: Equatable, Sendable {
    /// A scalar.
    case number(Double)
    /// A row vector (`XLim`, `View`, an RGB triplet, `XData`).
    case numbers([Double])
    /// A matrix, row-major (`Colormap`, n×3).
    case matrix(rows: Int, columns: Int, values: [Double])
    /// A character vector or string (`"log"`, `"on"`, a title).
    case text(String)
    /// A string array (legend entries).
    case texts([String])
    /// A nested graphics object (`ax.Title` is a Text object); read its properties with a longer path.
    case object(className: String)
}

extension PropertyValue {
    func expectText(_ property: String) throws(PlotError) -> String {
        guard case .text(let s) = self else { throw .invalidPropertyValue(property: property, expected: "a string") }
        return s
    }

    func expectNumbers(_ property: String, count: Int? = nil) throws(PlotError) -> [Double] {
        let values: [Double]
        switch self {
        case .number(let v): values = [v]
        case .numbers(let v): values = v
        case .matrix(_, _, let v): values = v
        default: throw .invalidPropertyValue(property: property, expected: count.map { "a vector of \($0) numbers" } ?? "numbers")
        }
        if let count, values.count != count {
            throw .invalidPropertyValue(property: property, expected: "a vector of \(count) numbers")
        }
        return values
    }

    func expectNumber(_ property: String) throws(PlotError) -> Double {
        let v = try expectNumbers(property, count: 1)
        guard v[0].isFinite else { throw .invalidPropertyValue(property: property, expected: "a finite number") }
        return v[0]
    }

    func expectSwitch(_ property: String) throws(PlotError) -> Bool {
        switch self {
        case .text(let s) where s.lowercased() == "on": return true
        case .text(let s) where s.lowercased() == "off": return false
        case .number(let v) where v == 0 || v == 1: return v == 1
        default: throw .invalidPropertyValue(property: property, expected: "'on' or 'off'")
        }
    }

    /// A colour from `[r g b]`, a name (`"r"`, `"red"`) or `"#RRGGBB"`; nil for `"none"` when allowed.
    func expectColor(_ property: String, allowNone: Bool = false) throws(PlotError) -> RGB? {
        switch self {
        case .text(let s):
            if allowNone && s.lowercased() == "none" { return nil }
            if let named = RGB.named(s) { return named }
            if s.hasPrefix("#") { return try RGB(hex: s) }
            throw .invalidColor(s)
        case .numbers(let v) where v.count == 3 && v.allSatisfy({ $0 >= 0 && $0 <= 1 }):
            return RGB(v[0], v[1], v[2])
        default:
            throw .invalidPropertyValue(property: property, expected: "an RGB triplet, a colour name or a hex code" + (allowNone ? ", or 'none'" : ""))
        }
    }

    static func color(_ c: RGB?) -> PropertyValue {
        guard let c else { return .text("none") }
        return .numbers([c.r, c.g, c.b])
    }

    static func onOff(_ b: Bool) -> PropertyValue { .text(b ? "on" : "off") }
}

/// Matching of MATLAB property names, which are case-insensitive.
enum PropertyPath {
    /// The canonical name from `names` matching `name` case-insensitively, or the unknown-property error.
    static func resolve(_ name: String, in names: [String], className: String) throws(PlotError) -> String {
        guard let match = names.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw .unknownProperty(className: className, name: name)
        }
        return match
    }
}
