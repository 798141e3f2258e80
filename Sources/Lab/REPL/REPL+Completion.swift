extension REPL {
    /// The words the loop itself understands as the first word of a line.
    public static let commands = ["exit", "history", "quit"]

    /// Tab completion for a line: the engine's completions, plus the loop's own ``commands``
    /// when the word being completed is the first word on the line, plus file names in the
    /// argument of `open`, `run`, `load` and the other ``FileNameCompletion/commands``.
    public static func completions(line: String, cursor: String.Index, engine: any REPLEngine) -> Completions {
        var completions = engine.completions(line: line, cursor: cursor)
        if let files = FileNameCompletion.completions(line: line, cursor: cursor), !files.candidates.isEmpty {
            if completions.candidates.isEmpty || completions.stem != files.stem { return files }
            completions.candidates = Array(Set(completions.candidates + files.candidates)).sorted()
            return completions
        }
        let before = line[..<cursor]
        let word = before.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        let isFirstWord = before.dropLast(word.count).allSatisfy { $0 == " " || $0 == "\t" }
        guard isFirstWord, !word.isEmpty else { return completions }
        let stem = String(word.reversed())
        if completions.candidates.isEmpty { completions.stem = stem }
        guard completions.stem == stem else { return completions }
        let extra = commands.filter { $0.hasPrefix(stem) && !completions.candidates.contains($0) }
        completions.candidates = (completions.candidates + extra).sorted()
        return completions
    }
}
