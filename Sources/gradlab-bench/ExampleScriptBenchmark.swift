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

    /// The same training code with mini-batches read straight into single precision: no
    /// `MiniBatchFcn`, so no double-precision observations, cell arrays or `cat`, and the
    /// targets one-hot encoded in `modelLoss` instead. What it saves is the cost of the
    /// example's data path; what is left over the engine is the language's own.
    static func scriptWithoutMiniBatchFcn() throws -> String {
        let edits = [("    MiniBatchFcn=@preprocessMiniBatch, ...\n", ""),
                     ("loss = crossentropy(Y,T);", "loss = crossentropy(Y,onehotencode(T,1));")]
        var text = script
        for (old, new) in edits {
            guard text.contains(old) else { throw BenchmarkFailure(message: "the example's script no longer contains `\(old)`") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// Runs the script and its variant without `MiniBatchFcn` twice each (each time in a fresh
    /// session) and adds the best times, the CPU time and the ratios to the engine's
    /// `example_loop_seconds` from the same run — the budget is 1.5 × the engine (the
    /// interpreter must not be the bottleneck).
    static func run(into table: inout BenchmarkTable) throws {
        // NOTE: single-threaded BLAS, as for example_loop_seconds (the products are tiny).
        BLAS.setThreadCount(1)
        let best = try bestRun(of: script)
        table.add(BenchmarkRow("example_script_seconds", best.seconds, unit: "s",
                               note: "the example's training code through a Session, 2 × 2000 iterations, best of 2; \(best.note)"))
        table.add(BenchmarkRow("example_script_cpu_seconds", best.cpu, unit: "s", note: "CPU time of that run"))
        let plain = try bestRun(of: try scriptWithoutMiniBatchFcn())
        table.add(BenchmarkRow("example_script_nofcn_seconds", plain.seconds, unit: "s",
                               note: "the same without MiniBatchFcn (batches straight into single precision), best of 2; \(plain.note)"))
        if let engine = table.value(of: "example_loop_seconds"), engine > 0 {
            table.add(BenchmarkRow("example_script_ratio", best.seconds / engine, unit: "×", budget: .atMost(1.5),
                                   note: "example_script_seconds / example_loop_seconds"))
            table.add(BenchmarkRow("example_script_nofcn_ratio", plain.seconds / engine, unit: "×",
                                   note: "example_script_nofcn_seconds / example_loop_seconds: the language without the example's data path"))
        }
    }

    /// The best of two runs of `source`, each in a fresh session, with its CPU time and final losses.
    private static func bestRun(of source: String) throws -> (seconds: Double, cpu: Double, note: String) {
        var best = (seconds: Double.infinity, cpu: 0.0, note: "")
        for _ in 0..<2 {
            let sink = BenchmarkSink()
            let session = Session(output: sink, lessons: LessonCatalog(folder: "/nonexistent"))
            session.registerDeepLearning()
            let cpuBefore = Measurement.cpuSeconds()
            let started = Date()
            let outcome = session.runScript(source, file: "example.m")
            let seconds = Date().timeIntervalSince(started)
            let cpu = Measurement.cpuSeconds() - cpuBefore
            guard outcome == .completed else { throw BenchmarkFailure(message: "example script failed: " + sink.errors) }
            let losses = (try? session.workspace.value(of: "losses")?.doubleArray().elements) ?? []
            let last = losses.count == 4000 ? "final loss ReLU \(String(format: "%.3f", losses[1999])), Sigmoid \(String(format: "%.3f", losses[3999]))" : ""
            if seconds < best.seconds { best = (seconds, cpu, last) }
        }
        return best
    }
}

/// A benchmark that could not run.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
