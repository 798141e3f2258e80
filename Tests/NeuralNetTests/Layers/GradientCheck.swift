import Autograd
import Testing
@testable import NeuralNet

/// Central finite differences against the tape's backward pass.
///
/// The checked scalar is L = Σ f(θ) ⊙ R for a fixed random R, so every output element's
/// gradient matters. Analytic gradients come from one backward pass over `traced`; numeric ones
/// perturb each checked element by ±ε and evaluate `plain` (the tape-free path), summing in
/// float64. Both paths are therefore checked against each other too.
struct GradientCheck {
    var epsilon: Float = 1e-2
    var absoluteTolerance = 2e-3
    var relativeTolerance = 2e-2
    /// At most this many elements of each tensor are perturbed (spread evenly).
    var elementsPerTensor = 24

    /// The largest mismatch found, as (tensor index, element, analytic, numeric), or nil.
    func check(
        _ inputs: [Tensor],
        seed: UInt64 = 99,
        traced: (Tape, [Variable]) throws -> Variable,
        plain: ([Tensor]) throws -> Tensor
    ) throws -> [(tensor: Int, element: Int, analytic: Double, numeric: Double)] {
        let tape = Tape()
        let leaves = inputs.enumerated().map { tape.leaf($0.element, name: "p\($0.offset)") }
        let output = try traced(tape, leaves)
        var generator = RandomGenerator(seed: seed)
        let weights = Tensor(shape: output.shape) { out in
            for i in out.indices { out[i] = Float(generator.nextNormal()) }
        }
        let loss = try tape.sum(try tape.multiply(output, tape.constant(weights)))
        let gradients = try tape.gradients(of: loss)

        func objective(_ values: [Tensor]) throws -> Double {
            let y = try plain(values)
            var total = 0.0
            for i in 0..<y.count { total += Double(y[linear: i]) * Double(weights[linear: i]) }
            return total
        }

        var failures: [(tensor: Int, element: Int, analytic: Double, numeric: Double)] = []
        for (index, input) in inputs.enumerated() {
            let analytic = gradients.gradientOrZeros(of: leaves[index])
            let step = max(1, input.count / elementsPerTensor)
            for element in stride(from: 0, to: input.count, by: step) {
                var plus = inputs, minus = inputs
                plus[index][linear: element] += epsilon
                minus[index][linear: element] -= epsilon
                let numeric = (try objective(plus) - objective(minus)) / (2 * Double(epsilon))
                let value = Double(analytic[linear: element])
                if abs(value - numeric) > absoluteTolerance + relativeTolerance * abs(numeric) {
                    failures.append((index, element, value, numeric))
                }
            }
        }
        return failures
    }
}

/// A tensor of `shape` with N(0, scale²) entries kept at least `margin` away from zero (so
/// ReLU's kink is never straddled by a finite-difference step).
func randomTensor(_ shape: Shape, seed: UInt64, scale: Float = 1, margin: Float = 0) -> Tensor {
    var generator = RandomGenerator(seed: seed)
    return Tensor(shape: shape) { out in
        for i in out.indices {
            var x = Float(generator.nextNormal()) * scale
            if abs(x) < margin { x = x < 0 ? x - margin : x + margin }
            out[i] = x
        }
    }
}
