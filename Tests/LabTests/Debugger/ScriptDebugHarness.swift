import Lab
import MatLang

/// A session in a temporary folder of script files whose debugger reads `K>>` lines from the
/// same scripted reader the REPL reads `>>` lines from, as the terminal front end wires it.
struct ScriptDebugHarness {
    let folder: TemporaryFolder
    let session: Session
    let transcript: Transcript
    let debugger: Debugger

    /// `main.m` (a script with a local function) and `triple.m` (a function file), numbered:
    /// 1 comment, 2 `a = 1;`, 3 `b = triple(a + 1);`, 4 blank, 5 `c = …`, 6 `d = …`, 7 blank,
    /// 8 `function`, 9 `t = x - 1;`, 10 `y = t * 10;`, 11 `end`. An unpaused run ends with
    /// a = 1, b = 6, c = 56, d = 112.
    static let mainFiles = [
        "main.m": "% main script\na = 1;\nb = triple(a + 1);\n\nc = b + helper(b);\nd = c * 2;\n\n"
            + "function y = helper(x)\n  t = x - 1;\n  y = t * 10;\nend\n",
        "triple.m": "function y = triple(x)\n  y = 3 * x;\nend\n",
    ]

    init(files: [String: String] = Self.mainFiles, deepLearning: Bool = false) throws {
        folder = try TemporaryFolder(files: files)
        (session, transcript) = makeSession(in: folder)
        debugger = Debugger(session: session)
        if deepLearning {
            let state = session.registerDeepLearning()
            state.backwardPass = { [debugger] tape, loss, targets in try debugger.backward(tape: tape, loss: loss, targets: targets) }
        }
    }

    /// Types `lines` at the prompts (`>>` and `K>>` alike) and returns the transcript so far.
    @discardableResult
    func type(_ lines: [String]) -> String {
        let reader = ScriptedLineReader(lines: lines, transcript: transcript)
        debugger.reader = reader
        _ = REPL(engine: session, reader: reader, output: transcript,
                 configuration: REPL.Configuration(showsBanner: false, stopsOnFailure: false)).run()
        return transcript.text
    }

    /// A base-workspace variable as a number, or nil.
    func number(_ name: String) -> Double? {
        try? session.workspace.value(of: name)?.scalarDouble()
    }

    /// What the session shows for `name = value` with a scalar.
    func shown(_ name: String, _ value: Double) -> String {
        Value.number(value).display(name: name, format: session.interpreter.format)
    }
}
