/// A line's dash pattern, as MATLAB's `LineStyle` names it.
public enum LineStyle: String, Equatable, Sendable, CaseIterable {
    /// `"-"` solid.
    case solid = "-"
    /// `"--"` dashed.
    case dashed = "--"
    /// `":"` dotted.
    case dotted = ":"
    /// `"-."` dash-dot.
    case dashDot = "-."
    /// `"none"`: markers only.
    case none = "none"
}

/// A data-point marker, as MATLAB's `Marker` names it.
public enum Marker: String, Equatable, Sendable, CaseIterable {
    /// No marker.
    case none = "none"
    /// `"o"` circle.
    case circle = "o"
    /// `"+"` plus.
    case plus = "+"
    /// `"*"` asterisk.
    case asterisk = "*"
    /// `"."` point.
    case point = "."
    /// `"x"` cross.
    case cross = "x"
    /// `"s"` square.
    case square = "s"
    /// `"d"` diamond.
    case diamond = "d"
    /// `"^"` upward triangle.
    case triangleUp = "^"
    /// `"v"` downward triangle.
    case triangleDown = "v"
}

/// A parsed MATLAB line specification such as `'r--o'`: any of colour, line style and marker, in any order.
public struct LineSpec: Equatable, Sendable {
    /// The colour letter's colour, if given.
    public var color: RGB?
    /// The line style, if given.
    public var lineStyle: LineStyle?
    /// The marker, if given.
    public var marker: Marker?

    /// Parses a spec; each part may appear once. Throws `PlotError.invalidLineSpec` otherwise.
    ///
    /// As in MATLAB, a marker without a line style means markers only (`'o'` draws no line).
    public init(_ spec: String) throws(PlotError) {
        var rest = Substring(spec)
        while let c = rest.first {
            if rest.hasPrefix("--") || rest.hasPrefix("-.") {
                guard lineStyle == nil else { throw .invalidLineSpec(spec) }
                lineStyle = rest.hasPrefix("--") ? .dashed : .dashDot
                rest = rest.dropFirst(2)
            } else if c == "-" || c == ":" {
                guard lineStyle == nil else { throw .invalidLineSpec(spec) }
                lineStyle = c == "-" ? .solid : .dotted
                rest = rest.dropFirst()
            } else if let m = Marker(rawValue: String(c)), m != .none {
                guard marker == nil else { throw .invalidLineSpec(spec) }
                marker = m
                rest = rest.dropFirst()
            } else if let named = RGB.named(String(c)) {
                guard color == nil else { throw .invalidLineSpec(spec) }
                color = named
                rest = rest.dropFirst()
            } else {
                throw .invalidLineSpec(spec)
            }
        }
        if spec.isEmpty { throw .invalidLineSpec(spec) }
    }

    /// The line style to draw: the given one, else none when only a marker was given, else solid.
    public var effectiveLineStyle: LineStyle {
        lineStyle ?? (marker == nil ? .solid : LineStyle.none)
    }
}
