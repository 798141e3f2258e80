/// The read–eval–print loop: prompts, continuation lines, history, Ctrl-C and Ctrl-D.
///
/// It reads through an injected ``LineReader`` and writes through an ``OutputSink``, so the
/// same loop serves the terminal (libedit), batch mode over a pipe (no prompts, stop at the
/// first error) and transcript tests. An error never ends an interactive loop.
///
/// - A line that leaves a statement unfinished (see ``REPLEngine/isComplete(_:)``) is held
///   and the next line is read with the continuation prompt; the whole entry runs at once.
///   Each line is scanned once (``SourceCompleteness/Progress``) and the engine is asked only
///   when that scan finds the entry whole, so an entry is never run before its `end` (a
///   `function` line parses on its own) and a loop or matrix thousands of lines long, or binary
///   garbage piped in, costs time linear in its length.
/// - Enter on an empty line while the debugger is paused repeats the last step command.
/// - Ctrl-C at the prompt (``LineInput/interrupted``) discards the line and any held lines.
/// - The end of input (Ctrl-D on an empty prompt) runs any held lines, so that an unfinished
///   statement is reported, and ends the loop.
/// - `exit` and `quit` end the loop; `history` and `history N` list the reader's history.
public final class REPL {
    /// How the loop behaves: interactive or batch.
    public struct Configuration: Equatable, Sendable {
        /// Whether the engine's banner is printed first.
        public var showsBanner: Bool
        /// Whether the first failed or interrupted entry ends the loop (batch mode).
        public var stopsOnFailure: Bool
        /// The longest line, in UTF-8 bytes, that is run; longer lines are refused with a message.
        public var maximumLineLength: Int

        /// Creates a configuration.
        public init(showsBanner: Bool, stopsOnFailure: Bool, maximumLineLength: Int = 1 << 20) {
            self.showsBanner = showsBanner
            self.stopsOnFailure = stopsOnFailure
            self.maximumLineLength = maximumLineLength
        }

        /// The terminal REPL: a banner, and errors never end the loop.
        public static let interactive = Configuration(showsBanner: true, stopsOnFailure: false)
        /// Batch mode over piped input: no banner, the first error ends the run.
        public static let batch = Configuration(showsBanner: false, stopsOnFailure: true)
    }

    /// Why the loop ended.
    public enum Termination: Equatable, Sendable {
        /// The input ended.
        case endOfInput
        /// `exit`/`quit` was entered, or the engine asked to leave, with this status.
        case exitRequested(status: Int32)
        /// Batch mode stopped at an entry that failed or was interrupted.
        case stopped(ExecutionOutcome)
    }

    let engine: any REPLEngine
    let reader: any LineReader
    let output: any OutputSink
    let configuration: Configuration
    private var pending: [String] = [] {
        didSet { if pending.isEmpty { progress = SourceCompleteness.Progress() } }
    }
    private var progress = SourceCompleteness.Progress()
    private var lastStepCommand: String?

    /// Creates a loop that reads from `reader`, runs entries in `engine` and writes to `output`.
    public init(
        engine: any REPLEngine, reader: any LineReader, output: any OutputSink,
        configuration: Configuration = .interactive
    ) {
        self.engine = engine
        self.reader = reader
        self.output = output
        self.configuration = configuration
    }

    /// Runs the loop until the input ends, `exit` is entered, or (batch mode) an entry fails.
    public func run() -> Termination {
        if configuration.showsBanner {
            output.write(engine.banner + "\n")
        }
        while true {
            if !engine.isPaused { lastStepCommand = nil }
            let prompt = pending.isEmpty ? engine.prompt : engine.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !pending.isEmpty {
                    let source = pending.joined(separator: "\n")
                    pending.removeAll()
                    if let termination = run(source) { return termination }
                }
                return .endOfInput
            case .interrupted:
                pending.removeAll()
            case .line(let text):
                if let termination = accept(text) { return termination }
            }
        }
    }

    /// Handles one typed line; returns a termination when the loop must end.
    private func accept(_ text: String) -> Termination? {
        let length = text.utf8.count
        guard length <= configuration.maximumLineLength else {
            pending.removeAll()
            output.write(
                "Error: line too long (\(length) bytes; the limit is \(configuration.maximumLineLength)). "
                    + "It was not run.\n",
                to: .error)
            return ending(after: .failed(.syntax))
        }
        let trimmed = text.trimmedForREPL
        if pending.isEmpty {
            if trimmed.isEmpty {
                guard engine.isPaused, let step = lastStepCommand else { return nil }
                return run(step)
            }
            if let command = HistoryCommand(trimmed) {
                reader.addHistory(text)
                output.write(command.listing(of: reader.history))
                return nil
            }
            if Self.exitWords.contains(trimmed) {
                return .exitRequested(status: 0)
            }
        }
        if !trimmed.isEmpty {
            reader.addHistory(text)
        }
        pending.append(text)
        progress.add(line: text)
        guard progress.isComplete else { return nil }
        let source = pending.joined(separator: "\n")
        guard engine.isComplete(source) else { return nil }
        pending.removeAll()
        if engine.isPaused && engine.isStepCommand(source.trimmedForREPL) {
            lastStepCommand = source.trimmedForREPL
        }
        return run(source)
    }

    private static let exitWords: Set<String> = ["exit", "quit", "exit;", "quit;"]

    /// Runs `source` in the engine; returns a termination when its outcome ends the loop.
    private func run(_ source: String) -> Termination? {
        ending(after: engine.execute(source))
    }

    private func ending(after outcome: ExecutionOutcome) -> Termination? {
        switch outcome {
        case .completed:
            return nil
        case .exitRequested(let status):
            return .exitRequested(status: status)
        case .failed, .interrupted:
            return configuration.stopsOnFailure ? .stopped(outcome) : nil
        }
    }
}

extension String {
    /// The line without leading and trailing spaces, tabs and carriage returns.
    var trimmedForREPL: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
