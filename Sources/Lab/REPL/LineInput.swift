/// One answer from a ``LineReader``: a typed line, an interrupt at the prompt, or the end of input.
public enum LineInput: Equatable, Sendable {
    /// A complete line as typed, without its trailing newline.
    case line(String)
    /// The user pressed Ctrl-C at the prompt; whatever was typed is discarded.
    case interrupted
    /// The input ended (Ctrl-D on an empty line, a closed pipe, the end of a file).
    case endOfInput
}
