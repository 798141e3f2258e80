/// Options for the SVG renderer.
public struct SVGOptions: Equatable, Sendable {
    /// Document width in pixels; nil uses the figure's `Size`.
    public var width: Double?
    /// Document height in pixels; nil uses the figure's `Size`.
    public var height: Double?
    /// The CSS font family for all text.
    public var fontFamily: String

    /// Makes options.
    public init(width: Double? = nil, height: Double? = nil, fontFamily: String = "Helvetica, Arial, sans-serif") {
        self.width = width
        self.height = height
        self.fontFamily = fontFamily
    }
}
