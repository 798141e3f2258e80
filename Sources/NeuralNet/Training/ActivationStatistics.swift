import Autograd

/// What one activation layer does to a batch: how much gradient its derivative lets through
/// (mean f′, the share of saturated units) and, for rectifiers, how many units are silent.
///
/// A sigmoid passes at most σ′ = 0.25 and nearly nothing once saturated (σ′ < 0.01 at
/// |z| > 4.6); a ReLU passes 1 or 0, and a unit whose input is ≤ 0 for every sample of the
/// batch is *dead*: no gradient reaches its weights at all.
public struct ActivationStatistics: Sendable, Equatable {
    /// The activation's kind.
    public enum Kind: String, Sendable {
        /// σ(z), σ′ ≤ 0.25.
        case sigmoid
        /// tanh z, tanh′ ≤ 1.
        case tanh
        /// max(z, 0).
        case relu = "ReLU"
        /// z or scale·z.
        case leakyRelu = "leaky ReLU"

        /// The largest value the derivative takes (the histogram's upper end).
        public var maximumDerivative: Double { self == .sigmoid ? 0.25 : 1 }
        /// Whether the layer is a rectifier (zero and dead units apply).
        public var isRectifier: Bool { self == .relu || self == .leakyRelu }
    }

    /// Below this derivative a unit counts as saturated.
    public static let saturationThreshold: Float = 0.01
    /// The number of histogram bins.
    public static let binCount = 8

    /// The layer's name.
    public var layer: String
    /// The activation's kind.
    public var kind: Kind
    /// The mean of f′(z) over units and samples.
    public var meanDerivative: Double
    /// The share of (unit, sample) pairs with f′(z) < 0.01.
    public var saturatedShare: Double
    /// Rectifiers: the share of (unit, sample) pairs with z ≤ 0 (a ReLU outputs exactly 0).
    public var zeroShare: Double?
    /// Rectifiers: the units with z ≤ 0 for every sample of the batch.
    public var deadUnits: Int?
    /// The units (values per sample).
    public var units: Int
    /// Sigmoid and tanh: counts of f′ in equal bins over [0, ``Kind/maximumDerivative``];
    /// rectifiers: counts of units by the share of samples they are active for, over [0, 1].
    public var histogram: [Int]

    /// The statistics of an activation of `kind` whose input is `z` and derivative `derivative`
    /// (both `units×batch`, column-major).
    public init(layer: String, kind: Kind, input z: Tensor, derivative: Tensor, batch: Int) {
        let count = z.count
        let batch = max(batch, 1)
        let units = count / batch
        let zs = z.scalars, ds = derivative.scalars
        var total = 0.0, saturated = 0, negative = 0
        var activeSamples = [Int](repeating: 0, count: units)
        var bins = [Int](repeating: 0, count: ActivationStatistics.binCount)
        for k in 0..<count {
            let d = ds[k]
            total += Double(d)
            if d < ActivationStatistics.saturationThreshold { saturated += 1 }
            if zs[k] <= 0 { negative += 1 } else if units > 0 { activeSamples[k % units] += 1 }
            if !kind.isRectifier { bins[ActivationStatistics.bin(Double(d) / kind.maximumDerivative)] += 1 }
        }
        if kind.isRectifier {
            for a in activeSamples { bins[ActivationStatistics.bin(Double(a) / Double(batch))] += 1 }
        }
        let n = Double(max(count, 1))
        self.layer = layer
        self.kind = kind
        meanDerivative = total / n
        saturatedShare = Double(saturated) / n
        zeroShare = kind.isRectifier ? Double(negative) / n : nil
        deadUnits = kind.isRectifier ? activeSamples.filter { $0 == 0 }.count : nil
        self.units = units
        histogram = bins
    }

    /// The bin of a value in [0, 1] (1 falls in the last bin).
    static func bin(_ fraction: Double) -> Int {
        min(max(Int(fraction * Double(binCount)), 0), binCount - 1)
    }
}

extension Network {
    /// Runs the network on `input` without a tape and measures every sigmoid, tanh, ReLU and
    /// leaky ReLU layer, in layer order.
    /// - Throws: ``NetworkError`` when the input does not fit the input layer.
    public func activationStatistics(_ input: Tensor) throws(NetworkError) -> [ActivationStatistics] {
        let outputs = try activations(input)
        let batch = input.count / max(inputFeatureCount, 1)
        var rows: [ActivationStatistics] = []
        for (index, layer) in layers.enumerated() where index > 0 {
            guard let activation = layer as? any ElementwiseActivation, let kind = ActivationStatistics.kind(of: layer) else {
                continue
            }
            let z = outputs[index - 1].output, a = outputs[index].output
            rows.append(ActivationStatistics(layer: layer.name, kind: kind, input: z,
                                             derivative: activation.derivative(input: z, output: a), batch: batch))
        }
        return rows
    }
}

extension ActivationStatistics {
    /// The kind of an activation layer, or nil for other layers.
    static func kind(of layer: any Layer) -> Kind? {
        switch layer {
        case is SigmoidLayer: .sigmoid
        case is TanhLayer: .tanh
        case is ReLULayer: .relu
        case is LeakyReLULayer: .leakyRelu
        default: nil
        }
    }
}
