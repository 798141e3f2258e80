import Autograd

/// How well one learnable's backprop gradient agrees with central finite differences.
public struct FiniteDifferenceRow: Sendable, Equatable {
    /// The layer's name, e.g. `fc_1`.
    public var layer: String
    /// The parameter's name, `Weights` or `Bias`.
    public var parameter: String
    /// The largest relative error over the checked entries (see
    /// ``FiniteDifferenceCheck/relativeError(analytic:numeric:floor:)``).
    public var maxRelativeError: Double
    /// How many entries were perturbed.
    public var entriesChecked: Int
    /// The linear (0-based, column-major) position of the worst entry.
    public var worstEntry: Int
    /// The backprop gradient at the worst entry.
    public var worstAnalytic: Double
    /// The finite-difference gradient at the worst entry.
    public var worstNumeric: Double
    /// Whether ``maxRelativeError`` is within the check's tolerance.
    public var passed: Bool
}

/// A gradient check: compares a backward pass's gradients with central finite differences
/// (L(θ + h) − L(θ − h)) / 2h on a few sampled entries of every learnable.
///
/// The sample of each learnable is its entry with the largest |gradient| plus entries drawn
/// from a generator of its own (the caller's random stream is not touched), so the same
/// network is checked at the same places every time. The step is relative,
/// h = `step` · max(1, |θ|).
public struct FiniteDifferenceCheck: Sendable {
    /// Entries perturbed per learnable (all of them when it has fewer).
    public var entriesPerParameter: Int
    /// The relative step.
    public var step: Double
    /// The largest relative error that passes.
    public var tolerance: Double
    /// Gradients smaller than this cannot be resolved by the differences (rounding of the
    /// loss divided by the step) and count as this size in the relative error.
    public var floor: Double
    /// The seed of the entry sample.
    public var seed: UInt64

    /// Creates a check.
    public init(entriesPerParameter: Int = 5, step: Double = 1e-5, tolerance: Double = 1e-3,
                floor: Double = 1e-9, seed: UInt64 = 0x6772_6164) {
        self.entriesPerParameter = entriesPerParameter
        self.step = step
        self.tolerance = tolerance
        self.floor = floor
        self.seed = seed
    }

    /// |a − n| / max(|a|, |n|, floor): 0 when both agree exactly, about 1 or more when the
    /// gradient is wrong in sign or size.
    public static func relativeError(analytic a: Double, numeric n: Double, floor: Double) -> Double {
        let scale = Swift.max(Swift.abs(a), Swift.abs(n), floor)
        return scale > 0 ? Swift.abs(a - n) / scale : 0
    }

    /// The entries checked for a learnable with backprop gradient `analytic`.
    public func entries(of analytic: Tensor, parameterIndex: Int) -> [Int] {
        let count = analytic.count
        guard count > entriesPerParameter else { return Array(0..<count) }
        var largest = 0
        analytic.withUnsafeBufferPointer { g in
            for i in 0..<count where Swift.abs(g[i]) > Swift.abs(g[largest]) { largest = i }
        }
        var chosen = [largest]
        var generator = RandomGenerator(seed: seed &+ UInt64(parameterIndex))
        while chosen.count < entriesPerParameter {
            let k = generator.nextInt(in: 0...(count - 1))
            if !chosen.contains(k) { chosen.append(k) }
        }
        return chosen
    }

    /// Checks every learnable.
    /// - Parameters:
    ///   - learnables: the network's learnables (names and current values).
    ///   - analytic: the backward pass's gradient of each, in the same order.
    ///   - loss: the loss with learnable `parameter`'s entry `element` shifted by `delta`.
    public func run(learnables: [Learnable], analytic: [Tensor],
                    loss: (_ parameter: Int, _ element: Int, _ delta: Double) throws -> Double) rethrows -> [FiniteDifferenceRow] {
        var rows: [FiniteDifferenceRow] = []
        for (p, learnable) in learnables.enumerated() {
            let gradient = analytic[p]
            var row = FiniteDifferenceRow(layer: learnable.layer, parameter: learnable.parameter, maxRelativeError: 0,
                                          entriesChecked: 0, worstEntry: 0, worstAnalytic: 0, worstNumeric: 0, passed: true)
            for e in entries(of: gradient, parameterIndex: p) {
                let h = step * Swift.max(1, Swift.abs(Double(learnable.value[linear: e])))
                let numeric = (try loss(p, e, h) - loss(p, e, -h)) / (2 * h)
                let a = Double(gradient[linear: e])
                let error = FiniteDifferenceCheck.relativeError(analytic: a, numeric: numeric, floor: floor)
                if row.entriesChecked == 0 || error > row.maxRelativeError || error.isNaN {
                    row.maxRelativeError = error
                    row.worstEntry = e
                    row.worstAnalytic = a
                    row.worstNumeric = numeric
                }
                row.entriesChecked += 1
            }
            row.passed = row.maxRelativeError <= tolerance
            rows.append(row)
        }
        return rows
    }
}
