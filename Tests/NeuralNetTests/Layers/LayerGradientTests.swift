import Autograd
import Testing
@testable import NeuralNet

@Suite("Layer gradients against finite differences")
struct LayerGradientTests {
    static func activation(named name: String) throws -> any Layer {
        switch name {
        case "relu": ReLULayer(name: name)
        case "leakyrelu": try LeakyReLULayer(scale: 0.2, name: name)
        case "sigmoid": SigmoidLayer(name: name)
        case "tanh": TanhLayer(name: name)
        default: SoftmaxLayer(name: name)
        }
    }

    @Test("every activation layer's backward matches central differences",
          arguments: ["relu", "leakyrelu", "sigmoid", "tanh", "softmax"])
    func activation(name: String) throws {
        let layer = try Self.activation(named: name)
        let x = randomTensor([5, 4], seed: 1, margin: 0.05)
        let failures = try GradientCheck().check([x]) { tape, v in
            try layer.forward(v[0], parameters: [], on: tape)
        } plain: { values in
            try layer(values[0])
        }
        #expect(failures.isEmpty, "\(name): \(failures)")
    }

    @Test("a fully connected layer's gradients for input, weights and bias match central differences")
    func fullyConnected() throws {
        var generator = RandomGenerator(seed: 5)
        var layer = try FullyConnectedLayer(outputSize: 3, name: "fc")
        try layer.initialize(inputSize: 6, using: &generator)
        let bias = randomTensor([3, 1], seed: 6)
        let x = randomTensor([6, 4], seed: 7)
        let failures = try GradientCheck().check([x, layer.weights!, bias]) { tape, v in
            try layer.forward(v[0], parameters: [v[1], v[2]], on: tape)
        } plain: { values in
            var copy = layer
            try copy.setLearnable("Weights", to: values[1])
            try copy.setLearnable("Bias", to: values[2])
            return try copy(values[0])
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("a fully connected layer flattens image batches column by column")
    func flattensImages() throws {
        let weights = Tensor(shape: [1, 4], scalars: [1, 10, 100, 1000])
        let layer = try FullyConnectedLayer(outputSize: 1, weights: weights, bias: Tensor(shape: [1, 1], scalars: [0.5]))
        let images = Tensor(shape: [2, 2, 1, 2], scalars: [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(try layer(images).scalars == [4321.5, 8765.5])
    }

    @Test("a zero-centring input layer's gradient passes through unchanged")
    func zeroCenterInput() throws {
        let layer = try FeatureInputLayer(inputSize: 4, normalization: .zeroCenter,
                                          mean: randomTensor([4, 1], seed: 3), name: "in")
        let x = randomTensor([4, 3], seed: 4)
        let failures = try GradientCheck().check([x]) { tape, v in
            try layer.forward(v[0], parameters: [], on: tape)
        } plain: { values in
            try layer(values[0])
        }
        #expect(failures.isEmpty, "\(failures)")
        let centred = try layer(x)
        #expect(abs(centred[linear: 5] - (x[linear: 5] - layer.mean![linear: 1])) < 1e-6)
    }

    @Test("layers reject inputs of the wrong size with typed errors")
    func badInputs() throws {
        var generator = RandomGenerator(seed: 1)
        var fc = try FullyConnectedLayer(outputSize: 3, name: "fc_1")
        #expect(throws: NetworkError.uninitializedLayer("fc_1")) { try fc(Tensor(zeros: [5, 2])) }
        try fc.initialize(inputSize: 5, using: &generator)
        #expect(throws: NetworkError.inputSizeMismatch(layer: "fc_1", expected: 5, actual: 6)) {
            try fc(Tensor(zeros: [6, 2]))
        }
        let image = try ImageInputLayer(inputSize: [28, 28], normalization: .none, name: "imageinput")
        #expect(throws: NetworkError.self) { try image(Tensor(zeros: [28, 27, 1, 2])) }
        #expect(throws: NetworkError.self) { try ImageInputLayer(inputSize: [28]) }
        #expect(throws: NetworkError.self) { try FullyConnectedLayer(outputSize: 0) }
        #expect(throws: NetworkError.self) {
            try FullyConnectedLayer(outputSize: 2, weights: Tensor(zeros: [3, 4]))
        }
    }
}
