import Lab

/// Reads lines from a pipe or file on standard input for batch mode: no prompts, no editing, no history.
///
/// Invalid UTF-8 is replaced with U+FFFD (the parser then reports the character);
/// a closed or exhausted standard input is the end of input.
final class StandardInputReader: LineReader {
    var history: [String] { [] }

    func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func addHistory(_ line: String) {}
}
