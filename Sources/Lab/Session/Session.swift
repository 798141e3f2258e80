import Foundation
import MatLang

/// The Lab's one object a front end talks to: the interpreter, its output, the shared random
/// generator, the open script and the lessons, behind the ``REPLEngine`` protocol.
///
/// Everything a learner types goes through ``execute(_:)``; scripts given on the command line
/// through ``runScript(_:file:)``. The Lab's commands (`whos`, `clear`, `open`, `ra`, `help`, …)
/// are built-ins registered in the interpreter, so `S = whos` and `clear net*` work like any call.
/// Other parts of the Lab add their families with ``register(_:)-(BuiltinRegistry)``.
///
/// An error never loses the workspace: the interpreter assigns only after a statement succeeded,
/// and an interrupted statement keeps what earlier statements assigned.
public final class Session: REPLEngine {
    /// The language interpreter; its base workspace is the session's workspace.
    public let interpreter: Interpreter
    /// Where results, displays and errors go.
    public let output: any OutputSink
    /// The generator behind `rng`, `rand`, initialisers and shuffles (see ``EngineRandomSource``).
    public let random: EngineRandomSource
    /// The lessons `lessons` lists and `open N` opens.
    public var lessons: LessonCatalog
    /// Whether the debugger has paused a run (the debugger sets it; the prompt becomes `K>> `).
    public var isPaused = false
    /// The debugger, when one is installed (``standard(output:figuresFolder:)`` installs it).
    public internal(set) var debugger: Debugger?
    /// The script `open` opened, with its section cursor and stale marks.
    public internal(set) var openScript: OpenScript?

    /// Called when a REPL entry, a script or a section has finished running (also after an error);
    /// the graphics part shows the figures that changed here.
    public var runFinishedHandlers: [() -> Void] = []

    /// Code piped to standard input: the reader that counts its lines and the name errors give it.
    private var pipedInput: (reader: CountingLineReader, file: String)?

    /// Source texts of files that ran, by file name, for the caret line under an error.
    var sourcesByFile: [String: String] = [:]
    /// How many runs are in progress (more than one while the debugger runs `K>>` lines).
    private var nestedRuns = 0
    private let interruptFlag: InterruptFlag

    /// Creates a session writing to `output`, with `currentFolder` as MATLAB's current folder.
    ///
    /// - Parameters:
    ///   - lessons: the catalog behind `lessons` and `open N`; by default located with
    ///     ``LessonCatalog/locate(environment:executablePath:currentFolder:)``.
    ///   - seed: the generator's starting seed (MATLAB's `rng("default")` is 0).
    public init(output: any OutputSink,
                currentFolder: String = FileManager.default.currentDirectoryPath,
                lessons: LessonCatalog? = nil,
                seed: UInt64 = 0) {
        let random = EngineRandomSource(seed: seed)
        let flag = InterruptFlag()
        self.output = output
        self.random = random
        self.interruptFlag = flag
        self.lessons = lessons ?? LessonCatalog.locate(currentFolder: currentFolder)
        self.interpreter = Interpreter(output: { [output] text in output.write(text, to: .standard) },
                                       interrupt: flag, randomSource: random, currentFolder: currentFolder)
        let link = SessionLink()
        interpreter.register(LabCommands.registry(link: link))
        link.session = self
    }

    /// Adds a family of built-ins (deep learning, graphics, debugger); a name already defined is
    /// replaced by the newest registration.
    public func register(_ registry: BuiltinRegistry) {
        interpreter.register(registry)
    }

    /// Adds built-ins given as a list, in a registry of their own.
    public func register(_ functions: [BuiltinFunction]) {
        let registry = BuiltinRegistry()
        registry.register(functions)
        interpreter.register(registry)
    }

    /// The base workspace (the variables `whos` lists at the prompt).
    public var workspace: Workspace { interpreter.baseWorkspace }

    /// `GradLab 0.x — step through backpropagation. …`
    public var banner: String {
        "GradLab \(GradLabVersion.string) — step through backpropagation. `help`, `lessons`, `open 2` to begin."
    }

    /// The handle the front end uses to stop a running statement from another thread.
    public var interruptor: any InterruptRequesting { interruptFlag }

