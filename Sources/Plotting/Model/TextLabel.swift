/// A text object such as an axes' `Title` or `XLabel`, so that `ax.Title.String = "…"` maps onto it.
public struct TextLabel: Equatable, Sendable {
    /// The text shown; empty means nothing is drawn.
    public var String: Swift.String

    /// Makes a label with the given text.
    public init(_ text: Swift.String = "") { self.String = text }

    /// Whether there is nothing to draw.
    public var isEmpty: Bool { self.String.isEmpty }
}
