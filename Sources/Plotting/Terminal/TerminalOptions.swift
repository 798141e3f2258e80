/// How 3-D axes of filled polygons are drawn in the terminal.
public enum ThreeDStyle: Equatable, Sendable {
    /// A faithful projection for the axes' view, far polygons hidden behind near ones.
    case projection
    /// A heat map with one row per polygon (e.g. epoch) and one column per x position, shaded by z (e.g. count).
    case heatMap
}

/// Options for the terminal renderer.
public struct TerminalOptions: Equatable, Sendable {
    /// Width of the whole figure in character cells.
    public var width: Int
    /// Height of the whole figure in character cells (lines).
    public var height: Int
    /// Colour output.
    public var color: ColorMode
    /// How 3-D polygon axes are drawn.
    public var threeD: ThreeDStyle

    /// Makes options; sizes are kept within 1…4000 columns and 1…2000 lines.
    public init(width: Int = 80, height: Int = 24, color: ColorMode = .off, threeD: ThreeDStyle = .projection) {
        self.width = min(4000, max(1, width))
        self.height = min(2000, max(1, height))
        self.color = color
        self.threeD = threeD
    }
}
