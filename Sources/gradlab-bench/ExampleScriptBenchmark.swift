import Autograd
import Foundation
import Lab

/// `example_script_seconds`: the MathWorks example's training section run as MatLang code
/// through a `Session` with the deep-learning built-ins — data, both networks, 2 × 2000
/// iterations recording `losses` and `meanGradients`. The example's plotting lines are left out
/// so that only the language, the objects and the engine are timed.
enum ExampleScriptBenchmark {
    /// The example's training code without its figures, from the shared copy of the example.
    static let script = VanishingGradientsExample.trainingScript()

    /// Runs the script twice (each time in a fresh session) and adds the best time, its CPU
    /// time and its ratio to the engine's `example_loop_seconds` from the same run — the
    /// budget is 1.5 × the engine (the interpreter must not be the bottleneck).
    static func run(into table: inout BenchmarkTable) throws {
        // NOTE: single-threaded BLAS, as for example_loop_seconds (the products are tiny).
        BLAS.setThreadCount(1)
        var best = (seconds: Double.infinity, cpu: 0.0, note: "")
        for _ in 0..<2 {
            let sink = BenchmarkSink()
            let session = Session(output: sink, lessons: LessonCatalog(folder: "/nonexistent"))
            session.registerDeepLearning()
            let cpuBefore = Measurement.cpuSeconds()
            let started = Date()
            let outcome = session.runScript(script, file: "example.m")
            let seconds = Date().timeIntervalSince(started)
            let cpu = Measurement.cpuSeconds() - cpuBefore
            guard outcome == .completed else { throw BenchmarkFailure(message: "example script failed: " + sink.errors) }
            let losses = (try? session.workspace.value(of: "losses")?.doubleArray().elements) ?? []
            let last = losses.count == 4000 ? "final loss ReLU \(String(format: "%.3f", losses[1999])), Sigmoid \(String(format: "%.3f", losses[3999]))" : ""
            if seconds < best.seconds { best = (seconds, cpu, last) }
        }
        table.add(BenchmarkRow("example_script_seconds", best.seconds, unit: "s",
                               note: "the example's training code through a Session, 2 × 2000 iterations, best of 2; \(best.note)"))
        table.add(BenchmarkRow("example_script_cpu_seconds", best.cpu, unit: "s", note: "CPU time of that run"))
        if let engine = table.value(of: "example_loop_seconds"), engine > 0 {
            table.add(BenchmarkRow("example_script_ratio", best.seconds / engine, unit: "×", budget: .atMost(1.5),
                                   note: "example_script_seconds / example_loop_seconds"))
        }
    }
}

/// A benchmark that could not run.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
