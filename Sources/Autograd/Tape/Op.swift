/// One primitive operation recorded on a ``Tape``, with the data its backward rule needs.
///
/// Inputs are the node's ``Node/inputs`` in order (`x`, `y`, …); `y` in a VJP is the
/// node's own output value, `ḡ` the gradient arriving at the output (∂L/∂y), and `x̄`
/// the gradient sent to an input. Element-wise binary ops use MATLAB's implicit
/// expansion; their VJPs sum `x̄` over the expanded dimensions back to the input's shape.
/// All VJPs live in one switch in `Tape+Backward.swift`.
public enum Op: Sendable {
    /// A parameter, input or constant: no inputs, no VJP. Gradients stop here.
    case leaf
    /// `y = x₁ + x₂`.  VJP: `x̄₁ = ḡ`, `x̄₂ = ḡ`.
    case add
    /// `y = x₁ − x₂`.  VJP: `x̄₁ = ḡ`, `x̄₂ = −ḡ`.
    case subtract
    /// `y = x₁ ⊙ x₂` (MATLAB `.*`).  VJP: `x̄₁ = ḡ ⊙ x₂`, `x̄₂ = ḡ ⊙ x₁`.
    case multiply
    /// `y = x₁ ⊘ x₂` (MATLAB `./`).  VJP: `x̄₁ = ḡ ⊘ x₂`, `x̄₂ = −ḡ ⊙ x₁ ⊘ x₂²`.
    case divide
    /// `y = x₁ .^ x₂`.  VJP: `x̄₁ = ḡ ⊙ x₂ ⊙ x₁^(x₂−1)`, `x̄₂ = ḡ ⊙ y ⊙ log x₁`.
    case power
    /// `y = max(x₁, x₂)` element-wise.  VJP: `ḡ` goes to the larger input (to `x₁` on ties).
    case maximum
    /// `y = min(x₁, x₂)` element-wise.  VJP: `ḡ` goes to the smaller input (to `x₁` on ties).
    case minimum
    /// `y = −x`.  VJP: `x̄ = −ḡ`.
    case negate
    /// `y = eˣ`.  VJP: `x̄ = ḡ ⊙ y`.
    case exp
    /// `y = ln x`.  VJP: `x̄ = ḡ ⊘ x`.
    case log
    /// `y = √x`.  VJP: `x̄ = ḡ ⊘ (2y)`.
    case sqrt
    /// `y = |x|`.  VJP: `x̄ = ḡ ⊙ sign(x)`.
    /// NOTE: |·|′(0) is taken as 0, as MATLAB's `sign(0)` is 0.
    case abs
    /// `y = σ(x) = 1 / (1 + e⁻ˣ)`.  VJP: `x̄ = ḡ ⊙ y ⊙ (1 − y)`; σ′ ≤ 0.25, the vanishing factor.
    case sigmoid
    /// `y = tanh x`.  VJP: `x̄ = ḡ ⊙ (1 − y²)`.
    case tanh
    /// `y = max(x, 0)`.  VJP: `x̄ = ḡ ⊙ [x > 0]`.
    /// NOTE: relu′(0) is 0, as in MATLAB and PyTorch.
    case relu
    /// `y = x` where `x > 0`, else `slope·x`.  VJP: `x̄ = ḡ ⊙ (x > 0 ? 1 : slope)`.
    case leakyRelu(slope: Float)
    /// `y_c = e^{x_c} / Σ_k e^{x_k}` along the first (channel) dimension.
    /// VJP: `x̄ = y ⊙ (ḡ − Σ_c ḡ_c y_c)` per column.
    case softmax
    /// Fused softmax + cross-entropy on logits `x₁` and targets `x₂`:
    /// `y = −(1/N) Σ x₂ ⊙ log softmax(x₁)`, `N` = observations (last dimension).
    /// VJP: `x̄₁ = ḡ/N · (softmax(x₁) ⊙ Σ_c x₂ − x₂)` (= `ḡ/N·(p − t)` for one-hot targets),
    /// `x̄₂ = −ḡ/N · log softmax(x₁)`.
    /// NOTE: fused for stability: log-softmax never takes the log of an underflowed probability.
    /// Saves the log-probabilities.
    case softmaxCrossEntropy(logProbabilities: Tensor, observations: Int)
    /// MATLAB `crossentropy` on probabilities `x₁` and targets `x₂`:
    /// `y = −(1/N) Σ x₂ ⊙ log x₁`, `N` = observations (last dimension).
    /// VJP: `x̄₁ = −ḡ/N · x₂ ⊘ x₁`, `x̄₂ = −ḡ/N · log x₁`.
    /// NOTE: probabilities are clamped below at the smallest normal float inside the log and
    /// the division, so a zero probability with a zero target contributes 0, not NaN.
    case crossEntropy(observations: Int)
    /// MATLAB `mse` (half mean squared error): `y = (1/2N) Σ (x₁ − x₂)²`, `N` = observations.
    /// VJP: `x̄₁ = ḡ/N · (x₁ − x₂)`, `x̄₂ = −x̄₁`.
    case meanSquaredError(observations: Int)
    /// `y = Σ x²` over all elements.  VJP: `x̄ = 2ḡ ⊙ x`.
    case sumOfSquares
    /// `y = Σ_axis x` (a dimension of extent 1 remains), or the sum of all elements when `axis` is nil.
    /// VJP: `x̄ = ḡ` expanded back along the summed dimension(s).
    case sum(axis: Int?)
    /// `y = (1/n) Σ_axis x`, or the mean of all elements when `axis` is nil.
    /// VJP: `x̄ = ḡ/n` expanded back.
    case mean(axis: Int?)
    /// `y = max_axis x` (or over all elements when `axis` is nil); saves the winning linear indices.
    /// VJP: `x̄ = ḡ` scattered to the winners, 0 elsewhere.
    case max(axis: Int?, indices: [Int])
    /// `y = min_axis x` (or over all elements when `axis` is nil); saves the winning linear indices.
    /// VJP: `x̄ = ḡ` scattered to the winners, 0 elsewhere.
    case min(axis: Int?, indices: [Int])
    /// `y = op(x₁)·op(x₂)` (MATLAB `*`), `op` the identity or the transpose, through `cblas_sgemm`.
    /// VJP for `y = A·B`: `Ā = ḡ·Bᵀ`, `B̄ = Aᵀ·ḡ`; the transposed forms follow by transposing.
    case matmul(transposeLeft: Bool, transposeRight: Bool)
    /// Fully connected layer `y = W·X + b` for `W` (`out×in`), `X` (`in×B`, or any `…×B`
    /// whose leading dimensions hold `in` elements) and `b` (`out×1`).
    /// VJP: `W̄ = ḡ·Xᵀ`, `X̄ = Wᵀ·ḡ` (reshaped to `X`'s shape), `b̄ = Σ_columns ḡ`.
    case fullyConnected
    /// `y = x` viewed with another shape of equal element count.  VJP: `x̄ = ḡ` reshaped back.
    case reshape
    /// `y = permute(x, order)` (0-based `order`).  VJP: `x̄ = permute(ḡ, order⁻¹)`.
    case permute(order: [Int])
    /// `y = cat(axis, x₁, x₂)`: the inputs joined along `axis` (0-based).
    /// VJP: `x̄₁`, `x̄₂` = the matching slices of `ḡ` along `axis`.
    case concatenate(axis: Int)
    /// `y = x(indices)` with linear 0-based `indices`, shaped as the node's value.
    /// VJP: `x̄ = 0` with `ḡ` added at `indices` (repeated indices accumulate).
    case gather(indices: [Int])

