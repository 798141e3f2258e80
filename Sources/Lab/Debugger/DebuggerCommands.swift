import MatLang

/// The debugger's built-ins: `dbstop`, `dbclear`, `dbstatus`, `dbstep`, `dbcont`, `dbquit`,
/// `dbstack`, `dbup`, `dbdown`, `explain`, `dbcommands`, `gradnorm`, `record`, `gradhistory`.
enum DebuggerCommands {
    static func functions(link: DebuggerLink) -> [BuiltinFunction] {
        [
            command("dbstop", link, "dbstop in backprop [at iteration N | if EXPR], dbstop if naninf: set a breakpoint.") { d, words, _ in
                try d.stop(words)
                return []
            },
            command("dbclear", link, "dbclear [all | in backprop | if naninf]: remove breakpoints.") { d, words, _ in
                try d.clear(words)
                return []
            },
            command("dbstatus", link, "dbstatus: list the breakpoints.") { d, _, call in
                let lines = d.breakpoints.statusLines
                call.context.write(lines.isEmpty ? "No breakpoints are set.\n" : lines.joined(separator: "\n") + "\n")
                return []
            },
            command("dbstep", link, "dbstep [in | out | back | N]: step the paused backward pass (one layer card by default: an activation with the layer below it).") { d, words, call in
                let frame = try paused(d, "dbstep")
                call.context.write(try step(frame, words))
                return []
            },
            command("dbcont", link, "dbcont: finish the backward pass and continue the program.") { d, _, _ in
                try paused(d, "dbcont").resumption = .continuing
                return []
            },
            command("dbquit", link, "dbquit: abandon the paused statement; the workspace is kept.") { d, _, _ in
                try paused(d, "dbquit").resumption = .quitting
                return []
            },
            command("dbstack", link, "dbstack: the forward chain with the gradient norm so far and a cursor.") { d, _, call in
                call.context.write(try paused(d, "dbstack").stackText())
                return []
            },
            command("dbup", link, "dbup: move the focus one layer toward the loss.") { d, _, call in
                call.context.write(try move(paused(d, "dbup"), up: true, style: d.style))
                return []
            },
            command("dbdown", link, "dbdown: move the focus one layer toward the data.") { d, _, call in
                call.context.write(try move(paused(d, "dbdown"), up: false, style: d.style))
                return []
            },
            command("explain", link, "explain: the chain rule at the focused layer, activation factor vs weight factor.") { d, _, call in
                call.context.write(try paused(d, "explain").explainText())
                return []
            },
            command("dbcommands", link, dbcommandsHelp) { d, words, call in
                d.pauseCommands = words
                call.context.write(words.isEmpty ? "No commands attached to the next backprop pause.\n"
                                   : "The next backprop pause runs \(words.count) K>> line\(words.count == 1 ? "" : "s").\n")
                return []
            },
            command("gradnorm", link, "gradnorm(LAYER): ‖∂L/∂output‖ of LAYER in the backward pass being looked at.") { d, words, _ in
                guard let frame = d.frame ?? d.conditionFrame else { throw DebuggerError.noBackwardPass(command: "gradnorm") }
                guard words.count == 1 else { throw DebuggerError.badSyntax(command: "gradnorm", usage: "gradnorm(\"fc_1\")") }
                let index = try frame.spanIndex(named: words[0])
                return [.number(frame.gradientNorm(ofLayer: index) ?? .nan)]
            },
            command("record", link, "record on | off: keep per-layer gradient norms of every backward pass.") { d, words, call in
                switch words {
                case ["on"]: d.recorder = d.recorder ?? GradientRecorder()
                case ["off"]: d.recorder = nil
                default: throw DebuggerError.badSyntax(command: "record", usage: "record on | record off")
                }
                call.context.write("Recording gradient statistics: \(d.recorder == nil ? "off" : "on").\n")
                return []
            },
            command("gradhistory", link, "gradhistory at iteration N | gradhistory LAYER: recorded gradient norms.") { d, words, call in
                call.context.write(try history(d, words))
                return []
            },
        ]
    }

    private static let dbcommandsHelp = """
        dbcommands("LINE", ...): run these K>> lines at the next backprop pause, as if typed.
          dbstop in backprop
          dbcommands("dbstep", "dbstep", "explain", "dbcont")
          [loss, grads] = dlfeval(@modelLoss, net, X, T);
        Like gdb's `commands`: when the next backward pass pauses, each line is shown after the
        K>> prompt and run exactly as if it had been typed, so a script or lesson can step
        backprop by itself. When the list ends without `dbcont` or `dbquit`, an interactive
        session keeps reading K>> lines from you; a script run with no one to type (a batch
        run) continues as after `dbcont`. The list is used once; `dbcommands` with no lines
        removes it. A breakpoint (`dbstop in backprop …`) is still needed to pause.
        """