    /// Whether `source` can run as it is: the lexical check of ``SourceCompleteness``, overruled
    /// when the parser accepts the text as a whole program.
    public func isComplete(_ source: String) -> Bool {
        if SourceCompleteness.isComplete(source) { return true }
        return (try? Parser.parse(source)) != nil
    }

    /// Runs one REPL entry; errors are shown with the source line and a caret. Entries read from
    /// piped input (``readsPipedInput(from:file:)``) report errors as a script file does:
    /// `<stdin>:LINE:COL: error: …`, with the line counted from the start of the input.
    public func execute(_ source: String) -> ExecutionOutcome {
        guard let pipedInput, !isPaused else { return run(source, file: "<repl>", style: .interactive) }
        let entryLines = source.split(separator: "\n", omittingEmptySubsequences: false).count
        let lineOffset = max(0, pipedInput.reader.linesRead - entryLines)
        return run(source, file: pipedInput.file, style: .batch, lineOffset: lineOffset)
    }

    /// Makes ``execute(_:)`` treat its entries as lines of `reader`, a pipe read in batch mode,
    /// and name them `file` in errors.
    public func readsPipedInput(from reader: CountingLineReader, file: String = "<stdin>") {
        pipedInput = (reader, file)
    }

    /// Runs a whole script (batch mode) section by section, showing the figures a section
    /// changed when it ends; the first error stops it and is reported as
    /// `FILE:LINE:COL: error: …` on the error channel.
    public func runScript(_ source: String, file: String) -> ExecutionOutcome {
        run(source, file: file, style: .batch) { [interpreter] () throws(ExecutionError) in
            let (program, sections) = try Interpreter.parseScript(source: source, file: file)
            for section in sections {
                try interpreter.run(program: program, statements: program.statements(in: section))
                runFinished()
            }
        }
    }

    /// Runs `source` as file `file`, reporting an error in `style`; in the base workspace, or in
    /// `workspace` (a paused function's, for the debugger's `K>>` lines). `lineOffset` is how many
    /// lines of `file` come before `source` (for piped input, read one entry at a time).
    func run(_ source: String, file: String, style: ErrorReport.Style, in workspace: Workspace? = nil,
             lineOffset: Int = 0) -> ExecutionOutcome {
        run(source, file: file, style: style, lineOffset: lineOffset) { [interpreter] () throws(ExecutionError) in
            try interpreter.run(source: source, file: file, in: workspace)
        }
    }

    /// Runs `body` as the run of `source` (file `file`): clears a stale interrupt, keeps the
    /// source for error reports, reports an error in `style`, and shows changed figures at the end.
    private func run(_ source: String, file: String, style: ErrorReport.Style, lineOffset: Int = 0,
                     body: () throws(ExecutionError) -> Void) -> ExecutionOutcome {
        prepareForRun()
        let previousSource = sourcesByFile[file]
        sourcesByFile[file] = source
        nestedRuns += 1
        defer {
            nestedRuns -= 1
            // A run inside another (a `K>>` line while a statement is paused) gives the file's
            // source back, so an error in the paused statement shows its own line.
            if nestedRuns > 0 { sourcesByFile[file] = previousSource }
            runFinished()
        }
        do {
            try body()
            return .completed
        } catch {
            return report(error, style: style, lineOffset: error.location.file == file ? lineOffset : 0)
        }
    }

    /// Clears a stale interrupt request, follows the display width and notices script edits.
    func prepareForRun() {
        interruptFlag.clear()
        interpreter.format.width = output.layoutWidth
        openScript?.refresh()
    }

    /// Calls every ``runFinishedHandlers`` entry.
    func runFinished() {
        for handler in runFinishedHandlers { handler() }
    }

    /// Writes `error` to the error channel and says how the run ended.
    @discardableResult
    func report(_ error: ExecutionError, style: ErrorReport.Style, lineOffset: Int = 0) -> ExecutionOutcome {
        let report = ErrorReport(error: error, sources: sourcesByFile, lineOffset: lineOffset)
        output.write(report.text(style: style), to: .error)
        return report.outcome
    }
}

/// A weak reference from the Lab's command built-ins back to their session.
///
/// NOTE: built-ins are `@Sendable`, but they only ever run on the thread that runs the
/// interpreter, which is the thread that owns the session; the reference never crosses threads.
final class SessionLink: @unchecked Sendable {
    weak var session: Session?
}
