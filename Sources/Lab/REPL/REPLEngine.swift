/// What the ``REPL`` loop drives: the session that parses, runs and displays.
///
/// The loop owns the conversation (prompts, continuation lines, history, Ctrl-C and Ctrl-D);
/// the engine owns the language, the workspace and the debugger. The engine writes its own
/// results and rendered errors to the ``OutputSink`` it was made with and reports through
/// ``ExecutionOutcome`` how each run ended.
public protocol REPLEngine: AnyObject {
    /// The text shown once when the REPL starts, saying how to begin (no trailing newline).
    var banner: String { get }

    /// Whether the debugger has paused a run, so that the prompt is `K>> `.
    var isPaused: Bool { get }

    /// The prompt for a new statement: `>> `, or `K>> ` while paused.
    var prompt: String { get }

    /// The prompt for a continuation line of an unfinished statement.
    var continuationPrompt: String { get }

    /// Whether `source` is a whole statement, or the loop should read more lines
    /// (an unfinished `for`/`if`/`while`/`switch`/`try`/`function`, an open bracket, a trailing `...`).
    func isComplete(_ source: String) -> Bool

    /// Runs one REPL entry (possibly several lines), printing its results and errors.
    func execute(_ source: String) -> ExecutionOutcome

    /// Runs a whole script file in batch mode; `file` names it in error locations.
    func runScript(_ source: String, file: String) -> ExecutionOutcome

    /// The completions for a Tab press with the cursor at `cursor` in `line`.
    func completions(line: String, cursor: String.Index) -> Completions

    /// Whether `source`, typed while paused, is a step command that Enter on an empty line repeats.
    func isStepCommand(_ source: String) -> Bool

    /// The handle the front end uses, from another thread, to interrupt a running statement.
    var interruptor: any InterruptRequesting { get }
}

extension REPLEngine {
    /// `>> `, or `K>> ` while the debugger has paused a run.
    public var prompt: String {
        isPaused ? "K>> " : ">> "
    }

    /// Dots as wide as the prompt's `>>` part: `.. ` for `>> `, `... ` for `K>> `.
    public var continuationPrompt: String {
        String(repeating: ".", count: max(prompt.count - 1, 1)) + " "
    }

    /// The lexical check of ``SourceCompleteness``.
    public func isComplete(_ source: String) -> Bool {
        SourceCompleteness.isComplete(source)
    }

    /// `dbstep` in any form (`dbstep in`, `dbstep out`, `dbstep back`, `dbstep 3`) and its
    /// pdb aliases `s`, `step`, `n`, `next`.
    public func isStepCommand(_ source: String) -> Bool {
        let words = source.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { return false }
        switch first {
        case "dbstep":
            return true
        case "s", "step", "n", "next":
            return words.count == 1
        default:
            return false
        }
    }

    /// Asks the running statement to stop; forwards to ``interruptor``.
    public func requestInterrupt() {
        interruptor.requestInterrupt()
    }
}
