import Autograd
import Foundation
import Testing
@testable import NeuralNet

@Suite("Finite-difference checks of a network's gradients")
struct FiniteDifferenceCheckTests {
    /// A small network with every kind of layer, zero-centred features, and a batch of 6.
    static func fixture() throws -> (Network, Tensor, Tensor) {
        var generator = RandomGenerator(seed: 11)
        let input = try FeatureInputLayer(inputSize: 4, normalization: .zeroCenter,
                                          mean: Tensor(shape: Shape([4, 1]), scalars: [0.1, -0.2, 0.3, 0]))
        let layers: [any Layer] = [input, try FullyConnectedLayer(outputSize: 5), SigmoidLayer(),
                                   try FullyConnectedLayer(outputSize: 5), TanhLayer(),
                                   try FullyConnectedLayer(outputSize: 5), try LeakyReLULayer(scale: 0.1),
                                   try FullyConnectedLayer(outputSize: 5), ReLULayer(),
                                   try FullyConnectedLayer(outputSize: 3), SoftmaxLayer()]
        let network = try Network(layers: layers, using: &generator)
        let x = randomTensor(Shape([4, 6]), seed: 12, scale: 2)
        var t = Tensor(zeros: Shape([3, 6]))
        for j in 0..<6 { t[linear: j % 3 + 3 * j] = 1 }
        return (network, x, t)
    }

    /// The tape's gradients of `loss(forward(x), t)` with respect to every learnable.
    static func backprop(_ network: Network, _ x: Tensor, _ t: Tensor, _ loss: DoublePrecisionLoss) throws -> [Tensor] {
        let tape = Tape()
        let trace = try network.forward(tape.constant(x), on: tape)
        let target = tape.constant(t)
        let value: Variable
        switch loss {
        case .crossentropy: value = try tape.crossEntropy(trace.output, target)
        case .mse: value = try tape.meanSquaredError(trace.output, target)
        case .l2loss: value = try tape.multiply(try tape.meanSquaredError(trace.output, target), tape.constant(Tensor(scalar: 2)))
        }
        let gradients = try tape.gradients(of: value)
        return trace.learnables.map { gradients.gradientOrZeros(of: $0) }
    }

    @Test("the float64 forward pass matches the engine's float32 one")
    func doubleForwardMatchesPredict() throws {
        let (network, x, _) = try Self.fixture()
        let reference = try #require(DoublePrecisionNetwork(network))
        let expected = try network.predict(x).scalars
        let actual = reference.output(x.scalars.map(Double.init), batch: 6)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(abs(a - Double(e)) < 1e-5) }
    }

    @Test("shifting a learnable in the float64 pass equals building the network with it shifted")
    func shiftedParameter() throws {
        let (network, x, _) = try Self.fixture()
        let reference = try #require(DoublePrecisionNetwork(network))
        var shifted = network
        var values = network.learnableValues
        values[2][linear: 7] += 0.5
        try shifted.setLearnableValues(values)
        let expected = try shifted.predict(x).scalars
        let actual = reference.output(x.scalars.map(Double.init), batch: 6, shifting: 2, element: 7, by: 0.5)
        for (a, e) in zip(actual, expected) { #expect(abs(a - Double(e)) < 1e-5) }
    }

    @Test("the float64 losses follow MATLAB's definitions", arguments: DoublePrecisionLoss.allCases)
    func losses(loss: DoublePrecisionLoss) {
        let y = [0.5, 0.5, 0.75, 0.25], t = [1.0, 0, 0, 1]
        let squares: Double = 0.25 + 0.25 + 0.5625 + 0.5625
        let expected: Double
        switch loss {
        case .crossentropy: expected = -(log(0.5) + log(0.25)) / 2
        case .mse: expected = squares / 4
        case .l2loss: expected = squares / 2
        }
        #expect(abs(loss.value(y, t, observations: 2) - expected) < 1e-12)
    }

    @Test("correct gradients pass for every loss and every learnable", arguments: DoublePrecisionLoss.allCases)
    func correctGradientsPass(loss: DoublePrecisionLoss) throws {
        let (network, x, t) = try Self.fixture()
        let reference = try #require(DoublePrecisionNetwork(network))
        let xs = x.scalars.map(Double.init), ts = t.scalars.map(Double.init)
        let rows = FiniteDifferenceCheck().run(learnables: network.learnables,
                                               analytic: try Self.backprop(network, x, t, loss)) { p, e, d in
            loss.value(reference.output(xs, batch: 6, shifting: p, element: e, by: d), ts, observations: 6)
        }
        #expect(rows.count == 10)
        #expect(rows.map(\.entriesChecked) == [5, 5, 5, 5, 5, 5, 5, 5, 5, 3])
        for row in rows { #expect(row.passed, "\(row)") }
        #expect(rows.map(\.maxRelativeError).max()! < 1e-3)
    }

    @Test("a wrong gradient fails on exactly the learnable that is wrong", arguments: [
        (3, Float(1.1)), (0, Float(-1)), (9, Float(0)),
    ])
    func wrongGradientFails(index: Int, factor: Float) throws {
        let (network, x, t) = try Self.fixture()
        let reference = try #require(DoublePrecisionNetwork(network))
        let xs = x.scalars.map(Double.init), ts = t.scalars.map(Double.init)
        var analytic = try Self.backprop(network, x, t, .crossentropy)
        analytic[index] = Tensor(shape: analytic[index].shape, scalars: analytic[index].scalars.map { $0 * factor })
        let rows = FiniteDifferenceCheck().run(learnables: network.learnables, analytic: analytic) { p, e, d in
            DoublePrecisionLoss.crossentropy.value(reference.output(xs, batch: 6, shifting: p, element: e, by: d), ts, observations: 6)
        }
        #expect(rows.indices.filter { !rows[$0].passed } == [index])
        let wrong = rows[index]
        #expect(abs(wrong.worstAnalytic - Double(factor) * wrong.worstNumeric) < 1e-4 * abs(wrong.worstNumeric))
        #expect(wrong.maxRelativeError > 0.05)
    }

    @Test("the relative error is symmetric, zero when equal, and floored for tiny gradients")
    func relativeError() {
        #expect(FiniteDifferenceCheck.relativeError(analytic: 2, numeric: 2, floor: 1e-9) == 0)
        #expect(FiniteDifferenceCheck.relativeError(analytic: 1, numeric: -1, floor: 1e-9) == 2)
        #expect(FiniteDifferenceCheck.relativeError(analytic: 0.9, numeric: 1, floor: 1e-9)
                == FiniteDifferenceCheck.relativeError(analytic: 1, numeric: 0.9, floor: 1e-9))
        #expect(abs(FiniteDifferenceCheck.relativeError(analytic: 1e-12, numeric: 0, floor: 1e-9) - 1e-3) < 1e-15)
    }

    @Test("the sampled entries include the largest gradient and are the same every time")
    func sampledEntries() {
        let check = FiniteDifferenceCheck(entriesPerParameter: 4)
        let g = Tensor(shape: Shape([10, 2]), scalars: (0..<20).map { $0 == 13 ? -5 : Float($0) / 100 })
        let first = check.entries(of: g, parameterIndex: 1)
        #expect(first.count == 4 && Set(first).count == 4 && first[0] == 13)
        #expect(check.entries(of: g, parameterIndex: 1) == first)
        #expect(check.entries(of: Tensor(zeros: Shape([3, 1])), parameterIndex: 0) == [0, 1, 2])
    }
}
