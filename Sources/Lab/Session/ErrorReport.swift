import MatLang

/// Turns an ``MatLang/ExecutionError`` into the text the user sees and the outcome the loop needs.
///
/// Interactive errors read like MATLAB's command window (`Error using f`, the message, the
/// location, the source line with a caret); batch errors start with the one-line
/// `FILE:LINE:COL: error: …` that editors and graders parse, then the caret line.
struct ErrorReport {
    /// How an error is laid out.
    enum Style {
        /// The REPL: MATLAB's multi-line form with a caret.
        case interactive
        /// Batch mode: `FILE:LINE:COL: error: …` first.
        case batch
    }

    let error: ExecutionError
    /// Known source texts by file name, to quote the failing line.
    let sources: [String: String]
    /// Lines of the error's file before the source that ran (piped input runs one entry at a
    /// time); added to the line the batch form names, not used for the quoted line.
    var lineOffset = 0

    /// The source text the error's location points into, if known.
    private var source: String? {
        let text: String?
        switch error {
        case .syntax(_, let source): text = source
        case .runtime(_, let location, _, _), .foreign(_, let location): text = sources[location.file]
        }
        return text
    }

    /// The rendered error, ending in a newline; control characters are made visible so that
    /// binary input cannot send escape sequences to the terminal. An interrupt is one line.
    func text(style: Style) -> String {
        if case .runtime(.interrupted, _, _, _) = error { return "Operation terminated by user.\n" }
        if case .foreign(let cause as DebuggerError, _) = error { return cause.message + "\n" }
        switch style {
        case .interactive:
            return TerminalSafeText.printable(error.rendered(source: source)) + "\n"
        case .batch:
            var text = diagnostic + "\n"
            if let caret = caretLines() { text += caret }
            return TerminalSafeText.printable(text)
        }
    }

    /// `FILE:LINE:COL: error: …` with the line counted from the start of the file.
    private var diagnostic: String {
        let location = error.location
        guard lineOffset > 0 else { return error.diagnostic }
        let shifted = SourceLocation(file: location.file, line: location.line + lineOffset, column: location.column)
        return shifted.description + error.diagnostic.dropFirst(location.description.count)
    }

    /// The failing line and a caret under the column, or nil when the line is not known.
    private func caretLines() -> String? {
        let location = error.location
        guard let source, location.line >= 1 else { return nil }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let line = String(lines[location.line - 1].map { $0 == "\t" ? " " : $0 })
        return line + "\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^\n"
    }

    /// How the run ended: a syntax error, an interrupt, or a runtime error.
    var outcome: ExecutionOutcome {
        switch error {
        case .syntax:
            return .failed(.syntax)
        case .runtime(let cause, _, _, _):
            return cause == .interrupted ? .interrupted : .failed(.runtime)
        case .foreign:
            return .failed(.runtime)
        }
    }
}