    /// The operation's name as a learner reads it: MATLAB's function name where one exists.
    public var name: String {
        switch self {
        case .leaf: return "leaf"
        case .add: return "plus"
        case .subtract: return "minus"
        case .multiply: return "times"
        case .divide: return "rdivide"
        case .power: return "power"
        case .maximum: return "max"
        case .minimum: return "min"
        case .negate: return "uminus"
        case .exp: return "exp"
        case .log: return "log"
        case .sqrt: return "sqrt"
        case .abs: return "abs"
        case .sigmoid: return "sigmoid"
        case .tanh: return "tanh"
        case .relu: return "relu"
        case .leakyRelu: return "leakyrelu"
        case .softmax: return "softmax"
        case .softmaxCrossEntropy: return "softmaxcrossentropy"
        case .crossEntropy: return "crossentropy"
        case .meanSquaredError: return "mse"
        case .sumOfSquares: return "sumsqr"
        case .sum: return "sum"
        case .mean: return "mean"
        case .max: return "max"
        case .min: return "min"
        case .matmul: return "mtimes"
        case .fullyConnected: return "fullyconnect"
        case .reshape: return "reshape"
        case .permute: return "permute"
        case .concatenate: return "cat"
        case .gather: return "subsref"
        }
    }

    /// How many inputs the operation takes; the backward pass checks it.
    public var arity: Int {
        switch self {
        case .leaf: return 0
        case .add, .subtract, .multiply, .divide, .power, .maximum, .minimum,
             .softmaxCrossEntropy, .crossEntropy, .meanSquaredError, .matmul, .concatenate:
            return 2
        case .fullyConnected: return 3
        case .negate, .exp, .log, .sqrt, .abs, .sigmoid, .tanh, .relu, .leakyRelu, .softmax,
             .sumOfSquares, .sum, .mean, .max, .min, .reshape, .permute, .gather:
            return 1
        }
    }
}
