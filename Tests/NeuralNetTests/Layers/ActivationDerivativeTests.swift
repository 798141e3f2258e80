import Autograd
import Testing
@testable import NeuralNet

@Suite("Activation derivatives and gradient statistics")
struct ActivationDerivativeTests {
    static func derivativeLayer(_ name: String) throws -> any ElementwiseActivation {
        switch name {
        case "relu": ReLULayer()
        case "leakyrelu": try LeakyReLULayer(scale: 0.1)
        case "sigmoid": SigmoidLayer()
        default: TanhLayer()
        }
    }

    @Test("each activation's local derivative matches central differences of the activation",
          arguments: ["relu", "leakyrelu", "sigmoid", "tanh"])
    func derivative(name: String) throws {
        let layer = try Self.derivativeLayer(name)
        let z = randomTensor([7, 3], seed: 12, scale: 2, margin: 0.05)
        let slope = layer.derivative(input: z, output: try layer(z))
        let h: Float = 1e-3
        for i in 0..<z.count {
            var plus = z, minus = z
            plus[linear: i] += h
            minus[linear: i] -= h
            let numeric = (try layer(plus)[linear: i] - layer(minus)[linear: i]) / (2 * h)
            #expect(abs(slope[linear: i] - numeric) < 2e-3, "\(name) at \(z[linear: i])")
        }
    }

    @Test("the sigmoid's derivative never exceeds a quarter")
    func sigmoidCeiling() throws {
        let z = Tensor(shape: [5], scalars: [-4, -1, 0, 1, 4])
        let layer = SigmoidLayer()
        let slope = layer.derivative(input: z, output: try layer(z))
        #expect(slope.scalars.allSatisfy { $0 <= 0.25 })
        #expect(slope[linear: 2] == 0.25)
    }

    @Test("gradient statistics report mean, magnitude, norm and the share of zeros")
    func statistics() {
        let stats = GradientStatistics(Tensor(shape: [5], scalars: [3, -4, 0, 0, .nan]))
        #expect(stats.mean == -0.2)
        #expect(stats.meanMagnitude == 1.4)
        #expect(stats.maxMagnitude == 4)
        #expect(stats.norm == 5)
        #expect(stats.zeroFraction == 0.4)
        #expect(stats.nonFiniteCount == 1)
    }

    @Test("an image input layer that zero-centres subtracts its mean image and passes gradients through")
    func imageZeroCenter() throws {
        let mean = randomTensor([3, 2, 1], seed: 21)
        let layer = try ImageInputLayer(inputSize: [3, 2, 1], mean: mean, name: "imageinput")
        #expect(layer.normalization == .zeroCenter)
        let x = randomTensor([3, 2, 1, 4], seed: 22)
        let failures = try GradientCheck().check([x]) { tape, v in
            try layer.forward(v[0], parameters: [], on: tape)
        } plain: { values in
            try layer(values[0])
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(abs(try layer(x)[linear: 10] - (x[linear: 10] - mean[linear: 4])) < 1e-6)
    }

    @Test("a network summary lists every layer with its output size and learnables")
    func summary() throws {
        var generator = RandomGenerator(seed: 1)
        let net = try Network(layers: ExampleTrainer.exampleLayers(activation: .sigmoid), using: &generator)
        let rows = net.summary
        #expect(rows.count == 9)
        #expect(rows[0].outputSize == 784)
        #expect(rows[1].name == "fc_1" && rows[1].className == "FullyConnectedLayer")
        #expect(rows[1].learnables == ["Weights 10×784", "Bias 10×1"])
        #expect(rows[1].parameterCount == 7850)
        #expect(rows[8].outputSize == 10 && rows[8].learnables.isEmpty)
        #expect(rows.reduce(0) { $0 + $1.parameterCount } == 8180)
    }
}
