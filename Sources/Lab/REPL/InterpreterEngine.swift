import MatLang

/// A ``REPLEngine`` over the MatLang ``Interpreter`` alone: statements, scripts, display,
/// errors and Ctrl-C, without the debugger or lessons (the Lab session adds those).
///
/// Results go to the output's standard channel; errors are rendered once, by
/// `ExecutionError.rendered(source:)`, to the error channel, with a caret under the REPL line.
public final class InterpreterEngine: REPLEngine {
    /// The interpreter that runs every entry.
    public let interpreter: Interpreter
    private let output: any OutputSink

    /// Creates an engine whose interpreter writes to `output`.
    public init(output: any OutputSink, interpreter: Interpreter = Interpreter()) {
        self.output = output
        self.interpreter = interpreter
        interpreter.output = { [unowned output] text in output.write(text, to: .standard) }
    }

    /// The start-up line, saying how to begin.
    public var banner: String {
        "GradLab \(GradLabVersion.string) — step through backpropagation. `help`, `lessons`, `open 2` to begin."
    }

    /// Never paused: this engine has no debugger.
    public var isPaused: Bool { false }

    /// The interpreter's interrupt flag.
    public var interruptor: any InterruptRequesting { interpreter.interrupt }

    /// Runs a REPL entry in the base workspace.
    public func execute(_ source: String) -> ExecutionOutcome {
        run(source, file: "<repl>", caretSource: Self.isShowable(source) ? source : nil)
    }

    /// Whether an entry may be echoed under an error with a caret: short, and free of control
    /// characters that would garble the terminal (binary input, escape sequences).
    static func isShowable(_ source: String) -> Bool {
        source.utf8.count <= 1000
            && source.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    }

    /// Runs a whole script; errors name `file` and its line.
    public func runScript(_ source: String, file: String) -> ExecutionOutcome {
        run(source, file: file, caretSource: nil)
    }

    /// `text` with control characters other than newline and tab shown as `^X` / `\u{…}`, so an
    /// error about binary input cannot send escape sequences to the terminal.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)) {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 {
                result += "^" + String(UnicodeScalar(UInt8(scalar.value) + 0x40))
            } else {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result
    }

    /// Runs `source`; `caretSource` is the text to show under an error, `nil` to show none.
    private func run(_ source: String, file: String, caretSource: String?) -> ExecutionOutcome {
        interpreter.interrupt.clear()
        do {
            try interpreter.run(source: source, file: file)
            return .completed
        } catch {
            if case .runtime(.interrupted, _, _, _) = error {
                output.write("Operation terminated by user.\n", to: .error)
                return .interrupted
            }
            let text = caretSource != nil || file != "<repl>"
                ? error.rendered(source: caretSource)
                : "Error: \(error.message)\n  at \(error.location)"
            output.write(Self.printable(text) + "\n", to: .error)
            if case .syntax = error { return .failed(.syntax) }
            return .failed(.runtime)
        }
    }
}

extension InterruptFlag: InterruptRequesting {
    /// Sets the flag (``InterruptFlag/request()``).
    public func requestInterrupt() {
        request()
    }
}
