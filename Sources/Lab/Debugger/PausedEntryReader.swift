/// What the reader of a `K>>` loop hands on: a complete entry to run, a request to repeat the
/// last step command (Enter on an empty line), or the end of input.
enum PausedEntry: Equatable {
    case command(String)
    case repeatLastStep
    case endOfInput
}

/// The reading half of both `K>>` loops (a paused backward pass and a paused script): prompts
/// with `K>>` or the continuation prompt, joins lines until the entry is complete, drops a
/// half-typed entry on Ctrl-C, and records complete entries in the history. Completeness is
/// judged as at `>>`: each line is scanned once, and the parser is asked only when the scan
/// finds the entry whole (so a `function` line waits for its `end`).
struct PausedEntryReader {
    private var pending: [String] = [] {
        didSet { if pending.isEmpty { progress = SourceCompleteness.Progress() } }
    }
    private var progress = SourceCompleteness.Progress()

    /// Reads until there is an entry, through `read` (which shows the prompt it is given).
    mutating func next(in session: Session, read: (_ prompt: String) -> LineInput,
                       remember: (_ entry: String) -> Void) -> PausedEntry {
        while true {
            let prompt = pending.isEmpty ? session.prompt : session.continuationPrompt
            switch read(prompt) {
            case .endOfInput:
                return .endOfInput
            case .interrupted:
                pending.removeAll()
            case .line(let text):
                if pending.isEmpty, text.allSatisfy(\.isWhitespace) { return .repeatLastStep }
                pending.append(text)
                progress.add(line: text)
                guard progress.isComplete else { continue }
                let source = pending.joined(separator: "\n")
                guard session.isComplete(source) else { continue }
                pending.removeAll()
                remember(source)
                return .command(source)
            }
        }
    }
}
