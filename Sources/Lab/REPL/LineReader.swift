/// A source of input lines for the ``REPL``.
///
/// The terminal front end implements it over libedit; batch mode over standard input;
/// tests with a scripted list of inputs. The reader owns the command history, so that
/// recalling a line with the up arrow and the `history` command see the same entries.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (when the reader is interactive) and waits for the next input.
    func readLine(prompt: String) -> LineInput

    /// Records `line` as the newest history entry.
    func addHistory(_ line: String)

    /// The history entries, oldest first.
    var history: [String] { get }
}
