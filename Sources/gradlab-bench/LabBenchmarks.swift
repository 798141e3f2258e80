import Foundation
import Lab
import MatLang

/// Rows for the language and the Lab: how fast the session starts, interprets a scalar loop,
/// parses a long script, and runs code a learner types — measured in process through a
/// ``Session``, and start-up also as a separate `gradlab` process.
enum LabBenchmarks {
    static func run(into table: inout BenchmarkTable) throws {
        let sessionSeconds = Measurement.bestSecondsPerCall(warmup: 1, iterations: 5, repeats: 3) {
            let session = Session.standard(output: BenchmarkSink())
            _ = session.execute("x = 1;")
        }
        table.add(BenchmarkRow("session_ready_ms", sessionSeconds * 1000, unit: "ms",
                               note: "Session.standard plus its first statement, in process"))
        if let startup = try startupSeconds() {
            table.add(BenchmarkRow("startup_ms", startup * 1000, unit: "ms", budget: .atMost(100),
                                   note: "gradlab -e '' as a process, best of 10"))
        }
        let loop = try runSeconds("s = 0; for k = 1:1e6, s = s + k; end")
        table.add(BenchmarkRow("scalar_loop_seconds", loop, unit: "s", budget: .atMost(0.5),
                               note: "s = s + k for k = 1:1e6, interpreted"))
        let script = (1...1000).map { "y\($0 % 50) = sin(\($0)) * [1 2; 3 4] + max(\($0), 3); % line \($0)" }
            .joined(separator: "\n")
        let parse = Measurement.bestSecondsPerCall(warmup: 1, iterations: 5, repeats: 3) {
            _ = try? Interpreter.parseScript(source: script, file: "bench.m")
        }
        table.add(BenchmarkRow("parse_1000_lines_ms", parse * 1000, unit: "ms", budget: .atMost(20),
                               note: "a 1000-line script parsed into sections"))
    }

    /// Seconds one statement takes in a fresh standard session.
    private static func runSeconds(_ source: String) throws -> Double {
        let session = Session.standard(output: BenchmarkSink())
        var outcome = ExecutionOutcome.completed
        let seconds = Measurement.seconds { outcome = session.execute(source) }
        guard case .completed = outcome else { throw LabBenchmarkError.failed(source) }
        return seconds
    }

    /// The best wall time of `gradlab -e ''` over 10 launches, when the executable sits beside
    /// this benchmark (`swift build -c release` builds both); `nil` when it does not.
    private static func startupSeconds() throws -> Double? {
        guard let executable = Measurement.gradlabExecutable else { return nil }
        var best = Double.infinity
        for _ in 0..<10 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["-e", ""]
            process.standardOutput = FileHandle.nullDevice
            let seconds = try Measurement.seconds {
                try process.run()
                process.waitUntilExit()
            }
            best = min(best, seconds)
        }
        return best
    }
}

/// An output that keeps nothing.
final class BenchmarkSink: OutputSink {
    /// What was written to the error channel (the rest is dropped).
    private(set) var errors = ""
    func write(_ text: String, to channel: OutputChannel) { if channel == .error { errors += text } }
    var columns: Int? { 100 }
    var usesColor: Bool { false }
}

enum LabBenchmarkError: Error, CustomStringConvertible {
    case failed(String)
    var description: String {
        switch self {
        case .failed(let source): "the statement failed: \(source)"
        }
    }
}
