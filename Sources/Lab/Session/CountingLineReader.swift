/// A line reader that counts the lines it hands out, so that code piped to standard input can
/// report an error at its real line (`<stdin>:7:3: error: …`) as a script file does.
public final class CountingLineReader: LineReader {
    /// The reader the lines come from.
    public let base: any LineReader
    /// How many lines have been read so far, blank ones included.
    public private(set) var linesRead = 0

    /// Counts the lines read from `base`.
    public init(_ base: any LineReader) {
        self.base = base
    }

    /// The next input of `base`, counting it when it is a line.
    public func readLine(prompt: String) -> LineInput {
        let input = base.readLine(prompt: prompt)
        if case .line = input { linesRead += 1 }
        return input
    }

    /// Records `line` in the history of `base`.
    public func addHistory(_ line: String) {
        base.addHistory(line)
    }

    /// The history of `base`.
    public var history: [String] { base.history }
}
