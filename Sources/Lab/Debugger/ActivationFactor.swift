import Autograd

/// The activation's local derivative at one layer, summarised: σ′ for a sigmoid (≤ 0.25),
/// 1 − tanh² for tanh, the share of units passing for ReLU.
public struct ActivationFactor: Equatable, Sendable {
    /// The activation kind.
    public enum Kind: String, Sendable {
        /// Logistic sigmoid; derivative a(1 − a), at most 0.25.
        case sigmoid
        /// Hyperbolic tangent; derivative 1 − a², at most 1.
        case tanh
        /// Rectifier; derivative 1 where z > 0, else 0.
        case relu
    }

    /// Which activation.
    public let kind: Kind
    /// Every unit's derivative, in the layer output's element order.
    public let derivatives: [Float]
    /// Mean derivative.
    public let mean: Double
    /// Largest derivative.
    public let maximum: Double
    /// Share of units whose derivative is below 0.01 (saturated; for ReLU: not passing).
    public let saturatedShare: Double
    /// The largest the derivative can be (0.25 sigmoid, 1 tanh and ReLU).
    public var ceiling: Double { kind == .sigmoid ? 0.25 : 1 }
    /// Share of ReLU units passing the gradient (z > 0).
    public var passingShare: Double { 1 - saturatedShare }
    /// The number of units: every element of one sample (the output's last dimension is the batch).
    public let unitCount: Int
    /// Units whose derivative is below 0.01 for every sample of the batch: for ReLU, dead units
    /// (z ≤ 0 everywhere, so no gradient reaches their weights).
    public let deadUnits: Int
    /// ``deadUnits`` as a share of ``unitCount``.
    public var deadShare: Double { unitCount > 0 ? Double(deadUnits) / Double(unitCount) : 0 }

    /// The factor from the layer's output value `a` (the op's output).
    public init(kind: Kind, output a: Tensor) {
        self.kind = kind
        let values = a.scalars
        let d: [Float]
        switch kind {
        case .sigmoid: d = values.map { $0 * (1 - $0) }
        case .tanh: d = values.map { 1 - $0 * $0 }
        case .relu: d = values.map { $0 > 0 ? 1 : 0 }
        }
        derivatives = d
        let n = Double(max(d.count, 1))
        mean = d.reduce(0.0) { $0 + Double($1) } / n
        maximum = Double(d.max() ?? 0)
        saturatedShare = Double(d.filter { $0 < 0.01 }.count) / n
        let samples = a.shape.dims.count >= 2 ? max(a.shape.dims.last ?? 1, 1) : 1
        let units = d.count / samples
        var alive = [Bool](repeating: false, count: units)
        if units > 0 {
            for (index, x) in d.enumerated() where x >= 0.01 { alive[index % units] = true }
        }
        unitCount = units
        deadUnits = alive.filter { !$0 }.count
    }

    /// Counts of derivatives in `bins` equal bins over `0...ceiling`.
    public func histogram(bins: Int = 7) -> [Int] {
        var counts = [Int](repeating: 0, count: bins)
        let top = ceiling
        for x in derivatives where x.isFinite {
            let i = Int((Double(x) / top) * Double(bins))
            counts[min(max(i, 0), bins - 1)] += 1
        }
        return counts
    }

    /// The activation kind of `op`, nil for other ops.
    static func kind(of op: Op) -> Kind? {
        switch op {
        case .sigmoid: return .sigmoid
        case .tanh: return .tanh
        case .relu: return .relu
        default: return nil
        }
    }
}
