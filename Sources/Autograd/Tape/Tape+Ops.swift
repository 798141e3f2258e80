#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The traced operations: the checked door. Each computes its value, records a node and
/// returns its handle, or throws a ``TensorError`` naming the op and the shapes.
extension Tape {
    private func binary(_ op: Op, _ kind: BinaryKernel, _ a: Variable, _ b: Variable) throws(TensorError) -> Variable {
        try check(a, b, op: op.name)
        let value = try a.value.combined(kind, b.value, op: op.name)
        return record(op, NodeInputs(a.id, b.id), value)
    }

    private func unary(_ op: Op, _ x: Variable, _ value: (Tensor) -> Tensor) throws(TensorError) -> Variable {
        try check(x, op: op.name)
        return record(op, NodeInputs(x.id), value(x.value))
    }

    /// `a + b` with implicit expansion.
    public func add(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.add, .add, a, b) }
    /// `a − b` with implicit expansion.
    public func subtract(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.subtract, .subtract, a, b) }
    /// `a .* b` with implicit expansion.
    public func multiply(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.multiply, .multiply, a, b) }
    /// `a ./ b` with implicit expansion.
    public func divide(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.divide, .divide, a, b) }
    /// `a .^ b` with implicit expansion.
    public func power(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.power, .power, a, b) }
    /// `max(a, b)` element-wise with implicit expansion.
    public func maximum(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.maximum, .maximum, a, b) }
    /// `min(a, b)` element-wise with implicit expansion.
    public func minimum(_ a: Variable, _ b: Variable) throws(TensorError) -> Variable { try binary(.minimum, .minimum, a, b) }

    /// `−x`.
    public func negate(_ x: Variable) throws(TensorError) -> Variable { try unary(.negate, x) { $0.negated() } }
    /// `eˣ`.
    public func exp(_ x: Variable) throws(TensorError) -> Variable { try unary(.exp, x) { $0.exp() } }
    /// `ln x`.
    public func log(_ x: Variable) throws(TensorError) -> Variable { try unary(.log, x) { $0.log() } }
    /// `√x`.
    public func sqrt(_ x: Variable) throws(TensorError) -> Variable { try unary(.sqrt, x) { $0.squareRoot() } }
    /// `|x|`.
    public func abs(_ x: Variable) throws(TensorError) -> Variable { try unary(.abs, x) { $0.magnitude() } }
    /// `σ(x)`.
    public func sigmoid(_ x: Variable) throws(TensorError) -> Variable { try unary(.sigmoid, x) { $0.sigmoid() } }
    /// `tanh x`.
    public func tanh(_ x: Variable) throws(TensorError) -> Variable { try unary(.tanh, x) { $0.tanh() } }
    /// `max(x, 0)`.
    public func relu(_ x: Variable) throws(TensorError) -> Variable { try unary(.relu, x) { $0.relu() } }
    /// `x` where positive, `slope·x` elsewhere (MATLAB's default slope is 0.01).
    public func leakyRelu(_ x: Variable, slope: Float = 0.01) throws(TensorError) -> Variable {
        try unary(.leakyRelu(slope: slope), x) { $0.leakyRelu(slope: slope) }
    }
    /// Softmax along the first (channel) dimension.
    public func softmax(_ x: Variable) throws(TensorError) -> Variable { try unary(.softmax, x) { $0.softmax() } }

    /// The number of observations of a `C×…×B` array: the extent of its last non-singleton
    /// dimension past the first, or 1 for a vector.
    static func observationCount(_ shape: Shape) -> Int {
        let trimmed = shape.trimmed
        return trimmed.rank >= 2 ? Swift.max(trimmed.dims[trimmed.rank - 1], 1) : 1
    }

    private func checkTargets(_ y: Variable, _ t: Variable, op: String) throws(TensorError) {
        try check(y, t, op: op)
        guard y.shape.isEquivalent(to: t.shape) else {
            throw .incompatibleShapes(op: op, lhs: y.shape, rhs: t.shape)
        }
    }

    /// Fused softmax + cross-entropy of `logits` against `targets` (same size), averaged over
    /// the observations (last dimension, or `observations`): a 1×1 loss.
    public func softmaxCrossEntropy(
        logits: Variable, targets: Variable, observations: Int? = nil
    ) throws(TensorError) -> Variable {
        try checkTargets(logits, targets, op: "softmaxcrossentropy")
        let n = observations ?? Tape.observationCount(logits.shape)
        let logProbabilities = Kernels.logSoftmax(logits.value)
        let total = Kernels.zip(targets.value, logProbabilities) { $0 == 0 ? 0 : $0 * $1 }
        let loss = -Kernels.sumAll(total) / Float(n)
        return record(.softmaxCrossEntropy(logProbabilities: logProbabilities, observations: n),
                      NodeInputs(logits.id, targets.id), Tensor(scalar: loss))
    }

    /// MATLAB `crossentropy(Y, T)` on probabilities: `−Σ T·log Y / N`, `N` the observations
    /// (last dimension, or `observations`): a 1×1 loss.
    public func crossEntropy(
        _ probabilities: Variable, _ targets: Variable, observations: Int? = nil
    ) throws(TensorError) -> Variable {
        try checkTargets(probabilities, targets, op: "crossentropy")
        let n = observations ?? Tape.observationCount(probabilities.shape)
        let terms = Kernels.zip(targets.value, probabilities.value) { t, y in
            t == 0 ? 0 : t * logf(Swift.max(y, Float.leastNormalMagnitude))
        }
        return record(.crossEntropy(observations: n), NodeInputs(probabilities.id, targets.id),
                      Tensor(scalar: -Kernels.sumAll(terms) / Float(n)))
    }

    /// MATLAB `mse(Y, T)`: half the mean squared error, `Σ (Y − T)² / 2N`, `N` the observations.
    public func meanSquaredError(
        _ predictions: Variable, _ targets: Variable, observations: Int? = nil
    ) throws(TensorError) -> Variable {
        try checkTargets(predictions, targets, op: "mse")
        let n = observations ?? Tape.observationCount(predictions.shape)
        let squares = Kernels.zip(predictions.value, targets.value) { ($0 - $1) * ($0 - $1) }
        return record(.meanSquaredError(observations: n), NodeInputs(predictions.id, targets.id),
                      Tensor(scalar: Kernels.sumAll(squares) / Float(2 * n)))
    }

    /// `Σ x²` over all elements, a 1×1 value.
    public func sumOfSquares(_ x: Variable) throws(TensorError) -> Variable {
        try unary(.sumOfSquares, x) { $0.sumOfSquares() }
    }

    /// The sum along `axis` (0-based), or of all elements when `axis` is nil.
    public func sum(_ x: Variable, axis: Int? = nil) throws(TensorError) -> Variable {
        try check(x, op: "sum")
        let value = try axis.map { (a: Int) throws(TensorError) in try x.value.summed(alongAxis: a) } ?? x.value.summed()
        return record(.sum(axis: axis), NodeInputs(x.id), value)
    }

    /// The mean along `axis` (0-based), or of all elements when `axis` is nil.
    public func mean(_ x: Variable, axis: Int? = nil) throws(TensorError) -> Variable {
        try check(x, op: "mean")
        let value = try axis.map { (a: Int) throws(TensorError) in try x.value.mean(alongAxis: a) } ?? x.value.mean()
        return record(.mean(axis: axis), NodeInputs(x.id), value)
    }

    /// The maximum along `axis` (0-based), or of all elements when `axis` is nil.
    public func max(_ x: Variable, axis: Int? = nil) throws(TensorError) -> Variable {
        try check(x, op: "max")
        if let axis {
            try x.value.checkAxis(axis, op: "max")
            guard x.shape[axis] > 0 else { throw .emptyOperand(op: "max", shape: x.shape) }
            let (values, indices) = Kernels.max(x.value, axis: axis)
            return record(.max(axis: axis, indices: indices), NodeInputs(x.id), values)
        }
        guard x.value.count > 0 else { throw .emptyOperand(op: "max", shape: x.shape) }
        let (values, indices) = Kernels.max(x.value.reshaped(to: [x.value.count]), axis: 0)
        return record(.max(axis: nil, indices: indices), NodeInputs(x.id), values.reshaped(to: []))
    }

    /// The minimum along `axis` (0-based), or of all elements when `axis` is nil.
    public func min(_ x: Variable, axis: Int? = nil) throws(TensorError) -> Variable {
        try check(x, op: "min")
        if let axis {
            try x.value.checkAxis(axis, op: "min")
            guard x.shape[axis] > 0 else { throw .emptyOperand(op: "min", shape: x.shape) }
            let (values, indices) = Kernels.min(x.value, axis: axis)
            return record(.min(axis: axis, indices: indices), NodeInputs(x.id), values)
        }
        guard x.value.count > 0 else { throw .emptyOperand(op: "min", shape: x.shape) }
        let (values, indices) = Kernels.min(x.value.reshaped(to: [x.value.count]), axis: 0)
        return record(.min(axis: nil, indices: indices), NodeInputs(x.id), values.reshaped(to: []))
    }

    /// `op(a)·op(b)` (MATLAB `*`), transposes handed to BLAS without copies.
    public func matmul(
        _ a: Variable, _ b: Variable, transposeLeft: Bool = false, transposeRight: Bool = false
    ) throws(TensorError) -> Variable {
        try check(a, b, op: "mtimes")
        let value = try a.value.matmul(b.value, transposeSelf: transposeLeft, transposeOther: transposeRight)
        return record(.matmul(transposeLeft: transposeLeft, transposeRight: transposeRight),
                      NodeInputs(a.id, b.id), value)
    }

    /// The fully connected layer `W·X + b`: `W` is `out×in`, `X` is `in×B` or any `…×B`
    /// whose leading dimensions hold `in` elements (images `28×28×1×B`), `b` is `out×1`.
    /// The result is `out×B`.
    public func fullyConnected(
        weights: Variable, input: Variable, bias: Variable
    ) throws(TensorError) -> Variable {
        try check(weights, input, bias, op: "fullyconnect")
        let (w, x, b) = (weights.value, input.value, bias.value)
        let batch = try Tape.fullyConnectedBatch(weights: w.shape, input: x.shape)
        let outputs = w.shape[0]
        guard b.shape.isEquivalent(to: Shape([outputs, 1])) else {
            throw .unexpectedShape(op: "fullyconnect", operand: "bias", shape: b.shape, expected: Shape([outputs, 1]))
        }
        var z = Tensor(uninitializedShape: [outputs, batch]) { out in
            b.withUnsafeBufferPointer { bias in
                for column in 0..<batch {
                    for row in 0..<outputs { out[column * outputs + row] = bias[row] }
                }
            }
        }
        Kernels.gemm(w, transposeA: false, x.reshaped(to: [w.shape[1], batch]), transposeB: false,
                     into: &z, beta: 1)
        return record(.fullyConnected, NodeInputs(weights.id, input.id, bias.id), z)
    }

    /// The number of observations of `input` for weights of `weights`' shape, or a typed error.
    static func fullyConnectedBatch(weights: Shape, input: Shape) throws(TensorError) -> Int {
        if weights.trimmed.rank > 2 { throw .rankTooHigh(op: "fullyconnect", shape: weights, maximum: 2) }
        let features = weights[1]
        var leading = 1
        for axis in 0..<Swift.max(input.rank, 1) {
            leading *= input[axis]
            if leading == features, features > 0 { return input.count / features }
            if leading > features { break }
        }
        if features == 0, input.count == 0 { return input[Swift.max(input.rank - 1, 1)] }
        throw .unexpectedShape(op: "fullyconnect", operand: "input", shape: input,
                               expected: Shape([features, input.count / Swift.max(features, 1)]))
    }

    /// `x` viewed with another shape of equal element count.
    public func reshape(_ x: Variable, to shape: Shape) throws(TensorError) -> Variable {
        try check(x, op: "reshape")
        return record(.reshape, NodeInputs(x.id), try x.value.reshaped(to: shape, op: "reshape"))
    }

    /// `x` with its dimensions reordered (0-based `order`, as MATLAB's `permute`).
    public func permute(_ x: Variable, order: [Int]) throws(TensorError) -> Variable {
        try check(x, op: "permute")
        return record(.permute(order: order), NodeInputs(x.id), try x.value.permuted(order))
    }

    /// The matrix transpose of `x`.
    public func transpose(_ x: Variable) throws(TensorError) -> Variable {
        guard x.shape.trimmed.rank <= 2 else { throw .rankTooHigh(op: "transpose", shape: x.shape, maximum: 2) }
        let matrix = x.shape.rank == 2 ? x : try reshape(x, to: [x.shape[0], x.shape[1]])
        return try permute(matrix, order: [1, 0])
    }

    /// `a` and `b` joined along `axis` (0-based), as MATLAB's `cat`.
    public func concatenate(_ a: Variable, _ b: Variable, axis: Int) throws(TensorError) -> Variable {
        try check(a, b, op: "cat")
        let value = try a.value.concatenated(with: b.value, alongAxis: axis)
        return record(.concatenate(axis: axis), NodeInputs(a.id, b.id), value)
    }

    /// The elements of `x` at linear 0-based `indices`, shaped `shape` (MATLAB indexing).
    public func gather(_ x: Variable, indices: [Int], shape: Shape) throws(TensorError) -> Variable {
        try check(x, op: "subsref")
        return record(.gather(indices: indices), NodeInputs(x.id), try x.value.gathering(indices, shape: shape))
    }
}
