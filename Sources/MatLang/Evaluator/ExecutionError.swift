/// Why running MatLang source stopped: a syntax error before anything ran, or a run-time error
/// in a statement (with where it happened and which function reported it).
public enum ExecutionError: Error, Sendable {
    /// The source could not be parsed; nothing ran. `source` is the text, for the caret line.
    case syntax(ParseError, source: String)
    /// A statement failed. `location` is the failing statement (innermost, for errors inside
    /// functions), `function` the function MATLAB names in `Error using …`, `stack` the call
    /// chain from the outermost statement to the innermost.
    case runtime(RuntimeError, location: SourceLocation, function: String?, stack: [SourceLocation])
    /// An error of another domain thrown by a built-in or the statement hook (a debugger's
    /// "quit", a Lab error), passed through unchanged; `try`/`catch` in MatLang code does not catch it.
    case foreign(any Error, location: SourceLocation)

    /// The run-time cause, when this is a run-time error.
    public var runtimeError: RuntimeError? {
        if case .runtime(let error, _, _, _) = self { return error }
        return nil
    }

    /// Where the error was detected.
    public var location: SourceLocation {
        switch self {
        case .syntax(let error, _): return error.location
        case .runtime(_, let location, _, _): return location
        case .foreign(_, let location): return location
        }
    }

    /// The message without location, in MATLAB's words.
    public var message: String {
        switch self {
        case .syntax(let error, _): return error.message
        case .runtime(let error, _, _, _): return error.message
        case .foreign(let error, _): return String(describing: error)
        }
    }

    /// MATLAB's multi-line form: `Error using f` (or `Error:` for syntax) then the message, and a
    /// `file:line:column` line; a caret line under the source when `source` covers the location.
    public func rendered(source: String? = nil) -> String {
        switch self {
        case .syntax(let error, let text):
            return "Error: " + error.rendered(source: source ?? text)
        case .runtime(let error, let location, let function, _):
            var text = function.map { "Error using \($0)\n" } ?? "Error: "
            text += error.message + "\n  at \(location)"
            if let source, location.line >= 1 {
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                if location.line <= lines.count {
                    text += "\n" + lines[location.line - 1] + "\n"
                        + String(repeating: " ", count: max(0, location.column - 1)) + "^"
                }
            }
            return text
        case .foreign(let error, let location):
            return "Error: \(error)\n  at \(location)"
        }
    }

    /// The one-line batch form: `file:line:column: error: message`.
    public var diagnostic: String {
        let prefix: String
        if case .runtime(_, _, let function?, _) = self { prefix = "Error using \(function): " } else { prefix = "" }
        return "\(location): error: \(prefix)\(message)"
    }
}
