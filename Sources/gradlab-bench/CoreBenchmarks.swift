import Autograd
import NeuralNet

/// The engine and network rows of the benchmark: data generation, the MathWorks example's whole
/// training loop, single training steps and SGEMM throughput.
enum CoreBenchmarks {
    /// Runs the core benchmarks and adds their rows to `table`; `exampleOnly` stops after the
    /// example loop (for profiling it alone), which runs `repeats` times.
    static func run(into table: inout BenchmarkTable, exampleOnly: Bool = false, repeats: Int = 3) throws {
        var digits: DigitDataSet?
        let digitsSeconds = Measurement.seconds { digits = SyntheticDigits.trainingSet() }
        guard let data = digits else { return }
        table.add(BenchmarkRow("digits_ms", digitsSeconds * 1000, unit: "ms",
                               note: "\(data.count) synthetic 28×28 digits"))

        table.add(BenchmarkRow("batch_us", try batchMicroseconds(data), unit: "µs",
                               note: "gathering one shuffled batch of 128 images and one-hot targets"))

        // NOTE: the example's products are tiny; waking OpenBLAS's second thread costs more
        // than it saves, so the example runs single-threaded.
        BLAS.setThreadCount(1)
        // The whole loop runs `repeats` times; the best run is reported, as for the other rows
        // (the machine is shared, and interference only ever adds time).
        var best = (seconds: Double.infinity, cpu: 0.0, losses: [Float]())
        for _ in 0..<repeats {
            let cpuBefore = Measurement.cpuSeconds()
            let (seconds, losses) = try exampleLoop(data)
            let cpu = Measurement.cpuSeconds() - cpuBefore
            if seconds < best.seconds { best = (seconds, cpu, losses) }
        }
        table.add(BenchmarkRow("example_loop_seconds", best.seconds, unit: "s", budget: .atMost(1.0),
                               note: "2 × 2000 iterations, batch 128, best of \(repeats); final loss ReLU \(rounded(best.losses[0])), Sigmoid \(rounded(best.losses[1]))"))
        table.add(BenchmarkRow("example_loop_cpu_seconds", best.cpu, unit: "s",
                               note: "CPU time of that run (less sensitive to a busy machine)"))
        table.add(BenchmarkRow("peak_rss_mb", Measurement.peakResidentMegabytes(), unit: "MB", budget: .atMost(100),
                               note: "getrusage ru_maxrss after the data and the example loop"))
        if exampleOnly { return }

        for activation in [HiddenActivation.sigmoid, .relu] {
            let layers = try ExampleTrainer.exampleLayers(activation: activation)
            let micros = try stepMicroseconds(layers: layers, data: data)
            table.add(BenchmarkRow("step_us_\(activation.rawValue.lowercased())", micros, unit: "µs",
                                   note: "784→10→10→10→10, batch 128, forward + backward + Adam"))
        }
        let wide = try ExampleTrainer.exampleLayers(activation: .relu, hiddenSizes: [256, 256, 256, 256])
        var wideTimes: [(threads: Int, micros: Double)] = []
        for threads in [1, 2] {
            BLAS.setThreadCount(threads)
            wideTimes.append((threads, try stepMicroseconds(layers: wide, data: data)))
        }
        let bestWide = wideTimes.min { $0.micros < $1.micros }!
        table.add(BenchmarkRow("step_us_wide", bestWide.micros, unit: "µs",
                               note: "784→256→256→256→256→10, batch 128, ReLU; best of "
                                   + wideTimes.map { "\($0.threads) thread(s) \(Int($0.micros)) µs" }.joined(separator: ", ")))
        BLAS.setThreadCount(1)

        table.add(BenchmarkRow("sgemm_gflops", try gemmGigaflops(m: 10, n: 128, k: 784, transposeRight: false),
                               unit: "GFLOP/s", note: "fc_1 forward: (10×784)·(784×128)"))
        table.add(BenchmarkRow("sgemm_gflops_dw", try gemmGigaflops(m: 10, n: 784, k: 128, transposeRight: true),
                               unit: "GFLOP/s", note: "fc_1 weight gradient: (10×128)·(784×128)ᵀ"))
        BLAS.setThreadCount(2)
        table.add(BenchmarkRow("sgemm_gflops_square", try gemmGigaflops(m: 1024, n: 1024, k: 1024, transposeRight: false),
                               unit: "GFLOP/s", note: "1024×1024 · 1024×1024, 2 threads"))
    }

