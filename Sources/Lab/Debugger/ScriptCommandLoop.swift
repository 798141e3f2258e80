import MatLang

/// The nested `K>>` loop of a paused script: reads lines from the REPL's reader, turns pdb
/// aliases into MATLAB verbs (``PausedCommandLoop/translate(_:)``), and runs each entry in the
/// focused frame's workspace, until a command sets how the run goes on (`dbstep`, `dbcont`,
/// `dbquit`) or the input ends (which quits). Enter on an empty line repeats the last step,
/// also at the next stop that step led to.
struct ScriptCommandLoop {
    let scripts: ScriptDebugger
    let reader: any LineReader

    init(scripts: ScriptDebugger, reader: any LineReader) {
        self.scripts = scripts
        self.reader = reader
    }

    mutating func run(_ pause: ScriptPause) {
        var entries = PausedEntryReader()
        while pause.resumption == .paused {
            switch entries.next(in: scripts.session, read: { reader.readLine(prompt: $0) }, remember: { reader.addHistory($0) }) {
            case .endOfInput:
                pause.resumption = .quitting
            case .repeatLastStep:
                if let step = scripts.lastStepCommand { execute(step, pause) }
            case .command(let source):
                execute(source, pause)
            }
        }
    }

    private mutating func execute(_ source: String, _ pause: ScriptPause) {
        let session = scripts.session
        let command = PausedCommandLoop.translate(source)
        if session.isStepCommand(command) { scripts.lastStepCommand = command }
        _ = session.run(command, file: "<repl>", style: .interactive, in: pause.focusedFrame.workspace)
    }
}
