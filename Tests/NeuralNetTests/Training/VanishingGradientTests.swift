import Autograd
import Testing
@testable import NeuralNet

@Suite("The vanishing-gradient lesson")
struct VanishingGradientTests {
    /// Trains the example network (784→10→10→10→10, Glorot uniform, zero bias, Adam 1e-3,
    /// batch 128) with `activation` on the synthetic digits for `iterations` iterations.
    static func train(_ activation: HiddenActivation, iterations: Int, data: DigitDataSet) throws -> TrainingRecord {
        var generator = RandomGenerator(seed: 2024)
        let network = try Network(layers: ExampleTrainer.exampleLayers(activation: activation), using: &generator)
        let batches = try MiniBatches(data: data.images, labels: data.labels, classCount: 10, batchSize: 128)
        var trainer = ExampleTrainer(network: network, batches: batches)
        try trainer.train(epochs: 50, maxIterations: iterations, using: &generator)
        return trainer.record
    }

    static func mean(_ values: some Collection<Float>) -> Float {
        values.reduce(0, +) / Float(values.count)
    }

    @Test("ReLU learns faster than sigmoid, whose first layer's gradients vanish")
    func lesson() throws {
        let data = SyntheticDigits.trainingSet()
        let iterations = 200
        let relu = try Self.train(.relu, iterations: iterations, data: data)
        let sigmoid = try Self.train(.sigmoid, iterations: iterations, data: data)
        #expect(relu.losses.count == iterations && sigmoid.losses.count == iterations)
        #expect(relu.weightNames == ["fc_1 Weights", "fc_2 Weights", "fc_3 Weights", "fc_4 Weights"])

        // Both start near ln 10, the loss of guessing uniformly among ten classes.
        #expect(abs(relu.losses[0] - 2.3026) < 0.15)
        #expect(abs(sigmoid.losses[0] - 2.3026) < 0.15)

        let reluLoss = Self.mean(relu.losses.suffix(20))
        let sigmoidLoss = Self.mean(sigmoid.losses.suffix(20))
        #expect(reluLoss < sigmoidLoss - 0.3, "final loss ReLU \(reluLoss), sigmoid \(sigmoidLoss)")

        let reluFC1 = Self.mean(relu.meanAbsoluteGradients.map { $0[0] })
        let sigmoidFC1 = Self.mean(sigmoid.meanAbsoluteGradients.map { $0[0] })
        #expect(sigmoidFC1 * 10 <= reluFC1, "fc_1 mean |∂L/∂W|: ReLU \(reluFC1), sigmoid \(sigmoidFC1)")

        // The sigmoid network's gradients shrink towards the input: fc_1 gets the least.
        let sigmoidByLayer = (0..<4).map { layer in Self.mean(sigmoid.meanAbsoluteGradients.map { $0[layer] }) }
        #expect(sigmoidByLayer[0] < sigmoidByLayer[1] && sigmoidByLayer[1] < sigmoidByLayer[2],
                "sigmoid mean |∂L/∂W| by layer: \(sigmoidByLayer)")
    }

    @Test("an epoch is 39 batches of 128 and one of 8, each recorded, with one histogram per epoch")
    func epochStructure() throws {
        var generator = RandomGenerator(seed: 5)
        let data = Tensor(zeros: [4, 1, 1, 5000])
        let labels = (0..<5000).map { $0 % 10 }
        let batches = try MiniBatches(data: data, labels: labels, classCount: 10, batchSize: 128)
        #expect(batches.batchesPerEpoch == 40)
        #expect(batches.batch(39).input.shape == Shape([4, 1, 1, 8]))
        #expect(batches.batch(39).targets.shape == Shape([10, 8]))
        let layers = try ExampleTrainer.exampleLayers(activation: .relu, inputSize: [4, 1, 1], hiddenSizes: [3])
        var trainer = ExampleTrainer(network: try Network(layers: layers, using: &generator), batches: batches)
        try trainer.train(epochs: 2, using: &generator)
        #expect(trainer.record.losses.count == 80)
        #expect(trainer.record.meanGradients.count == 80)
        #expect(trainer.record.histograms.count == 2)
        #expect(trainer.record.histograms[0].map(\.counts.count) == [30, 30])
        #expect(trainer.record.histograms[0][0].counts.reduce(0, +) == 12)
        #expect(trainer.optimizer.iteration == 80)
    }

    @Test("a shuffle is a permutation: every observation appears once per epoch")
    func shuffleIsPermutation() throws {
        var generator = RandomGenerator(seed: 9)
        let data = Tensor(shape: [1, 300]) { out in for i in out.indices { out[i] = Float(i) } }
        var batches = try MiniBatches(data: data, labels: Array(repeating: 0, count: 300), classCount: 2, batchSize: 128)
        batches.shuffle(using: &generator)
        var seen: [Float] = []
        for index in 0..<batches.batchesPerEpoch { seen += batches.batch(index).input.scalars }
        #expect(seen.count == 300)
        #expect(Set(seen).count == 300)
        #expect(seen != (0..<300).map(Float.init))
        #expect(batches.batch(0).targets.scalars.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element == 1 : $0.element == 0 })
    }

    @Test("mini-batches reject a scalar data set, bad sizes and labels out of range")
    func badBatches() {
        #expect(throws: NetworkError.self) {
            try MiniBatches(data: Tensor(scalar: 1), labels: [0], classCount: 2, batchSize: 1)
        }
        #expect(throws: NetworkError.self) {
            try MiniBatches(data: Tensor(zeros: [2, 3]), labels: [0, 1, 2], classCount: 2, batchSize: 2)
        }
        #expect(throws: NetworkError.self) {
            try MiniBatches(data: Tensor(zeros: [2, 3]), labels: [0, 1], classCount: 2, batchSize: 2)
        }
        #expect(throws: NetworkError.self) {
            try MiniBatches(data: Tensor(zeros: [2, 3]), labels: [0, 1, 1], classCount: 2, batchSize: 0)
        }
    }

    @Test("histograms bin values between their minimum and maximum")
    func histogram() {
        let histogram = Histogram(Tensor(shape: [6], scalars: [0, 1, 2, 3, 4, .nan]), binCount: 4)
        #expect(histogram.counts == [1, 1, 1, 2])
        #expect(histogram.centers == [0.5, 1.5, 2.5, 3.5])
        #expect(Histogram(Tensor(zeros: [3]), binCount: 2).counts == [0, 3])
    }
}
