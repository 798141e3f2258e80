import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lesson2_seconds`: lesson 2 as a learner runs it in batch mode — `gradlab --figures DIR
/// Lessons/02-vanishing-gradients.m`, a separate process writing every figure as SVG — with the
/// peak memory of that process. Needs the `gradlab` executable beside this benchmark and the
/// repository's `Lessons/` folder in the current directory (`make bench` runs from the root).
enum LessonBenchmarks {
    static func run(into table: inout BenchmarkTable) throws {
        let lesson = FileManager.default.currentDirectoryPath + "/Lessons/02-vanishing-gradients.m"
        guard let executable = Measurement.gradlabExecutable, FileManager.default.fileExists(atPath: lesson) else { return }
        let figures = FileManager.default.temporaryDirectory
            .appendingPathComponent("gradlab-bench-figures-\(getpid())")
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: figures) }
        var best = Double.infinity
        var peak = 0.0
        for _ in 0..<2 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--figures", figures.path, lesson]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let seconds = try Measurement.seconds {
                try process.run()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else {
                throw LabBenchmarkError.failed("gradlab \(lesson) exited with \(process.terminationStatus)")
            }
            best = min(best, seconds)
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            peak = max(peak, Double(usage.ru_maxrss) / 1024)
        }
        table.add(BenchmarkRow("lesson2_seconds", best, unit: "s", budget: .atMost(2),
                               note: "gradlab --figures DIR Lessons/02-vanishing-gradients.m, best of 2"))
        table.add(BenchmarkRow("lesson2_peak_rss_mb", peak, unit: "MB", budget: .atMost(150),
                               note: "peak memory of that process (largest child so far)"))
    }
}
