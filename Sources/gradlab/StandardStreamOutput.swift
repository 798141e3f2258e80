import CEditLine
import Lab

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard output and standard error as an ``OutputSink``.
///
/// Results go to standard output and errors to standard error; standard output is flushed
/// before anything is written to standard error so that the two interleave in order on a terminal.
final class StandardStreamOutput: OutputSink {
    /// Whether standard output is a terminal.
    let isTerminal: Bool
    /// Whether ANSI colour may be written (decided once by ``ColorPolicy``).
    let usesColor: Bool

    init(isTerminal: Bool, usesColor: Bool) {
        self.isTerminal = isTerminal
        self.usesColor = usesColor
    }

    /// The terminal's current width (`TIOCGWINSZ`), read on every call so that resizes are honoured.
    var columns: Int? {
        guard isTerminal else { return nil }
        let width = Int(gl_terminal_columns(STDOUT_FILENO))
        return width > 0 ? width : nil
    }

    func write(_ text: String, to channel: OutputChannel) {
        let stream = channel == .standard ? gl_stdout() : gl_stderr()
        if channel == .error { fflush(gl_stdout()) }
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            _ = fwrite(base, 1, bytes.count, stream)
        }
        fflush(stream)
    }
}

/// Whether output may be coloured: only on a terminal, never with `--no-color`, a non-empty
/// `NO_COLOR` (https://no-color.org) or `TERM=dumb`.
enum ColorPolicy {
    static func usesColor(noColorFlag: Bool, isTerminal: Bool, environment: [String: String]) -> Bool {
        if noColorFlag || !isTerminal { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
