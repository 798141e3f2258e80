import Autograd
import Foundation

/// A network's forward pass and losses recomputed in double precision, for finite-difference
/// checks of the single-precision backward pass.
///
/// Central differences in float32 lose most of their digits to rounding (a loss near 2 moves
/// by ~1e-7 per ulp), so the reference is computed here in float64 from the same layers and
/// learnables. Every built-in layer is supported; the values are column-major
/// `features×batch`, as in the engine.
public struct DoublePrecisionNetwork: Sendable {
    /// The layers, in order.
    public let layers: [any Layer]
    /// The learnables in float64, one array per row of ``Network/learnables``.
    public let parameters: [[Double]]
    /// Where each layer's learnables start in ``parameters``.
    let firstParameter: [Int]

    /// Copies `network`'s learnables to float64; `nil` when a layer has no float64 forward pass.
    public init?(_ network: Network) {
        var first: [Int] = []
        var next = 0
        for layer in network.layers {
            guard DoublePrecisionNetwork.supports(layer) else { return nil }
            first.append(next)
            next += layer.learnableNames.count
        }
        layers = network.layers
        parameters = network.learnableValues.map(\.doubleScalars)
        firstParameter = first
    }

    /// Whether `layer` has a float64 forward pass here.
    static func supports(_ layer: any Layer) -> Bool {
        layer is ImageInputLayer || layer is FeatureInputLayer || layer is FullyConnectedLayer
            || layer is ReLULayer || layer is LeakyReLULayer || layer is SigmoidLayer
            || layer is TanhLayer || layer is SoftmaxLayer
    }

    /// The output (`outputs×batch`, column-major) for `input` (`features×batch`), with learnable
    /// `parameter`'s element `element` shifted by `delta` (no shift when `parameter` is nil).
    public func output(_ input: [Double], batch: Int, shifting parameter: Int? = nil,
                       element: Int = 0, by delta: Double = 0) -> [Double] {
        var x = input
        for (index, layer) in layers.enumerated() {
            x = forward(layer, index: index, x, batch: batch, shift: parameter.map { ($0, element, delta) })
        }
        return x
    }

    /// One layer's float64 forward pass.
    func forward(_ layer: any Layer, index: Int, _ x: [Double], batch: Int, shift: (Int, Int, Double)?) -> [Double] {
        switch layer {
        case let input as ImageInputLayer:
            return input.normalization == .zeroCenter ? subtractingMean(x, input.effectiveMean, batch: batch) : x
        case let input as FeatureInputLayer:
            return input.normalization == .zeroCenter ? subtractingMean(x, input.effectiveMean, batch: batch) : x
        case let fc as FullyConnectedLayer:
            var w = parameters[firstParameter[index]], b = parameters[firstParameter[index] + 1]
            if case let (p, e, d)? = shift, p == firstParameter[index] { w[e] += d }
            if case let (p, e, d)? = shift, p == firstParameter[index] + 1 { b[e] += d }
            let rows = fc.outputSize, columns = w.count / rows
            var z = [Double](repeating: 0, count: rows * batch)
            for j in 0..<batch {
                for o in 0..<rows { z[o + j * rows] = b[o] }
                for i in 0..<columns {
                    let xi = x[i + j * columns]
                    if xi == 0 { continue }
                    for o in 0..<rows { z[o + j * rows] += w[o + i * rows] * xi }
                }
            }
            return z
        case is ReLULayer:
            return x.map { $0 > 0 ? $0 : 0 }
        case let leaky as LeakyReLULayer:
            let scale = Double(leaky.scale)
            return x.map { $0 > 0 ? $0 : scale * $0 }
        case is SigmoidLayer:
            return x.map { 1 / (1 + Foundation.exp(-$0)) }
        case is TanhLayer:
            return x.map { Foundation.tanh($0) }
        default:
            // `supports(_:)` admits no other layer than these and `SoftmaxLayer`.
            return softmax(x, batch: batch)
        }
    }

    /// x − mean, the mean repeated over the batch.
    func subtractingMean(_ x: [Double], _ mean: Tensor, batch: Int) -> [Double] {
        let m = mean.doubleScalars
        guard !m.isEmpty else { return x }
        return x.indices.map { x[$0] - m[$0 % m.count] }
    }

    /// Softmax down each column.
    func softmax(_ x: [Double], batch: Int) -> [Double] {
        let rows = x.count / max(batch, 1)
        var y = x
        for j in 0..<batch {
            let column = (j * rows)..<((j + 1) * rows)
            let top = x[column].max() ?? 0
            var total = 0.0
            for k in column { y[k] = Foundation.exp(x[k] - top); total += y[k] }
            for k in column { y[k] /= total }
        }
        return y
    }
}

/// The built-in losses in float64, with MATLAB's definitions (N observations):
/// crossentropy −Σ T·log Y / N, mse Σ (Y − T)² / 2N, l2loss Σ (Y − T)² / N.
public enum DoublePrecisionLoss: String, Sendable, CaseIterable {
    /// `crossentropy(Y, T)`.
    case crossentropy
    /// `mse(Y, T)`.
    case mse
    /// `l2loss(Y, T)`.
    case l2loss

    /// The loss of predictions `y` against targets `t` over `observations` columns.
    public func value(_ y: [Double], _ t: [Double], observations: Int) -> Double {
        let n = Double(max(observations, 1))
        switch self {
        case .crossentropy:
            var total = 0.0
            for (p, q) in zip(y, t) where q != 0 { total += q * Foundation.log(max(p, Double(Float.leastNormalMagnitude))) }
            return -total / n
        case .mse, .l2loss:
            var total = 0.0
            for (p, q) in zip(y, t) { total += (p - q) * (p - q) }
            return self == .mse ? total / (2 * n) : total / n
        }
    }
}