    /// The MathWorks example end to end for the ReLU and the sigmoid network: 50 epochs of
    /// 40 mini-batches (39 × 128 + 8), shuffled every epoch, recording every iteration's signed
    /// mean weight gradients and every epoch's 30-bin histograms. Returns the seconds taken and
    /// each network's final loss.
    static func exampleLoop(_ data: DigitDataSet) throws -> (Double, [Float]) {
        var generator = RandomGenerator(seed: 2026)
        var finalLosses: [Float] = []
        var total = 0.0
        for activation in [HiddenActivation.relu, .sigmoid] {
            let network = try Network(layers: ExampleTrainer.exampleLayers(activation: activation), using: &generator)
            let batches = try MiniBatches(data: data.images, labels: data.labels, classCount: 10, batchSize: 128)
            var trainer = ExampleTrainer(network: network, batches: batches)
            total += try Measurement.seconds {
                try trainer.train(epochs: 50, using: &generator)
            }
            finalLosses.append(trainer.record.losses.suffix(40).reduce(0, +) / 40)
        }
        return (total, finalLosses)
    }

    /// The best time of filling one shuffled mini-batch of 128 in place.
    static func batchMicroseconds(_ data: DigitDataSet) throws -> Double {
        var batches = try MiniBatches(data: data.images, labels: data.labels, classCount: 10, batchSize: 128)
        var generator = RandomGenerator(seed: 3)
        batches.shuffle(using: &generator)
        var input = Tensor(zeros: Shape([0])), targets = Tensor(zeros: Shape([0]))
        var index = 0
        let seconds = Measurement.bestSecondsPerCall(warmup: 40, iterations: 390, repeats: 5) {
            batches.fill(batch: index, input: &input, targets: &targets)
            index = (index + 1) % 39
        }
        return seconds * 1e6
    }

    /// The best time of one training step (forward, loss, backward, Adam) on a batch of 128.
    static func stepMicroseconds(layers: [any Layer], data: DigitDataSet) throws -> Double {
        var generator = RandomGenerator(seed: 7)
        var network = try Network(layers: layers, using: &generator)
        let batches = try MiniBatches(data: data.images, labels: data.labels, classCount: 10, batchSize: 128)
        let (input, targets) = batches.batch(0)
        var optimizer = AdamOptimizer(parameterCount: network.learnableCount)
        let tape = Tape()
        let seconds = try Measurement.bestSecondsPerCall(warmup: 20, iterations: 100, repeats: 5) {
            let step = try network.lossAndGradients(input: input, targets: targets, tape: tape)
            tape.removeAll()
            try optimizer.step(&network, gradients: step.gradients)
        }
        return seconds * 1e6
    }

    /// SGEMM throughput for an `m×k` by `k×n` product, in GFLOP/s (2mnk per call).
    static func gemmGigaflops(m: Int, n: Int, k: Int, transposeRight: Bool) throws -> Double {
        let a = Tensor(repeating: 0.5, shape: Shape([m, k]))
        let b = Tensor(repeating: 0.25, shape: transposeRight ? Shape([n, k]) : Shape([k, n]))
        let calls = max(1, 200_000_000 / (2 * m * n * k))
        var sink: Float = 0
        let seconds = try Measurement.bestSecondsPerCall(warmup: 2, iterations: calls, repeats: 5) {
            sink += try a.matmul(b, transposeOther: transposeRight)[linear: 0]
        }
        precondition(sink.isFinite)
        return 2 * Double(m * n * k) / seconds / 1e9
    }

    static func rounded(_ value: Float) -> String {
        String(Double((value * 1000).rounded()) / 1000)
    }
}
