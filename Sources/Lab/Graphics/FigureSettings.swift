import Plotting

/// How a session shows figures: the terminal style for 3-D polygon axes and an optional folder for SVG files.
public struct FigureSettings: Equatable, Sendable {
    /// How 3-D gradient-distribution axes are drawn in the terminal: a faithful projection (default)
    /// or a heat map of epoch × bin, set with `gradlab_options("view3d", "heatmap")`.
    public var threeD = ThreeDStyle.projection
    /// When set, changed figures are written as `figureN.svg` files in this folder instead of
    /// being drawn in the terminal (`gradlab --figures DIR`, or `gradlab_options("figures", DIR)`).
    public var folder: String?

    /// Default settings: projections, drawn in the terminal.
    public init(threeD: ThreeDStyle = .projection, folder: String? = nil) {
        self.threeD = threeD
        self.folder = folder
    }
}
