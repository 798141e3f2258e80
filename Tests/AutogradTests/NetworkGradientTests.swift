import Autograd
import Testing

@Suite("A small fully connected network")
struct NetworkGradientTests {
    @Test("Gradients of a two-layer sigmoid network with softmax cross-entropy match finite differences")
    func twoLayerNetwork() throws {
        var sampler = Sampler(seed: 1)
        let inputs = [
            sampler.uniform([4, 5]), sampler.uniform([5, 6]), sampler.uniform([4, 1]),
            sampler.uniform([3, 4]), sampler.uniform([3, 1]), sampler.oneHot(classes: 3, batch: 6),
        ]
        try expectGradientsMatchFiniteDifferences(inputs, differentiate: .only([0, 1, 2, 3, 4])) { tape, v in
            let hidden = try tape.withLabel("fc_1") { try tape.fullyConnected(weights: v[0], input: v[1], bias: v[2]) }
            let a = try tape.withLabel("sigmoid_1") { try tape.sigmoid(hidden) }
            let z = try tape.withLabel("fc_2") { try tape.fullyConnected(weights: v[3], input: a, bias: v[4]) }
            let p = try tape.softmax(z)
            return try tape.crossEntropy(p, v[5])
        }
    }
}
