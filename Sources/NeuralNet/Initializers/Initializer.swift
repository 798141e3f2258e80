import Autograd

/// How a learnable parameter gets its first value, as MATLAB's `WeightsInitializer` and
/// `BiasInitializer` options and PyTorch's `torch.nn.init` functions.
///
/// Every random initialiser draws from a seeded ``RandomGenerator``, so the same seed gives the
/// same network on every machine. For a weight matrix of size `out×in` (a fully connected
/// layer), `fanIn = in` and `fanOut = out`:
///
/// | case | distribution | PyTorch |
/// |---|---|---|
/// | `glorotUniform` (MATLAB `"glorot"`, the default) | U(−√(6/(fanIn+fanOut)), +√(6/(fanIn+fanOut))) | `xavier_uniform_` |
/// | `glorotNormal` | N(0, 2/(fanIn+fanOut)) | `xavier_normal_` |
/// | `heNormal` (MATLAB `"he"`) | N(0, 2/fanIn) | `kaiming_normal_` |
/// | `heUniform` | U(−√(6/fanIn), +√(6/fanIn)) | `kaiming_uniform_` (a = 0) |
/// | `narrowNormal` (MATLAB `"narrow-normal"`) | N(0, 0.01²) | `normal_(std=0.01)` |
/// | `unitNormal` | N(0, 1), the historical culprit of saturation | `normal_()` |
/// | `zeros`, `ones` | constant | `zeros_`, `ones_` |
/// | `orthogonal` (MATLAB `"orthogonal"`) | Q of the QR decomposition of an N(0,1) matrix, signs fixed by diag(R) | `orthogonal_` |
public enum Initializer: Sendable, Hashable, CaseIterable {
    /// Glorot (Xavier) uniform: U(±√(6/(fanIn+fanOut))). MATLAB's default for weights.
    case glorotUniform
    /// Glorot (Xavier) normal: N(0, 2/(fanIn+fanOut)).
    case glorotNormal
    /// He (Kaiming) normal: N(0, 2/fanIn), PyTorch's `kaiming_normal_`.
    case heNormal
    /// He (Kaiming) uniform: U(±√(6/fanIn)).
    case heUniform
    /// A narrow normal: N(0, 0.01²).
    case narrowNormal
    /// The unit normal N(0, 1).
    case unitNormal
    /// All zeros. MATLAB's default for biases.
    case zeros
    /// All ones.
    case ones
    /// An orthogonal matrix (rows or columns orthonormal, whichever are fewer).
    case orthogonal

    /// The MATLAB option string naming this initialiser (`"glorot"`, `"he"`, …).
    public var matlabName: String {
        switch self {
        case .glorotUniform: "glorot"
        case .glorotNormal: "glorot-normal"
        case .heNormal: "he"
        case .heUniform: "he-uniform"
        case .narrowNormal: "narrow-normal"
        case .unitNormal: "unit-normal"
        case .zeros: "zeros"
        case .ones: "ones"
        case .orthogonal: "orthogonal"
        }
    }

    /// Looks an initialiser up by its MATLAB option string (case-insensitive); also accepts
    /// the PyTorch names `xavier_uniform`, `xavier_normal`, `kaiming_normal`, `kaiming_uniform`.
    public init?(matlabName name: String) {
        let key = name.lowercased()
        let aliases: [String: Initializer] = [
            "xavier_uniform": .glorotUniform, "xavier_normal": .glorotNormal,
            "kaiming_normal": .heNormal, "kaiming_uniform": .heUniform,
            "he-normal": .heNormal, "normal": .unitNormal,
        ]
        if let found = Initializer.allCases.first(where: { $0.matlabName == key }) {
            self = found
        } else if let alias = aliases[key] {
            self = alias
        } else {
            return nil
        }
    }

    /// Draws a tensor of `shape` whose fan-in and fan-out are given explicitly.
    ///
    /// For a fully connected layer's `out×in` weights, `fanIn = in`, `fanOut = out`; for a
    /// bias the fans are the layer's. Orthogonal uses the first dimension as rows and the
    /// product of the others as columns.
    public func draw(shape: Shape, fanIn: Int, fanOut: Int, using generator: inout RandomGenerator) -> Tensor {
        let fanIn = max(fanIn, 1)
        let fanOut = max(fanOut, 1)
        switch self {
        case .glorotUniform:
            return Initializer.uniform(shape, bound: (6.0 / Double(fanIn + fanOut)).squareRoot(), &generator)
        case .glorotNormal:
            return Initializer.normal(shape, std: (2.0 / Double(fanIn + fanOut)).squareRoot(), &generator)
        case .heNormal:
            return Initializer.normal(shape, std: (2.0 / Double(fanIn)).squareRoot(), &generator)
        case .heUniform:
            return Initializer.uniform(shape, bound: (6.0 / Double(fanIn)).squareRoot(), &generator)
        case .narrowNormal:
            return Initializer.normal(shape, std: 0.01, &generator)
        case .unitNormal:
            return Initializer.normal(shape, std: 1, &generator)
        case .zeros:
            return Tensor(zeros: shape)
        case .ones:
            return Tensor(repeating: 1, shape: shape)
        case .orthogonal:
            let rows = shape[0]
            let columns = rows == 0 ? 0 : shape.count / rows
            return Initializer.orthogonalMatrix(rows: rows, columns: columns, &generator).reshaped(to: shape)
        }
    }

    /// Draws an `out×in` weight matrix (fanIn = `in`, fanOut = `out`).
    public func weights(outputSize: Int, inputSize: Int, using generator: inout RandomGenerator) -> Tensor {
        draw(shape: Shape([outputSize, inputSize]), fanIn: inputSize, fanOut: outputSize, using: &generator)
    }

    static func uniform(_ shape: Shape, bound: Double, _ generator: inout RandomGenerator) -> Tensor {
        Tensor(shape: shape) { out in
            for i in out.indices {
                out[i] = Float((2 * generator.nextUniform() - 1) * bound)
            }
        }
    }

    static func normal(_ shape: Shape, std: Double, _ generator: inout RandomGenerator) -> Tensor {
        Tensor(shape: shape) { out in
            for i in out.indices {
                out[i] = Float(generator.nextNormal() * std)
            }
        }
    }
}
