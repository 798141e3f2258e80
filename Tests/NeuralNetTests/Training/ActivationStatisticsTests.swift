import Autograd
import Foundation
import Testing
@testable import NeuralNet

@Suite("Saturation and dead-ReLU meters")
struct ActivationStatisticsTests {
    /// A feature network 2 → 3 with explicit weights, then `activation`.
    static func network(_ activation: any Layer) throws -> Network {
        var generator = RandomGenerator(seed: 1)
        let weights = Tensor(shape: Shape([3, 2]), scalars: [1, -1, 0, 0, 0, -1])
        let bias = Tensor(shape: Shape([3, 1]), scalars: [0, 0, 0])
        return try Network(layers: [try FeatureInputLayer(inputSize: 2), try FullyConnectedLayer(outputSize: 3, weights: weights, bias: bias),
                                    activation], using: &generator)
    }

    /// Four samples: z = W·x gives unit 1 = x₁, unit 2 = −x₁, unit 3 = −x₂.
    static let input = Tensor(shape: Shape([2, 4]), scalars: [1, 2, 3, 1, -2, 5, 0, 7])

    @Test("a ReLU's zero share, dead units and active-share histogram")
    func relu() throws {
        let rows = try Self.network(ReLULayer()).activationStatistics(Self.input)
        #expect(rows.count == 1)
        let r = rows[0]
        // z: unit 1 = [1 3 -2 0], unit 2 = [-1 -3 2 0], unit 3 = [-2 -1 -5 -7]
        #expect(r.kind == .relu && r.units == 3)
        #expect(r.zeroShare == 9.0 / 12.0)
        #expect(r.deadUnits == 1)
        #expect(abs(r.meanDerivative - 3.0 / 12.0) < 1e-12)
        #expect(r.saturatedShare == 9.0 / 12.0)
        #expect(r.histogram == [1, 0, 1, 0, 1, 0, 0, 0])
    }

    @Test("a sigmoid's mean derivative, saturated share and derivative histogram")
    func sigmoid() throws {
        let input = Tensor(shape: Shape([2, 2]), scalars: [0, 10, 0, -10])
        let r = try #require(try Self.network(SigmoidLayer()).activationStatistics(input).first)
        // z: [0 0 -10] and [0 0 10]; σ′(0) = 0.25, σ′(±10) ≈ 4.5e-5
        let tail = 1 / (1 + exp(10.0)) * (1 - 1 / (1 + exp(10.0)))
        #expect(abs(r.meanDerivative - (4 * 0.25 + 2 * tail) / 6) < 1e-6)
        #expect(r.saturatedShare == 2.0 / 6.0)
        #expect(r.zeroShare == nil && r.deadUnits == nil)
        #expect(r.histogram == [2, 0, 0, 0, 0, 0, 0, 4])
    }

    @Test("layers that are not element-wise activations are skipped")
    func onlyActivations() throws {
        #expect(try Self.network(SoftmaxLayer()).activationStatistics(Self.input).isEmpty)
        let tanh = try #require(try Self.network(TanhLayer()).activationStatistics(Self.input).first)
        #expect(tanh.kind == .tanh && tanh.kind.maximumDerivative == 1)
    }
}
