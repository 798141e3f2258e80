import Autograd
import Foundation
import Testing
@testable import NeuralNet

@Suite("Networks")
struct NetworkTests {
    static func example(_ activation: HiddenActivation, seed: UInt64 = 1) throws -> Network {
        var generator = RandomGenerator(seed: seed)
        return try Network(layers: ExampleTrainer.exampleLayers(activation: activation), using: &generator)
    }

    @Test("the example network has MATLAB's names and learnables in MATLAB's order")
    func exampleStructure() throws {
        let net = try Self.example(.sigmoid)
        #expect(net.layerNames == ["imageinput", "fc_1", "sigmoid_1", "fc_2", "sigmoid_2", "fc_3", "sigmoid_3", "fc_4", "softmax"])
        let rows = net.learnables
        #expect(rows.map(\.layer) == ["fc_1", "fc_1", "fc_2", "fc_2", "fc_3", "fc_3", "fc_4", "fc_4"])
        #expect(rows.map(\.parameter) == ["Weights", "Bias", "Weights", "Bias", "Weights", "Bias", "Weights", "Bias"])
        #expect(rows[0].value.shape == Shape([10, 784]))
        #expect(rows[1].value.shape == Shape([10, 1]))
        #expect(net.parameterCount == 8180)
        #expect(rows[1].value.scalars.allSatisfy { $0 == 0 })
        let bound = Float((6.0 / 794.0).squareRoot())
        #expect(rows[0].value.scalars.allSatisfy { abs($0) <= bound })
        #expect(try Self.example(.relu).layerNames[2] == "relu_1")
    }

    @Test("a network needs an input layer first and sizes that agree")
    func invalidNetworks() throws {
        var generator = RandomGenerator(seed: 1)
        #expect(throws: NetworkError.missingInputLayer) {
            try Network(layers: [ReLULayer()], using: &generator)
        }
        #expect(throws: NetworkError.misplacedInputLayer(layer: "featureinput_2", index: 1)) {
            try Network(layers: [try FeatureInputLayer(inputSize: 3), try FeatureInputLayer(inputSize: 3)], using: &generator)
        }
        #expect(throws: NetworkError.inputSizeMismatch(layer: "fc", expected: 4, actual: 3)) {
            try Network(layers: [try FeatureInputLayer(inputSize: 3), try FullyConnectedLayer(outputSize: 2, inputSize: 4)],
                        using: &generator)
        }
    }

    @Test("forward on a tape labels every op with its layer, and agrees with predict")
    func forwardLabels() throws {
        let net = try Self.example(.relu)
        let x = randomTensor([28, 28, 1, 3], seed: 2, scale: 0.5)
        let tape = Tape()
        let trace = try net.forward(tape.constant(x), on: tape)
        #expect(trace.layerOutputs.map(\.layer) == net.layerNames)
        #expect(trace.learnables.count == 8)
        for (layer, output) in trace.layerOutputs where layer != "imageinput" {
            #expect(output.node.label.layer == layer)
        }
        #expect(tape[trace.learnables[2].id].label == NodeLabel(layer: "fc_2", name: "Weights"))
        let predicted = try net.predict(x)
        #expect(predicted.shape == Shape([10, 3]))
        for i in 0..<predicted.count { #expect(abs(predicted[linear: i] - trace.output.value[linear: i]) < 1e-6) }
        let columnSum = (0..<10).reduce(Float(0)) { $0 + predicted[linear: $1] }
        #expect(abs(columnSum - 1) < 1e-5)
    }

    @Test("the example network's loss gradient matches central differences end to end",
          arguments: [HiddenActivation.sigmoid, .relu])
    func endToEndGradient(activation: HiddenActivation) throws {
        var generator = RandomGenerator(seed: 8)
        let layers = try ExampleTrainer.exampleLayers(activation: activation, inputSize: [3, 2, 1],
                                                      hiddenSizes: [5, 4], classCount: 3)
        let net = try Network(layers: layers, using: &generator)
        let x = randomTensor([3, 2, 1, 4], seed: 9)
        let batches = try MiniBatches(data: x, labels: [0, 2, 1, 2], classCount: 3, batchSize: 4)
        let (input, targets) = batches.batch(0)
        let step = try net.lossAndGradients(input: input, targets: targets)
        var check = GradientCheck()
        check.epsilon = 1e-3
        let failures = try check.check(net.learnableValues) { tape, leaves in
            let trace = try net.forward(tape.constant(input), learnables: leaves, on: tape)
            return try Loss.crossEntropy(trace.output, tape.constant(targets), on: tape)
        } plain: { values in
            var copy = net
            try copy.setLearnableValues(values)
            return Tensor(scalar: try Loss.crossEntropy(copy.predict(input), targets))
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(step.gradients.count == 6)
        #expect(abs(step.loss - (try Loss.crossEntropy(net.predict(input), targets))) < 1e-6)
    }

    @Test("cross-entropy is the batch mean of −Σ T log Y, and mse half the mean squared error")
    func losses() throws {
        let y = Tensor(shape: [2, 2], scalars: [0.25, 0.75, 0.5, 0.5])
        let t = Tensor(shape: [2, 2], scalars: [0, 1, 1, 0])
        let expected = Float(-(log(0.75) + log(0.5)) / 2)
        #expect(abs(try Loss.crossEntropy(y, t) - expected) < 1e-6)
        #expect(abs(try Loss.meanSquaredError(y, t) - (0.0625 + 0.0625 + 0.25 + 0.25) / 4) < 1e-6)
        #expect(throws: NetworkError.self) { try Loss.crossEntropy(y, Tensor(zeros: [3, 2])) }
    }

    @Test("setting learnables checks counts and shapes")
    func settingLearnables() throws {
        var net = try Self.example(.relu)
        #expect(throws: NetworkError.learnableCountMismatch(expected: 8, actual: 1)) {
            try net.setLearnableValues([Tensor(zeros: [10, 784])])
        }
        #expect(throws: NetworkError.self) {
            try net.setLearnable(layer: "fc_2", parameter: "Weights", to: Tensor(zeros: [10, 11]))
        }
        #expect(throws: NetworkError.unknownLearnable(layer: "relu_1", parameter: "Weights")) {
            try net.setLearnable(layer: "relu_1", parameter: "Weights", to: Tensor(zeros: [10, 10]))
        }
        try net.setLearnable(layer: "fc_2", parameter: "Bias", to: Tensor(repeating: 1, shape: [10, 1]))
        #expect(net.learnables[3].value.scalars == Array(repeating: 1, count: 10))
    }
}
