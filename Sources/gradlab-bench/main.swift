#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// gradlab-bench: measures GradLab's budgets and prints a table (or, with --json, one JSON
// object mapping each row's key to its value).
//
// Each suite adds named rows to one table: the engine and networks, the language and Lab
// (start-up included), the example's training code run from the language, the debugger,
// lesson 2 as a separate process, and the example's figures rendered to terminal text and SVG.

let arguments = CommandLine.arguments.dropFirst()
let wantsJSON = arguments.contains("--json")
let exampleOnly = arguments.contains("--example-only")
let repeats = arguments.firstIndex(of: "--repeat").flatMap { index in
    arguments.index(after: index) < arguments.endIndex ? Int(arguments[arguments.index(after: index)]) : nil
}.map { max($0, 1) } ?? 3
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
        usage: gradlab-bench [--json] [--example-only] [--repeat N]
          --json          print one JSON object instead of the table
          --example-only  stop after the MathWorks example loop (for profiling it)
          --repeat N      run the example loop N times and report the best (default 3)
        """)
    exit(0)
}

/// A named group of measurements that adds rows to the table.
struct BenchmarkSuite {
    let name: String
    let run: (inout BenchmarkTable) throws -> Void
}

let suites: [BenchmarkSuite] = [
    BenchmarkSuite(name: "engine and networks") { try CoreBenchmarks.run(into: &$0, exampleOnly: exampleOnly, repeats: repeats) },
    BenchmarkSuite(name: "language and lab") { table in
        if !exampleOnly { try LabBenchmarks.run(into: &table) }
    },
    BenchmarkSuite(name: "example script") { try ExampleScriptBenchmark.run(into: &$0) },
    BenchmarkSuite(name: "debugger") { table in
        if !exampleOnly { try DebuggerBenchmarks.run(into: &table) }
    },
    BenchmarkSuite(name: "lesson 2") { table in
        if !exampleOnly { try LessonBenchmarks.run(into: &table) }
    },
    BenchmarkSuite(name: "graphics") { table in
        if !exampleOnly { try GraphicsBenchmarks.run(into: &table) }
    },
]

var table = BenchmarkTable()
table.add(BenchmarkRow("load_average", Measurement.loadAverage(), unit: "",
                       note: "1-minute load average at the start; timings above the core count are inflated"))
for suite in suites {
    do {
        try suite.run(&table)
    } catch {
        let message = "gradlab-bench: \(suite.name): \(error)\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        exit(1)
    }
}
table.add(BenchmarkRow("peak_rss_total_mb", Measurement.peakResidentMegabytes(), unit: "MB",
                       note: "getrusage ru_maxrss over the whole run"))
print(wantsJSON ? table.renderedJSON() : table.renderedText())
