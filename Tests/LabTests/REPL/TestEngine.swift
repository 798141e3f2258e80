import Lab
import Synchronization

/// A tiny engine for transcript tests: integer variables, a pausable debugger and scripted errors.
///
/// - `x = 3` assigns (shows `x = 3` unless the line ends in `;`), `x` shows a variable;
/// - an unknown name is a runtime error, a line containing `@@` a syntax error;
/// - a multi-line entry reports how many lines it ran;
/// - `pause` pauses, `dbstep` (or `s`) advances a step counter, `dbcont` resumes;
/// - `bye` asks to exit with status 3.
final class TestEngine: REPLEngine {
    let output: any OutputSink
    private(set) var variables: [String: Int] = [:]
    private(set) var executed: [String] = []
    private(set) var isPaused = false
    private var step = 0
    let flag = TestInterruptFlag()

    init(output: any OutputSink) {
        self.output = output
    }

    var banner: String { "TestLab — type `help` to begin." }
    var interruptor: any InterruptRequesting { flag }

    func execute(_ source: String) -> ExecutionOutcome {
        executed.append(source)
        let lines = source.split(separator: "\n")
        if lines.count > 1 {
            output.write("ran \(lines.count) lines\n")
            return .completed
        }
        let statement = source.trimmingCharacters(in: " ")
        if statement.contains("@@") {
            output.write("Error: Invalid syntax.\n", to: .error)
            return .failed(.syntax)
        }
        switch statement {
        case "pause":
            isPaused = true
            step = 0
            return .completed
        case "dbstep", "s":
            step += 1
            output.write("step \(step)\n")
            return .completed
        case "dbcont":
            isPaused = false
            return .completed
        case "bye":
            return .exitRequested(status: 3)
        default:
            break
        }
        let quiet = statement.hasSuffix(";")
        let body = quiet ? String(statement.dropLast()) : statement
        let parts = body.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
        if parts.count == 2, let value = Int(parts[1]) {
            variables[parts[0]] = value
            if !quiet { output.write("\(parts[0]) = \(value)\n") }
            return .completed
        }
        guard let value = variables[body] else {
            output.write("Error: Unrecognized variable '\(body)'.\n", to: .error)
            return .failed(.runtime)
        }
        output.write("\(body) = \(value)\n")
        return .completed
    }

    func runScript(_ source: String, file: String) -> ExecutionOutcome {
        execute(source)
    }

    func completions(line: String, cursor: String.Index) -> Completions {
        let before = line[..<cursor]
        let stem = String(before.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }).reversed())
        return Completions(stem: stem, candidates: variables.keys.filter { $0.hasPrefix(stem) }.sorted())
    }
}

/// An interrupt flag that records requests from any thread.
final class TestInterruptFlag: InterruptRequesting {
    private let requests = Atomic<Int>(0)

    var requestCount: Int { requests.load(ordering: .relaxed) }

    func requestInterrupt() {
        requests.add(1, ordering: .relaxed)
    }
}

extension String {
    func trimmingCharacters(in characters: Character) -> String {
        var slice = Substring(self)
        while slice.first == characters { slice.removeFirst() }
        while slice.last == characters { slice.removeLast() }
        return String(slice)
    }
}

extension Substring {
    func trimmingCharacters(in characters: Character) -> String {
        String(self).trimmingCharacters(in: characters)
    }
}
