import Lab

/// Makes the engine the front end drives.
///
/// This is the one place where the executable chooses its engine. Until the language
/// interpreter is connected here, ``InterpreterPendingEngine`` answers every statement with
/// an error that says so, and the rest of the front end (prompts, history, completion of the
/// loop's commands, Ctrl-C, batch exit statuses) works around it.
enum EngineConnection {
    /// The engine for a run that writes to `output`.
    static func makeEngine(output: any OutputSink) -> any REPLEngine {
        InterpreterPendingEngine(output: output)
    }
}

/// The engine used while no language interpreter is connected: every statement fails with a
/// runtime error explaining that; nothing is evaluated.
final class InterpreterPendingEngine: REPLEngine {
    private let output: any OutputSink
    private let flag = NoInterruptNeeded()

    init(output: any OutputSink) {
        self.output = output
    }

    var banner: String {
        "GradLab \(GradLabVersion.string) — step through backpropagation. "
            + "`help`, `lessons`, `open 2` to begin."
    }

    var isPaused: Bool { false }
    var interruptor: any InterruptRequesting { flag }

    func execute(_ source: String) -> ExecutionOutcome {
        output.write("Error: this build of GradLab has no language interpreter connected.\n", to: .error)
        return .failed(.runtime)
    }

    func runScript(_ source: String, file: String) -> ExecutionOutcome {
        execute(source)
    }

    func completions(line: String, cursor: String.Index) -> Completions {
        .none
    }
}

/// Nothing runs long enough to interrupt without an interpreter.
private struct NoInterruptNeeded: InterruptRequesting {
    func requestInterrupt() {}
}
