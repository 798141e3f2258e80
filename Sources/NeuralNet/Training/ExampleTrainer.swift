import Autograd

/// The MathWorks example's training loop for one network: Adam with MATLAB's defaults,
/// cross-entropy on the softmax output, shuffling every epoch, and the example's recordings.
public struct ExampleTrainer {
    /// The network being trained.
    public private(set) var network: Network
    /// The optimizer and its state.
    public private(set) var optimizer: AdamOptimizer
    /// The data, batched.
    public private(set) var batches: MiniBatches
    /// What has been recorded so far.
    public private(set) var record: TrainingRecord
    /// The number of histogram bins (30 in the example).
    public let histogramBins: Int
    private let weightIndices: [Int]
    private let tape = Tape()

    /// The example's layers: `imageInputLayer(inputSize, Normalization="none")`, then for each
    /// hidden size `fullyConnectedLayer(size)` and the activation, then
    /// `fullyConnectedLayer(classCount)` and `softmaxLayer`.
    public static func exampleLayers(activation: HiddenActivation, inputSize: [Int] = [28, 28, 1],
                                     hiddenSizes: [Int] = [10, 10, 10], classCount: Int = 10,
                                     initializer: Initializer = .glorotUniform) throws(NetworkError) -> [any Layer] {
        var layers: [any Layer] = [try ImageInputLayer(inputSize: inputSize, normalization: .none)]
        for size in hiddenSizes {
            layers.append(try FullyConnectedLayer(outputSize: size, weightsInitializer: initializer))
            layers.append(activation.makeLayer())
        }
        layers.append(try FullyConnectedLayer(outputSize: classCount, weightsInitializer: initializer))
        layers.append(SoftmaxLayer())
        return layers
    }

    /// Prepares to train `network` on `batches` with fresh Adam state.
    public init(network: Network, batches: MiniBatches, options: AdamOptions = AdamOptions(), histogramBins: Int = 30) {
        self.network = network
        self.batches = batches
        self.optimizer = AdamOptimizer(parameterCount: network.learnableCount, options: options)
        self.histogramBins = histogramBins
        let learnables = network.learnables
        self.weightIndices = learnables.indices.filter { learnables[$0].parameter == "Weights" }
        self.record = TrainingRecord(weightNames: weightIndices.map { "\(learnables[$0].layer) Weights" })
    }

    /// Trains for `epochs` epochs (stopping early after `maxIterations` iterations if given):
    /// every epoch shuffles the data with `generator`, then runs one Adam step per mini-batch,
    /// recording the loss and the signed mean of each weight gradient, and at the epoch's end
    /// the histograms of the last batch's weight gradients.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` for negative
    ///   counts or fewer than one histogram bin; ``NetworkError`` from the forward or backward pass.
    public mutating func train(epochs: Int, maxIterations: Int? = nil,
                               using generator: inout RandomGenerator) throws(NetworkError) {
        try requireOption("train", "epochs", Float(epochs), epochs >= 0, "a non-negative integer")
        try requireOption("train", "maxIterations", Float(maxIterations ?? 0), (maxIterations ?? 0) >= 0,
                          "a non-negative integer")
        try requireOption("train", "histogram bins", Float(histogramBins), histogramBins >= 1, "a positive integer")
        let limit = maxIterations ?? Int.max
        var input = Tensor(zeros: Shape([0]))
        var targets = Tensor(zeros: Shape([0]))
        for _ in 0..<epochs where optimizer.iteration < limit {
            batches.shuffle(using: &generator)
            var last: [Tensor] = []
            for index in 0..<batches.batchesPerEpoch where optimizer.iteration < limit {
                tape.removeAll() // releases the previous batch so its buffers are refilled in place
                batches.fill(batch: index, input: &input, targets: &targets)
                let step = try network.lossAndGradients(input: input, targets: targets, tape: tape)
                tape.removeAll() // drops the tape's references to the learnables: Adam updates them in place
                try optimizer.step(&network, gradients: step.gradients)
                record.losses.append(step.loss)
                let means = weightIndices.map { Self.means(step.gradients[$0]) }
                record.meanGradients.append(means.map(\.signed))
                record.meanAbsoluteGradients.append(means.map(\.magnitude))
                last = step.gradients
            }
            if !last.isEmpty {
                record.histograms.append(weightIndices.map { Histogram(last[$0], binCount: histogramBins) })
            }
        }
    }

    /// The signed mean and the mean magnitude of a tensor's elements, accumulated in float64.
    static func means(_ tensor: Tensor) -> (signed: Float, magnitude: Float) {
        tensor.withUnsafeBufferPointer { values in
            var sum = 0.0, magnitude = 0.0
            for x in values {
                sum += Double(x)
                magnitude += Double(Swift.abs(x))
            }
            let n = Double(Swift.max(values.count, 1))
            return (Float(sum / n), Float(magnitude / n))
        }
    }
}
