import MatLang

/// The debugger verbs with script frames added: each built-in handles the script forms
/// (`dbstop in FILE at LINE`, `dbstep` while a script is paused, …) and hands everything else
/// to the backprop built-in of the same name it wraps, so backprop frames keep their behaviour
/// whenever a backward pass is the innermost frame.
extension ScriptDebugger {
    /// The verbs this adds to; the backprop built-ins of these names are wrapped.
    static let verbs = ["dbstop", "dbclear", "dbstatus", "dbstep", "dbcont", "dbquit", "dbstack", "dbup", "dbdown"]

    /// Registers the wrapping built-ins in the session, over the backprop ones registered before.
    func registerCommands() {
        let link = ScriptDebuggerLink()
        link.scripts = self
        var functions: [BuiltinFunction] = []
        for verb in Self.verbs {
            guard let wrapped = session.interpreter.builtin(named: verb) else { continue }
            functions.append(BuiltinFunction(name: verb, help: Self.help[verb] ?? wrapped.help) { call in
                guard let scripts = link.scripts else { return try wrapped.body(call) }
                let words = try call.arguments.map { try $0.text() }
                do {
                    guard let output = try scripts.perform(verb, words) else { return try wrapped.body(call) }
                    call.context.write(output.text)
                    return output.thenWrapped ? try wrapped.body(call) : []
                } catch let error as ScriptDebuggerError {
                    throw error.runtimeError
                }
            })
        }
        session.register(functions)
    }

    /// What a verb did: text to show, and whether the wrapped backprop verb runs after it.
    struct Outcome {
        var text = ""
        var thenWrapped = false
    }

    /// Runs `verb` for script frames; nil hands the call to the backprop built-in.
    private func perform(_ verb: String, _ words: [String]) throws(ScriptDebuggerError) -> Outcome? {
        let scriptInnermost = debugger.frame == nil ? pause : nil
        switch verb {
        case "dbstop": return try stop(words)
        case "dbclear": return try clear(words)
        case "dbstatus":
            guard !breakpoints.isEmpty else { return nil }
            return Outcome(text: breakpoints.statusLines.joined(separator: "\n") + "\n",
                           thenWrapped: !debugger.breakpoints.isEmpty)
        case "dbstack":
            if let scriptInnermost { return Outcome(text: scriptInnermost.frames.stackText(focus: scriptInnermost.focus)) }
            guard debugger.frame != nil, let enclosing = enclosingFrames, !enclosing.isEmpty else { return nil }
            return Outcome(text: enclosing.stackText(focus: nil), thenWrapped: true)
        default:
            guard let scriptInnermost else { return nil }
            return try resume(verb, words, scriptInnermost)
        }
    }

    private func resume(_ verb: String, _ words: [String], _ state: ScriptPause) throws(ScriptDebuggerError) -> Outcome {
        switch verb {
        case "dbcont":
            state.resumption = .continuing
        case "dbquit":
            state.resumption = .quitting
        case "dbstep":
            guard !state.isAtError else { throw .steppingAfterError }
            switch words {
            case []: state.resumption = .stepping(.line, count: 1)
            case ["in"]: state.resumption = .stepping(.into, count: 1)
            case ["out"]: state.resumption = .stepping(.out, count: 1)
            case ["back"]: throw .cannotStepBack
            default:
                guard words.count == 1, let count = Int(words[0]), count > 0 else {
                    throw .badSyntax(command: "dbstep", usage: "dbstep, dbstep N, dbstep in, dbstep out")
                }
                state.resumption = .stepping(.line, count: count)
            }
        default:
            let up = verb == "dbup"
            let target = state.focus + (up ? -1 : 1)
            guard state.frames.indices.contains(target) else { throw .focusAtEnd(direction: up ? "outermost" : "innermost") }
            let frame = state.frames[target]
            guard frame.workspace != nil else { throw .frameUnavailable(function: frame.function) }
            state.focus = target
            return Outcome(text: "In \(frame.function) at \(frame.place).\n" + frame.sourceLine)
        }
        return Outcome()
    }

    private static let help: [String: String] = [
        "dbstop": """
            dbstop - Set a breakpoint
              dbstop in FILE at LINE          pause before LINE of FILE (.m may be left out) runs;
                                              a line without code moves to the next code line
              dbstop in FILE at LINE if EXPR  only when EXPR is true in that frame
              dbstop in FILE                  at the file's first code line
              dbstop if error                 at the line that raises an error no try catches
              dbstop in backprop [at iteration N | if EXPR], dbstop if naninf: backward passes
            Example: dbstop in train at 12 if epoch == 3
            """,
        "dbclear": """
            dbclear - Remove breakpoints
              dbclear | dbclear all           every breakpoint
              dbclear in FILE [at LINE]       the file's breakpoints, or the one at LINE
              dbclear if error | in backprop | if naninf
            Example: dbclear in train at 12
            """,
        "dbstatus": "dbstatus - List every breakpoint, script and backprop, as the dbstop commands that set them.",
        "dbstep": """
            dbstep - Step while paused (K>>); Enter on an empty line repeats it (aliases s, step, n, next)
              in a script: dbstep (one line), dbstep N, dbstep in (into a function called on the line),
                           dbstep out (to the return from the current function)
              in a backward pass: one layer; dbstep in one op, dbstep out, dbstep back, dbstep N
            """,
        "dbcont": "dbcont - Continue the paused run to the next breakpoint or the end (alias c).",
        "dbquit": "dbquit - Abandon the paused run; variables assigned so far are kept (alias q).",
        "dbstack": "dbstack - The call stack, outermost first, → at the focused frame; under it the backward pass when one is paused (aliases where, bt).",
        "dbup": "dbup - Move the focus one frame toward the caller (in a backward pass: one layer toward the loss) (alias u).",
        "dbdown": "dbdown - Move the focus one frame toward the paused line (in a backward pass: one layer toward the data) (alias d).",
    ]
}

/// A weak reference from the script verbs back to the script debugger.
///
/// NOTE: built-ins are `@Sendable`, but they only ever run on the thread that owns the session.
final class ScriptDebuggerLink: @unchecked Sendable {
    weak var scripts: ScriptDebugger?
}
