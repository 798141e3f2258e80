/// Where text for the user goes: results on the standard channel, errors and warnings on the error channel.
public enum OutputChannel: Equatable, Sendable {
    /// Results, displays and the banner.
    case standard
    /// Error messages and warnings.
    case error
}

/// The destination of everything the ``REPL`` and the session print.
///
/// The front end writes to the terminal or a pipe; tests collect the text.
/// The sink also tells the producer how to shape the text: the display width
/// and whether ANSI colour is wanted (only ever on a terminal, never with `NO_COLOR`).
public protocol OutputSink: AnyObject {
    /// Writes `text` exactly as given (no newline is added) to `channel`.
    func write(_ text: String, to channel: OutputChannel)

    /// The current width of the display in columns, or `nil` when the output is not a terminal.
    ///
    /// Read it each time it is needed: it follows terminal resizes.
    var columns: Int? { get }

    /// Whether ANSI colour codes may be written.
    var usesColor: Bool { get }
}

extension OutputSink {
    /// Writes `text` to the standard channel.
    public func write(_ text: String) {
        write(text, to: .standard)
    }

    /// The width to lay text out in: the terminal's width, or 80 columns when not on a terminal.
    public var layoutWidth: Int {
        columns.map { max($0, 20) } ?? 80
    }
}
