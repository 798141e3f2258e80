/// An axes' legend; entries name the series in drawing order (`legend(["ReLU" "Sigmoid"])`).
public struct Legend: Equatable, Sendable {
    /// Entry texts; series without an entry are left out.
    public var String: [Swift.String]
    /// MATLAB location name; `"northeast"` (default), `"northwest"`, `"southeast"`, `"southwest"`, `"best"`.
    public var Location: Swift.String
    /// Whether the legend is drawn.
    public var Visible: Bool

    /// Makes a visible legend with the given entries.
    public init(_ entries: [Swift.String], location: Swift.String = "northeast") {
        self.String = entries
        Location = location
        Visible = true
    }
}
