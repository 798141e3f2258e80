import MatLang

/// Why a debugger command could not do what was asked.
///
/// Causes are data; ``message`` is the one place that words them.
public enum DebuggerError: Error, Sendable, Equatable {
    /// A command that needs a paused frame (`dbstep`, `dbcont`, `explain`, …) ran with nothing paused.
    case notPaused(command: String)
    /// A layer name that the paused (or conditioned) backward pass does not have.
    case unknownLayer(name: String, available: [String])
    /// `gradnorm` was called outside a backward pass the debugger is looking at.
    case noBackwardPass(command: String)
    /// A `dbstop`/`dbclear`/`dbstep` form that is not understood.
    case badSyntax(command: String, usage: String)
    /// `dbstep back` with no step to undo.
    case nothingToUndo
    /// `dbup` at the outermost or `dbdown` at the innermost layer.
    case focusAtEnd(direction: String)
    /// The learner left the paused statement with `dbquit`.
    case quit

    /// The message in MATLAB's tone, without the `Error using` prefix.
    public var message: String {
        switch self {
        case .notPaused(let command):
            return "`\(command)` works only while the debugger is paused (K>>); set a breakpoint with `dbstop in FILE at LINE` or `dbstop in backprop` first."
        case .unknownLayer(let name, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "No layer named '\(name)' in this backward pass (layers: \(list))."
        case .noBackwardPass(let command):
            return "`\(command)` needs a backward pass: use it in `dbstop in backprop if …` or while paused in backprop."
        case .badSyntax(_, let usage):
            return "Usage: \(usage)"
        case .nothingToUndo:
            return "Nothing to step back over: the backward pass is at its first step."
        case .focusAtEnd(let direction):
            return "Already at the \(direction) layer."
        case .quit:
            return "Debugging stopped (dbquit); the run was abandoned, the workspace keeps what ran before it."
        }
    }

    /// The error as the interpreter reports it.
    public var runtimeError: RuntimeError {
        .user(identifier: "gradlab:debugger:" + identifier, message: message)
    }

    private var identifier: String {
        switch self {
        case .notPaused: return "notPaused"
        case .unknownLayer: return "unknownLayer"
        case .noBackwardPass: return "noBackwardPass"
        case .badSyntax: return "badSyntax"
        case .nothingToUndo: return "nothingToUndo"
        case .focusAtEnd: return "focusAtEnd"
        case .quit: return "quit"
        }
    }
}
