import Autograd
import Testing

/// Seeded random tensors for tests.
struct Sampler {
    var generator: RandomGenerator

    init(seed: UInt64) { generator = RandomGenerator(seed: seed) }

    /// Uniform values in `range`.
    mutating func uniform(_ shape: Shape, in range: ClosedRange<Float> = -1...1) -> Tensor {
        let scalars = (0..<shape.count).map { _ in
            range.lowerBound + (range.upperBound - range.lowerBound) * generator.nextUniformFloat()
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    /// Uniform magnitudes in `magnitude` with random signs: values kept away from 0 (and from kinks).
    mutating func awayFromZero(_ shape: Shape, magnitude: ClosedRange<Float> = 0.2...1.5) -> Tensor {
        let scalars = (0..<shape.count).map { _ -> Float in
            let m = magnitude.lowerBound + (magnitude.upperBound - magnitude.lowerBound) * generator.nextUniformFloat()
            return generator.next() & 1 == 0 ? m : -m
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    /// One-hot columns: `classes×batch` with one 1 per column.
    mutating func oneHot(classes: Int, batch: Int) -> Tensor {
        var scalars = [Float](repeating: 0, count: classes * batch)
        for column in 0..<batch { scalars[column * classes + generator.nextInt(in: 0...(classes - 1))] = 1 }
        return Tensor(shape: [classes, batch], scalars: scalars)
    }
}

/// Which inputs of a checked function are differentiated.
enum Differentiate {
    case all
    case only(Set<Int>)

    func contains(_ index: Int) -> Bool {
        switch self {
        case .all: return true
        case let .only(set): return set.contains(index)
        }
    }
}

/// Compares the tape's gradients of `f` with central finite differences.
///
/// The scalar checked is `Σ f(x) ⊙ R` for a fixed random `R` (just `f(x)` when it is a
/// scalar), so every output element's VJP is exercised. The forward pass runs in Float32,
/// the projection sums in Float64; `step` is the finite-difference step.
func expectGradientsMatchFiniteDifferences(
    _ inputs: [Tensor], differentiate: Differentiate = .all,
    step: Float = 1e-2, absoluteTolerance: Float = 2e-3, relativeTolerance: Float = 2e-2,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ f: (Tape, [Variable]) throws -> Variable
) throws {
    var sampler = Sampler(seed: 99)
    var projection: Tensor?

    func evaluate(_ values: [Tensor]) throws -> (tape: Tape, leaves: [Variable], loss: Variable) {
        let tape = Tape()
        let leaves = values.enumerated().map { index, value in
            tape.leaf(value, name: "x\(index)", requiresGradient: differentiate.contains(index))
        }
        let output = try f(tape, leaves)
        if output.value.count == 1 { return (tape, leaves, output) }
        if projection == nil { projection = sampler.uniform(output.shape, in: 0.5...1.5) }
        let weights = tape.constant(projection!)
        return (tape, leaves, try tape.sum(try tape.multiply(output, weights)))
    }

    func lossValue(_ values: [Tensor]) throws -> Double {
        Double(try evaluate(values).loss.value.scalar)
    }

    let (tape, leaves, loss) = try evaluate(inputs)
    let gradients = try tape.gradients(of: loss)
    for (index, input) in inputs.enumerated() where differentiate.contains(index) {
        let analytic = gradients.gradientOrZeros(of: leaves[index])
        #expect(analytic.shape == input.shape, "gradient shape of input \(index)", sourceLocation: sourceLocation)
        for element in 0..<input.count {
            var plus = inputs, minus = inputs
            plus[index][linear: element] += step
            minus[index][linear: element] -= step
            let numeric = Float((try lossValue(plus) - lossValue(minus)) / Double(2 * step))
            let got = analytic[linear: element]
            let allowed = absoluteTolerance + relativeTolerance * abs(numeric)
            #expect(abs(got - numeric) <= allowed,
                    "input \(index) element \(element): analytic \(got), numeric \(numeric)",
                    sourceLocation: sourceLocation)
        }
    }
}
