/// Options for the SVG renderer.
public struct SVGOptions: Equatable, Sendable {
    /// Document width in pixels; nil uses the figure's `Size`.
    public var width: Double?
    /// Document height in pixels; nil uses the figure's `Size`.
    public var height: Double?
    /// The CSS font family for all text.
    public var fontFamily: String
    /// Whether the document starts with `<?xml …?>`: wanted for `.svg` files, not when inlining into HTML.
    public var includesXMLDeclaration: Bool

    /// Makes options.
    public init(width: Double? = nil, height: Double? = nil, fontFamily: String = "Helvetica, Arial, sans-serif",
                includesXMLDeclaration: Bool = true) {
        self.width = width
        self.height = height
        self.fontFamily = fontFamily
        self.includesXMLDeclaration = includesXMLDeclaration
    }
}
