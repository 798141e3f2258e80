import MatLang

/// Why a script-debugger command (`dbstop in FILE at LINE`, `dbstep` in a script, …) could not
/// do what was asked.
///
/// Causes are data; ``message`` is the one place that words them.
public enum ScriptDebuggerError: Error, Sendable, Equatable {
    /// `dbstop in FILE`/`dbclear in FILE` named a file that is not in the current folder or the
    /// open script's folder.
    case fileNotFound(name: String, searched: [String])
    /// The file does not parse, so its code lines are unknown.
    case unparsable(name: String, diagnostic: String)
    /// A breakpoint line beyond the file's last line.
    case lineBeyondEnd(name: String, line: Int, lineCount: Int)
    /// A breakpoint line with no code on it or after it.
    case noCodeAfter(name: String, line: Int)
    /// A breakpoint condition that is not one expression.
    case badCondition(condition: String, diagnostic: String)
    /// `dbclear in FILE at LINE` where no breakpoint is set.
    case noBreakpoint(name: String, line: Int?)
    /// A `dbstop`/`dbclear`/`dbstep` form that is not understood.
    case badSyntax(command: String, usage: String)
    /// `dbstep` while paused at an error: the line cannot run on.
    case steppingAfterError
    /// `dbstep back` in a script, which cannot undo a line.
    case cannotStepBack
    /// `dbup` at the outermost or `dbdown` at the innermost frame.
    case focusAtEnd(direction: String)
    /// `dbup`/`dbdown` onto a frame whose variables were not kept (breakpoints set mid-run).
    case frameUnavailable(function: String)

    /// The message in MATLAB's tone, without the `Error using` prefix.
    public var message: String {
        switch self {
        case .fileNotFound(let name, let searched):
            return "Cannot find '\(name)' (or '\(name).m') in " + searched.joined(separator: " or ") + "."
        case .unparsable(let name, let diagnostic):
            return "Cannot set a breakpoint in '\(name)': the file does not parse (\(diagnostic))."
        case .lineBeyondEnd(let name, let line, let count):
            return "Line \(line) is past the end of '\(name)' (\(count) line\(count == 1 ? "" : "s"))."
        case .noCodeAfter(let name, let line):
            return "'\(name)' has no code on or after line \(line)."
        case .badCondition(let condition, let diagnostic):
            return "The breakpoint condition `\(condition)` is not an expression: \(diagnostic)"
        case .noBreakpoint(let name, let line):
            return "No breakpoint is set in '\(name)'" + (line.map { " at line \($0)" } ?? "") + "."
        case .badSyntax(_, let usage):
            return "Usage: \(usage)"
        case .steppingAfterError:
            return "The line raised an error and cannot run on: `dbcont` lets the error end the run, `dbquit` stops here."
        case .cannotStepBack:
            return "`dbstep back` undoes steps of a backward pass; a script line that ran cannot be undone."
        case .focusAtEnd(let direction):
            return "Already in the \(direction) frame."
        case .frameUnavailable(let function):
            return "The variables of \(function) are not available (the breakpoint was set while it ran)."
        }
    }

    /// The error as the interpreter reports it.
    public var runtimeError: RuntimeError {
        .user(identifier: "gradlab:debugger:" + identifier, message: message)
    }

    private var identifier: String {
        switch self {
        case .fileNotFound: return "fileNotFound"
        case .unparsable: return "unparsable"
        case .lineBeyondEnd: return "lineBeyondEnd"
        case .noCodeAfter: return "noCodeAfter"
        case .badCondition: return "badCondition"
        case .noBreakpoint: return "noBreakpoint"
        case .badSyntax: return "badSyntax"
        case .steppingAfterError: return "steppingAfterError"
        case .cannotStepBack: return "cannotStepBack"
        case .focusAtEnd: return "focusAtEnd"
        case .frameUnavailable: return "frameUnavailable"
        }
    }
}
