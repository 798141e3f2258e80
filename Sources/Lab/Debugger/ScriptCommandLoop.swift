import MatLang

/// The nested `K>>` loop of a paused script: reads lines from the REPL's reader, turns pdb
/// aliases into MATLAB verbs (``PausedCommandLoop/translate(_:)``), and runs each entry in the
/// focused frame's workspace, until a command sets how the run goes on (`dbstep`, `dbcont`,
/// `dbquit`) or the input ends (which quits). Enter on an empty line repeats the last step,
/// also at the next stop that step led to.
struct ScriptCommandLoop {
    let scripts: ScriptDebugger
    let reader: any LineReader
    private var pending: [String] = []

    init(scripts: ScriptDebugger, reader: any LineReader) {
        self.scripts = scripts
        self.reader = reader
    }

    mutating func run(_ pause: ScriptPause) {
        let session = scripts.session
        while pause.resumption == .paused {
            let prompt = pending.isEmpty ? session.prompt : session.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                pause.resumption = .quitting
            case .interrupted:
                pending.removeAll()
            case .line(let text):
                if pending.isEmpty, text.allSatisfy(\.isWhitespace) {
                    if let step = scripts.lastStepCommand { execute(step, pause) }
                    continue
                }
                pending.append(text)
                let source = pending.joined(separator: "\n")
                guard session.isComplete(source) else { continue }
                pending.removeAll()
                reader.addHistory(source)
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