    private static func command(_ name: String, _ link: DebuggerLink, _ help: String,
                                body: @escaping @Sendable (Debugger, [String], BuiltinCall) throws -> [Value]) -> BuiltinFunction {
        BuiltinFunction(name: name, help: help) { call in
            guard let debugger = link.debugger else {
                throw RuntimeError.user(identifier: "gradlab:noSession", message: "The debugger has ended.")
            }
            do {
                let words = try call.arguments.map { try $0.text() }
                return try body(debugger, words, call)
            } catch let error as DebuggerError {
                throw error.runtimeError
            }
        }
    }

    private static func paused(_ debugger: Debugger, _ command: String) throws(DebuggerError) -> BackpropFrame {
        guard let frame = debugger.frame else { throw .notPaused(command: command) }
        return frame
    }

    private static func step(_ frame: BackpropFrame, _ words: [String]) throws(DebuggerError) -> String {
        let style = CardStyle.plain
        switch words {
        case []: guard frame.stepLayer() else { return finished }
        case ["in"]: guard frame.stepOp() else { return finished }
        case ["out"]: guard frame.stepOut() else { return finished }
        case ["back"]: try frame.stepBack()
        default:
            guard words.count == 1, let count = Int(words[0]), count > 0 else {
                throw .badSyntax(command: "dbstep", usage: "dbstep, dbstep in, dbstep out, dbstep back, dbstep N")
            }
            for _ in 0..<count where !frame.stepLayer() { return finished }
        }
        return frame.stepText(style: style)
    }

    private static let finished = "The backward pass is complete; `dbcont` continues the program.\n"

    private static func move(_ frame: BackpropFrame, up: Bool, style: CardStyle) throws(DebuggerError) -> String {
        try frame.moveFocus(up: up)
        return frame.stepText(style: style)
    }

    private static func history(_ debugger: Debugger, _ words: [String]) throws(DebuggerError) -> String {
        let usage = "gradhistory at iteration N | gradhistory LAYER (after `record on`)"
        guard let recorder = debugger.recorder else { throw .badSyntax(command: "gradhistory", usage: usage) }
        if words.count == 3, words[0] == "at", words[1] == "iteration", let n = Int(words[2]) {
            return recorder.table(iteration: n) ?? "Iteration \(n) was not recorded.\n"
        }
        guard words.count == 1 else { throw .badSyntax(command: "gradhistory", usage: usage) }
        guard let text = recorder.history(layer: words[0]) else {
            let layers = recorder.passes.last?.norms.map(\.layer) ?? []
            throw .unknownLayer(name: words[0], available: layers)
        }
        return text
    }
}

extension Debugger {
    /// Sets the breakpoint `dbstop WORDS…` names.
    func stop(_ words: [String]) throws(DebuggerError) {
        let usage = "dbstop in backprop | dbstop in backprop at iteration N | dbstop in backprop if EXPR | dbstop if naninf"
        switch words {
        case ["in", "backprop"]: breakpoints.always = true
        case ["if", "naninf"]: breakpoints.nanInf = true
        default:
            guard words.count >= 3, words[0] == "in", words[1] == "backprop" else {
                throw .badSyntax(command: "dbstop", usage: usage)
            }
            if words.count == 5, words[2] == "at", words[3] == "iteration", let n = Int(words[4]), n > 0 {
                breakpoints.iterations.insert(n)
            } else if words[2] == "if", words.count > 3 {
                breakpoints.conditions.append(words[3...].joined(separator: " "))
            } else {
                throw .badSyntax(command: "dbstop", usage: usage)
            }
        }
    }

    /// Removes the breakpoints `dbclear WORDS…` names.
    func clear(_ words: [String]) throws(DebuggerError) {
        switch words {
        case [], ["all"]: breakpoints = BackpropBreakpoints()
        case ["in", "backprop"]:
            breakpoints.always = false
            breakpoints.iterations = []
            breakpoints.conditions = []
        case ["if", "naninf"]: breakpoints.nanInf = false
        default: throw .badSyntax(command: "dbclear", usage: "dbclear all | dbclear in backprop | dbclear if naninf")
        }
    }
}
