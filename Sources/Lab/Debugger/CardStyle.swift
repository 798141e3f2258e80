/// How debugger text is coloured, as a value: plain for pipes and tests, ANSI on a terminal.
public struct CardStyle: Equatable, Sendable {
    /// Whether ANSI colour codes are written.
    public let usesColor: Bool

    /// A style; `usesColor` comes from the output sink.
    public init(usesColor: Bool) { self.usesColor = usesColor }

    /// No colour.
    public static let plain = CardStyle(usesColor: false)

    /// `text` bold (headers).
    func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// A factor coloured by what it does: red when it shrinks below 0.5 or grows above 2.
    func factor(_ text: String, _ value: Double) -> String {
        guard usesColor, value.isFinite else { return text }
        if value < 0.5 { return "\u{1B}[34m\(text)\u{1B}[0m" }
        if value > 2 { return "\u{1B}[31m\(text)\u{1B}[0m" }
        return text
    }
}
