import Autograd
import Testing

/// One differentiable op with the inputs its finite-difference check uses.
enum GradientCase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case addSameShape, addColumnExpansion, addRowAndColumn, addScalar
    case subtractExpansion, multiplyExpansion, divideExpansion, powerExpansion
    case maximumElementwise, minimumElementwise
    case negate, exp, log, sqrt, abs, sigmoid, tanh, relu, leakyRelu, softmax
    case softmaxCrossEntropy, crossEntropy, meanSquaredError, sumOfSquares
    case sumAll, sumFirstAxis, sumSecondAxis, sumThirdAxis, meanAll, meanAxis, maxAll, maxAxis, minAll, minAxis
    case matmul, matmulTransposeLeft, matmulTransposeRight, matmulTransposeBoth
    case fullyConnected, fullyConnectedImages, reshape, permute, transpose, gather, concatenateRows, concatenateThird

    var testDescription: String { rawValue }

    /// The inputs, seeded per case.
    var inputs: [Tensor] {
        var s = Sampler(seed: UInt64(GradientCase.allCases.firstIndex(of: self)! + 10))
        switch self {
        case .addSameShape: return [s.uniform([3, 4]), s.uniform([3, 4])]
        case .addColumnExpansion, .subtractExpansion, .multiplyExpansion:
            return [s.uniform([3, 4]), s.uniform([3, 1])]
        case .addRowAndColumn: return [s.uniform([3, 1]), s.uniform([1, 4])]
        case .addScalar: return [s.uniform([2, 3, 2]), s.uniform([1, 1])]
        case .divideExpansion: return [s.uniform([3, 4]), s.awayFromZero([1, 4], magnitude: 0.5...1.5)]
        case .powerExpansion: return [s.uniform([3, 4], in: 0.5...2), s.uniform([3, 1], in: -1.5...2)]
        case .maximumElementwise, .minimumElementwise:
            let a = s.uniform([3, 4])
            return [a, a + s.awayFromZero([3, 4], magnitude: 0.1...1)]
        case .log, .sqrt: return [s.uniform([3, 4], in: 0.3...2)]
        case .abs, .relu, .leakyRelu: return [s.awayFromZero([3, 4])]
        case .negate, .exp, .sigmoid, .tanh: return [s.uniform([3, 4], in: -2...2)]
        case .softmax: return [s.uniform([5, 3], in: -2...2)]
        case .softmaxCrossEntropy: return [s.uniform([4, 3], in: -2...2), s.oneHot(classes: 4, batch: 3)]
        case .crossEntropy:
            return [s.uniform([4, 3], in: 0.1...0.9), s.uniform([4, 3], in: 0...1)]
        case .meanSquaredError: return [s.uniform([2, 5]), s.uniform([2, 5])]
        case .sumOfSquares, .sumAll, .meanAll: return [s.uniform([3, 2, 2])]
        case .sumFirstAxis, .sumSecondAxis, .sumThirdAxis, .meanAxis: return [s.uniform([3, 2, 4])]
        case .maxAll, .maxAxis, .minAll, .minAxis:
            // Distinct values at least 0.15 apart, so no finite-difference step crosses a tie.
            let order = s.generator.permutation(12)
            return [Tensor(shape: [4, 3], scalars: order.map { Float($0) * 0.15 - 0.8 })]
        case .matmul: return [s.uniform([3, 4]), s.uniform([4, 2])]
        case .matmulTransposeLeft: return [s.uniform([4, 3]), s.uniform([4, 2])]
        case .matmulTransposeRight: return [s.uniform([3, 4]), s.uniform([2, 4])]
        case .matmulTransposeBoth: return [s.uniform([4, 3]), s.uniform([2, 4])]
        case .fullyConnected: return [s.uniform([3, 4]), s.uniform([4, 5]), s.uniform([3, 1])]
        case .fullyConnectedImages: return [s.uniform([2, 6]), s.uniform([2, 3, 1, 2]), s.uniform([2, 1])]
        case .reshape: return [s.uniform([2, 6])]
        case .permute: return [s.uniform([2, 3, 4])]
        case .transpose: return [s.uniform([3, 5])]
        case .gather: return [s.uniform([3, 4])]
        case .concatenateRows: return [s.uniform([2, 3]), s.uniform([4, 3])]
        case .concatenateThird: return [s.uniform([2, 3]), s.uniform([2, 3, 2])]
        }
    }

    /// The traced function of the inputs.
    func apply(_ t: Tape, _ v: [Variable]) throws -> Variable {
        switch self {
        case .addSameShape, .addColumnExpansion, .addRowAndColumn, .addScalar: return try t.add(v[0], v[1])
        case .subtractExpansion: return try t.subtract(v[0], v[1])
        case .multiplyExpansion: return try t.multiply(v[0], v[1])
        case .divideExpansion: return try t.divide(v[0], v[1])
        case .powerExpansion: return try t.power(v[0], v[1])
        case .maximumElementwise: return try t.maximum(v[0], v[1])
        case .minimumElementwise: return try t.minimum(v[0], v[1])
        case .negate: return try t.negate(v[0])
        case .exp: return try t.exp(v[0])
        case .log: return try t.log(v[0])
        case .sqrt: return try t.sqrt(v[0])
        case .abs: return try t.abs(v[0])
        case .sigmoid: return try t.sigmoid(v[0])
        case .tanh: return try t.tanh(v[0])
        case .relu: return try t.relu(v[0])
        case .leakyRelu: return try t.leakyRelu(v[0], slope: 0.1)
        case .softmax: return try t.softmax(v[0])
        case .softmaxCrossEntropy: return try t.softmaxCrossEntropy(logits: v[0], targets: v[1])
        case .crossEntropy: return try t.crossEntropy(v[0], v[1])
        case .meanSquaredError: return try t.meanSquaredError(v[0], v[1])
        case .sumOfSquares: return try t.sumOfSquares(v[0])
        case .sumAll: return try t.sum(v[0])
        case .sumFirstAxis: return try t.sum(v[0], axis: 0)
        case .sumSecondAxis: return try t.sum(v[0], axis: 1)
        case .sumThirdAxis: return try t.sum(v[0], axis: 2)
        case .meanAll: return try t.mean(v[0])
        case .meanAxis: return try t.mean(v[0], axis: 1)
        case .maxAll: return try t.max(v[0])
        case .maxAxis: return try t.max(v[0], axis: 0)
        case .minAll: return try t.min(v[0])
        case .minAxis: return try t.min(v[0], axis: 1)
        case .matmul: return try t.matmul(v[0], v[1])
        case .matmulTransposeLeft: return try t.matmul(v[0], v[1], transposeLeft: true)
        case .matmulTransposeRight: return try t.matmul(v[0], v[1], transposeRight: true)
        case .matmulTransposeBoth: return try t.matmul(v[0], v[1], transposeLeft: true, transposeRight: true)
        case .fullyConnected, .fullyConnectedImages:
            return try t.fullyConnected(weights: v[0], input: v[1], bias: v[2])
        case .reshape: return try t.reshape(v[0], to: [3, 4])
        case .permute: return try t.permute(v[0], order: [2, 0, 1])
        case .transpose: return try t.transpose(v[0])
        case .concatenateRows: return try t.concatenate(v[0], v[1], axis: 0)
        case .concatenateThird: return try t.concatenate(v[0], v[1], axis: 2)
        case .gather: return try t.gather(v[0], indices: [0, 5, 5, 11, 2, 7], shape: [2, 3])
        }
    }
}

@Suite("Every differentiable op against central finite differences")
struct OpGradientTests {
    @Test("The tape's gradient matches central finite differences", arguments: GradientCase.allCases)
    func matchesFiniteDifferences(_ op: GradientCase) throws {
        try expectGradientsMatchFiniteDifferences(op.inputs) { tape, v in try op.apply(tape, v) }
    }
}
