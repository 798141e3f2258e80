import Foundation

/// Runs GradLab without a terminal: a script file, a `-e` string, or lines piped to standard input.
///
/// Output is what MATLAB would print; the first error stops the run and is written to the error
/// channel as `FILE:LINE:COL: error: …` followed by the source line and a caret. Each entry point
/// returns the process exit status (``BatchExitStatus``), the same statuses the `gradlab`
/// executable documents.
public struct BatchRunner {
    /// The engine the code runs in: a ``Session``, or a front end's wrapper around one.
    public let engine: any REPLEngine
    /// Where refusals to read a file are written (the engine writes everything else).
    public let output: any OutputSink
    /// The session behind `engine`, when the runner was made with one: piped input then reports
    /// errors at their line in the input.
    private let session: Session?

    /// Creates a runner over `engine`, writing its own messages to `output`.
    public init(engine: any REPLEngine, output: any OutputSink) {
        self.init(engine: engine, output: output, session: nil)
    }

    /// Creates a runner over `session`.
    public init(session: Session) {
        self.init(engine: session, output: session.output, session: session)
    }

    private init(engine: any REPLEngine, output: any OutputSink, session: Session?) {
        self.engine = engine
        self.output = output
        self.session = session
    }

    /// Runs the script at `path`; `66` when it cannot be read, `65` when it is not UTF-8 text.
    public func run(file path: String) -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return refuse("gradlab: cannot read \(path): No such file or directory.", status: BatchExitStatus.unreadableFile)
        }
        guard !isFolder.boolValue else {
            return refuse("gradlab: \(path) is a directory, not a script.", status: BatchExitStatus.unreadableFile)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return refuse("gradlab: cannot read \(path): permission denied or I/O error.", status: BatchExitStatus.unreadableFile)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return refuse("gradlab: \(path) is not UTF-8 text.", status: BatchExitStatus.notText)
        }
        return BatchExitStatus.of(engine.runScript(text, file: path))
    }

    /// Runs `code` given with `-e`; errors are located in `file` (`command line` by default).
    public func run(code: String, file: String = "command line") -> Int32 {
        BatchExitStatus.of(engine.runScript(code, file: file))
    }

    /// Runs entries read from `reader` (piped standard input) one at a time, as the REPL would
    /// without prompts, stopping at the first error; over a session, the error is reported as
    /// `<stdin>:LINE:COL: error: …` with the line counted from the start of the input.
    public func run(reader: any LineReader) -> Int32 {
        let counting = CountingLineReader(reader)
        session?.readsPipedInput(from: counting)
        let loop = REPL(engine: engine, reader: counting, output: output, configuration: .batch)
        return BatchExitStatus.of(loop.run())
    }

    private func refuse(_ message: String, status: Int32) -> Int32 {
        output.write(message + "\n", to: .error)
        return status
    }
}

/// The process exit statuses of a batch run.
public enum BatchExitStatus {
    /// Ran to the end.
    public static let success: Int32 = 0
    /// Stopped at a run-time error.
    public static let runtimeError: Int32 = 1
    /// Stopped at a syntax error; nothing of that entry ran.
    public static let syntaxError: Int32 = 2
    /// The input is not UTF-8 text.
    public static let notText: Int32 = 65
    /// The script file cannot be read.
    public static let unreadableFile: Int32 = 66
    /// Stopped by Ctrl-C.
    public static let interrupted: Int32 = 130

    /// The status for a run that ended with `outcome`.
    public static func of(_ outcome: ExecutionOutcome) -> Int32 {
        switch outcome {
        case .completed: return success
        case .failed(.runtime): return runtimeError
        case .failed(.syntax): return syntaxError
        case .interrupted: return interrupted
        case .exitRequested(let status): return status
        }
    }

    /// The status for a loop over piped input that ended with `termination`.
    public static func of(_ termination: REPL.Termination) -> Int32 {
        switch termination {
        case .endOfInput: return success
        case .exitRequested(let status): return status
        case .stopped(let outcome): return of(outcome)
        }
    }
}
