import Autograd
import Testing
@testable import NeuralNet

@Suite("Initialisers")
struct InitializerTests {
    /// Mean and variance of a tensor's elements, in float64.
    static func moments(_ tensor: Tensor) -> (mean: Double, variance: Double) {
        let values = tensor.scalars.map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance)
    }

    static let fanOut = 200
    static let fanIn = 300

    static let expectedVariances: [(Initializer, Double)] = [
        (.glorotUniform, 2.0 / 500.0),
        (.glorotNormal, 2.0 / 500.0),
        (.heNormal, 2.0 / 300.0),
        (.heUniform, 2.0 / 300.0),
        (.narrowNormal, 1e-4),
        (.unitNormal, 1.0),
    ]

    @Test("a seeded draw has the mean and variance its distribution promises", arguments: expectedVariances)
    func statistics(initializer: Initializer, variance expected: Double) {
        var generator = RandomGenerator(seed: 42)
        let weights = initializer.weights(outputSize: Self.fanOut, inputSize: Self.fanIn, using: &generator)
        #expect(weights.shape == Shape([Self.fanOut, Self.fanIn]))
        let (mean, variance) = Self.moments(weights)
        // 60 000 draws: the sample mean's standard error is σ/245, the variance's about 0.6 %.
        #expect(abs(mean) < 4 * expected.squareRoot() / 245)
        #expect(abs(variance / expected - 1) < 0.03)
    }

    @Test("uniform initialisers stay inside their bounds")
    func uniformBounds() {
        var generator = RandomGenerator(seed: 7)
        let glorot = Initializer.glorotUniform.weights(outputSize: 10, inputSize: 784, using: &generator)
        let bound = Float((6.0 / 794.0).squareRoot())
        #expect(glorot.scalars.allSatisfy { abs($0) <= bound })
        #expect(glorot.scalars.contains { abs($0) > 0.9 * bound })
        let he = Initializer.heUniform.weights(outputSize: 10, inputSize: 50, using: &generator)
        #expect(he.scalars.allSatisfy { abs($0) <= Float((6.0 / 50.0).squareRoot()) })
    }

    @Test("constant initialisers fill with zeros and ones")
    func constants() {
        var generator = RandomGenerator(seed: 1)
        #expect(Initializer.zeros.weights(outputSize: 3, inputSize: 4, using: &generator).scalars == Array(repeating: 0, count: 12))
        #expect(Initializer.ones.draw(shape: [5, 1], fanIn: 4, fanOut: 5, using: &generator).scalars == Array(repeating: 1, count: 5))
    }

    @Test("the same seed draws the same weights, another seed different ones")
    func determinism() {
        var a = RandomGenerator(seed: 3), b = RandomGenerator(seed: 3), c = RandomGenerator(seed: 4)
        let x = Initializer.heNormal.weights(outputSize: 8, inputSize: 8, using: &a)
        #expect(x.scalars == Initializer.heNormal.weights(outputSize: 8, inputSize: 8, using: &b).scalars)
        #expect(x.scalars != Initializer.heNormal.weights(outputSize: 8, inputSize: 8, using: &c).scalars)
    }

    @Test("orthogonal weights have orthonormal columns when tall and orthonormal rows when wide",
          arguments: [(12, 5), (5, 12), (7, 7)])
    func orthogonal(rows: Int, columns: Int) {
        var generator = RandomGenerator(seed: 11)
        let q = Initializer.orthogonal.weights(outputSize: rows, inputSize: columns, using: &generator).scalars
        let small = min(rows, columns)
        for i in 0..<small {
            for j in 0..<small {
                var dot = 0.0
                if rows >= columns {
                    for r in 0..<rows { dot += Double(q[i * rows + r]) * Double(q[j * rows + r]) }
                } else {
                    for c in 0..<columns { dot += Double(q[c * rows + i]) * Double(q[c * rows + j]) }
                }
                #expect(abs(dot - (i == j ? 1 : 0)) < 1e-5)
            }
        }
    }

    @Test("MATLAB and PyTorch names find their initialisers")
    func names() {
        #expect(Initializer(matlabName: "glorot") == .glorotUniform)
        #expect(Initializer(matlabName: "He") == .heNormal)
        #expect(Initializer(matlabName: "kaiming_normal") == .heNormal)
        #expect(Initializer(matlabName: "narrow-normal") == .narrowNormal)
        #expect(Initializer(matlabName: "bogus") == nil)
        for initializer in Initializer.allCases {
            #expect(Initializer(matlabName: initializer.matlabName) == initializer)
        }
    }
}
