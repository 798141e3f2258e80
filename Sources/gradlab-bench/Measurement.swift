import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing and memory readings for the benchmark.
enum Measurement {
    /// The `gradlab` executable beside this benchmark (`swift build -c release` builds both),
    /// nil when it is not there.
    static var gradlabExecutable: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let executable = folder.appendingPathComponent("gradlab")
        return FileManager.default.isExecutableFile(atPath: executable.path) ? executable : nil
    }

    /// Monotonic time in seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// The best (smallest) time per call of `body` in seconds over `repeats` rounds of
    /// `iterations` calls each, after `warmup` calls; the minimum is the least noisy estimate
    /// on a shared machine.
    static func bestSecondsPerCall(warmup: Int, iterations: Int, repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        for _ in 0..<warmup { try body() }
        var best = Double.infinity
        for _ in 0..<repeats {
            let elapsed = try seconds {
                for _ in 0..<iterations { try body() }
            }
            best = min(best, elapsed / Double(iterations))
        }
        return best
    }

    /// CPU time (user + system) the process has used so far, in seconds; unlike wall-clock time
    /// it does not grow while other processes hold the cores.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The system's 1-minute load average (`getloadavg`), to read the timings against: above
    /// the core count, other processes were competing for the CPU.
    static func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : .nan
    }

    /// The process's peak resident set size in megabytes (`getrusage`, `ru_maxrss`).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #if os(Linux)
        return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
        #else
        return Double(usage.ru_maxrss) / (1024 * 1024) // bytes on macOS
        #endif
    }
}
