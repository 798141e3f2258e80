import Lab

/// A terminal transcript: what was shown (prompts, echoed input, output) in order.
final class Transcript: OutputSink {
    private(set) var text = ""
    private(set) var errors = ""
    var columns: Int? { 40 }
    var usesColor: Bool { false }

    func write(_ text: String, to channel: OutputChannel) {
        self.text += text
        if channel == .error { errors += text }
    }

    func echo(_ text: String) {
        self.text += text
    }
}

/// A line reader that replays scripted inputs and echoes them into a transcript like a terminal.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private let transcript: Transcript
    private(set) var history: [String] = []

    init(_ inputs: [LineInput], transcript: Transcript) {
        self.inputs = inputs
        self.transcript = transcript
    }

    /// Lines typed and then Enter, in order.
    convenience init(lines: [String], transcript: Transcript) {
        self.init(lines.map(LineInput.line), transcript: transcript)
    }

    func readLine(prompt: String) -> LineInput {
        guard !inputs.isEmpty else {
            transcript.echo(prompt + "^D\n")
            return .endOfInput
        }
        let input = inputs.removeFirst()
        switch input {
        case .line(let text): transcript.echo(prompt + text + "\n")
        case .interrupted: transcript.echo(prompt + "^C\n")
        case .endOfInput: transcript.echo(prompt + "^D\n")
        }
        return input
    }

    func addHistory(_ line: String) {
        history.append(line)
    }
}
