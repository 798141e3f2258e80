import Foundation
import MatLang

/// The nested `K>>` loop a paused backward pass runs: reads lines from the REPL's reader, turns
/// pdb aliases into MATLAB verbs, binds the frame's variables, runs each entry through the
/// session, re-shows `display` expressions after steps, and ends on `dbcont`, `dbquit` or the
/// end of input (which quits). Enter on an empty line repeats the last step command.
///
/// Lines attached with `dbcommands` come first, echoed after the prompt as if typed; when they
/// run out the reader takes over, and with no reader (a batch run) the pass continues.
struct PausedCommandLoop {
    let debugger: Debugger
    let reader: (any LineReader)?
    private var commands: ArraySlice<String>
    private var lastStep: String?

    init(debugger: Debugger, reader: (any LineReader)?, commands: [String] = []) {
        self.debugger = debugger
        self.reader = reader
        self.commands = commands[...]
    }

    mutating func run(_ frame: BackpropFrame) {
        var entries = PausedEntryReader()
        while frame.resumption == .paused {
            switch entries.next(in: debugger.session, read: { nextInput(prompt: $0) }, remember: { reader?.addHistory($0) }) {
            case .endOfInput:
                frame.resumption = reader == nil ? .continuing : .quitting
            case .repeatLastStep:
                if let lastStep { execute(lastStep, frame: frame) }
            case .command(let source):
                execute(source, frame: frame)
            }
        }
    }

    private mutating func nextInput(prompt: String) -> LineInput {
        if let line = commands.popFirst() {
            debugger.session.output.write(prompt + line + "\n")
            return .line(line)
        }
        guard let reader else { return .endOfInput }
        return reader.readLine(prompt: prompt)
    }

    private mutating func execute(_ source: String, frame: BackpropFrame) {
        let session = debugger.session
        var command = Self.translate(source)
        if let expression = Self.displayExpression(command) {
            debugger.addDisplay(expression)
            command = expression
        }
        if session.isStepCommand(command) { lastStep = command }
        let bindings = FrameVariables(frame: frame)
        bindings.bind(in: session.workspace)
        defer { bindings.unbind(from: session.workspace) }
        _ = session.execute(command)
        guard session.isStepCommand(command), frame.resumption == .paused else { return }
        for expression in debugger.displays { _ = session.execute(expression) }
    }

    /// The expression of `display EXPR` typed while paused (re-shown after every step).
    static func displayExpression(_ source: String) -> String? {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("display "), !trimmed.contains("(") || !trimmed.hasPrefix("display(") else { return nil }
        let expression = trimmed.dropFirst("display ".count).trimmingCharacters(in: .whitespaces)
        return expression.isEmpty ? nil : expression
    }

    /// pdb/gdb aliases as MATLAB verbs: `s`/`step`/`n`/`next` → `dbstep`, `stepi` → `dbstep in`,
    /// `rs` → `dbstep back`, `c` → `dbcont`, `q` → `dbquit`, `where`/`bt` → `dbstack`,
    /// `u`/`d` → `dbup`/`dbdown`.
    static func translate(_ source: String) -> String {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "s", "step", "n", "next": return "dbstep"
        case "stepi": return "dbstep in"
        case "rs": return "dbstep back"
        case "c", "cont", "continue": return "dbcont"
        case "q", "quit": return "dbquit"
        case "where", "bt": return "dbstack"
        case "u", "up": return "dbup"
        case "d", "down": return "dbdown"
        default: return source
        }
    }
}
