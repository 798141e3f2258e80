#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// gradlab-bench: measures GradLab's budgets and prints a table (or, with --json, one JSON
// object mapping each row's key to its value).

let arguments = CommandLine.arguments.dropFirst()
let wantsJSON = arguments.contains("--json")
if arguments.contains("--help") || arguments.contains("-h") {
    print("usage: gradlab-bench [--json] [--example-only]")
    exit(0)
}

var table = BenchmarkTable()
do {
    try CoreBenchmarks.run(into: &table, exampleOnly: arguments.contains("--example-only"))
} catch {
    let message = "gradlab-bench: \(error)\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(1)
}
table.add(BenchmarkRow("peak_rss_total_mb", Measurement.peakResidentMegabytes(), unit: "MB",
                       note: "getrusage ru_maxrss over the whole run (wide nets, 1024² SGEMM, 2 BLAS threads)"))
print(wantsJSON ? table.renderedJSON() : table.renderedText())
