#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Tape {
    /// Every backward rule, in one switch: the vector-Jacobian products of `node` given the
    /// gradient `g` arriving at its output, one per input (nil where an input needs none:
    /// `needed[id]` false, or without `needed`, an input that does not require a gradient).
    ///
    /// The switch is exhaustive, so every op has a rule; the returned arity is checked
    /// against the node's inputs. Formulas are stated on each ``Op`` case.
    func vectorJacobianProducts(of node: Node, gradient g: Tensor, needed: [Bool]? = nil) -> InputGradients {
        let inputs = node.inputs
        precondition(inputs.count == node.op.arity,
                     "backward: \(node.op.name) recorded with \(inputs.count) inputs, expects \(node.op.arity)")
        let x = inputs.count > 0 ? nodes[inputs[0]] : node
        let other = inputs.count > 1 ? nodes[inputs[1]] : node
        let needs: (Node) -> Bool = { input in needed.map { $0[input.id] } ?? input.requiresGradient }
        let needsX = needs(x)
        let needsOther = needs(other)
        let y = node.value
        let result: InputGradients

        switch node.op {
        case .leaf:
            preconditionFailure("backward: a leaf has no inputs to send gradients to")

        case .add:
            result = InputGradients(
                needsX ? Kernels.sum(g, toShape: x.value.shape) : nil,
                needsOther ? Kernels.sum(g, toShape: other.value.shape) : nil)

        case .subtract:
            result = InputGradients(
                needsX ? Kernels.sum(g, toShape: x.value.shape) : nil,
                needsOther ? Kernels.sum(g.negated(), toShape: other.value.shape) : nil)

        case .multiply:
            result = InputGradients(
                needsX ? Kernels.sum(Kernels.binary(.multiply, g, other.value, result: g.shape), toShape: x.value.shape) : nil,
                needsOther ? Kernels.sum(Kernels.binary(.multiply, g, x.value, result: g.shape), toShape: other.value.shape) : nil)

        case .divide:
            result = InputGradients(
                needsX ? Kernels.sum(Kernels.binary(.divide, g, other.value, result: g.shape), toShape: x.value.shape) : nil,
                needsOther ? Kernels.sum(
                    Kernels.broadcast(Kernels.zip(g, y) { -$0 * $1 }, other.value, g.shape) { $0 / $1 },
                    toShape: other.value.shape) : nil)

        case .power:
            let gx = needsX ? Kernels.sum(Kernels.zip(g, Kernels.broadcast(x.value, other.value, g.shape) { a, b in
                b == 0 ? 0 : b * powf(a, b - 1)
            }) { $0 * $1 }, toShape: x.value.shape) : nil
            let gb = needsOther ? Kernels.sum(Kernels.zip(g, Kernels.broadcast(y, x.value, g.shape) { p, a in
                p == 0 ? 0 : p * logf(a)
            }) { $0 * $1 }, toShape: other.value.shape) : nil
            result = InputGradients(gx, gb)

        case .maximum, .minimum:
            let isMax: Bool
            if case .maximum = node.op { isMax = true } else { isMax = false }
            let toX = Kernels.broadcast(x.value, other.value, g.shape) { a, b in
                (isMax ? a >= b : a <= b) || b.isNaN ? 1 : 0
            }
            result = InputGradients(
                needsX ? Kernels.sum(Kernels.zip(g, toX) { $0 * $1 }, toShape: x.value.shape) : nil,
                needsOther ? Kernels.sum(Kernels.zip(g, toX) { $0 * (1 - $1) }, toShape: other.value.shape) : nil)

        case .negate:
            result = InputGradients(g.negated())

        case .exp:
            result = InputGradients(Kernels.zip(g, y) { $0 * $1 })

        case .log:
            result = InputGradients(Kernels.zip(g, x.value) { $0 / $1 })

        case .sqrt:
            result = InputGradients(Kernels.zip(g, y) { $0 / (2 * $1) })

        case .abs:
            result = InputGradients(Kernels.zip(g, x.value) { $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0) })

        case .sigmoid:
            result = InputGradients(Kernels.zip(g, y) { $0 * $1 * (1 - $1) })

        case .tanh:
            result = InputGradients(Kernels.zip(g, y) { $0 * (1 - $1 * $1) })

        case .relu:
            result = InputGradients(Kernels.zip(g, x.value) { $1 > 0 ? $0 : 0 })

        case let .leakyRelu(slope):
            result = InputGradients(Kernels.zip(g, x.value) { $1 > 0 ? $0 : slope * $0 })

        case .softmax:
            result = InputGradients(Kernels.softmaxBackward(output: y, gradient: g))

        case let .softmaxCrossEntropy(logProbabilities, observations):
            let scale = g.scalar / Float(observations)
            let targets = other.value
            let gz = needsX ? Tensor(shape: x.value.shape) { out in
                logProbabilities.withUnsafeBufferPointer { l in
                    targets.withUnsafeBufferPointer { t in
                        let channels = Swift.max(x.value.shape[0], 1)
                        for start in stride(from: 0, to: l.count, by: channels) {
                            var mass: Float = 0
                            for c in 0..<channels { mass += t[start + c] }
                            for c in 0..<channels {
                                out[start + c] = scale * (expf(l[start + c]) * mass - t[start + c])
                            }
                        }
                    }
                }
            } : nil
            result = InputGradients(gz, needsOther ? logProbabilities.scaled(by: -scale) : nil)

        case let .crossEntropy(observations):
            let scale = g.scalar / Float(observations)
            let tiny = Float.leastNormalMagnitude
            result = InputGradients(
                needsX ? Kernels.zip(other.value, x.value) { t, p in t == 0 ? 0 : -scale * t / Swift.max(p, tiny) } : nil,
                needsOther ? Kernels.map(x.value) { -scale * logf(Swift.max($0, tiny)) } : nil)

        case let .meanSquaredError(observations):
            let scale = g.scalar / Float(observations)
            let gy = Kernels.zip(x.value, other.value) { scale * ($0 - $1) }
            result = InputGradients(needsX ? gy : nil, needsOther ? gy.negated() : nil)

        case .sumOfSquares:
            let scale = 2 * g.scalar
            result = InputGradients(x.value.scaled(by: scale))

        case let .sum(axis):
            result = InputGradients(axis == nil
                ? Tensor(repeating: g.scalar, shape: x.value.shape)
                : Kernels.expand(g, to: x.value.shape))

        case let .mean(axis):
            let n = axis.map { x.value.shape[$0] } ?? x.value.count
            result = InputGradients(axis == nil
                ? Tensor(repeating: g.scalar / Float(n), shape: x.value.shape)
                : Kernels.expand(g, to: x.value.shape, scale: 1 / Float(n)))

        case let .max(_, indices), let .min(_, indices):
            result = InputGradients(Kernels.scatterAdd(g, indices: indices, shape: x.value.shape))

        case let .matmul(ta, tb):
            let a = x.value, b = other.value
            var ga: Tensor?, gb: Tensor?
            switch (ta, tb) {
            case (false, false):
                if needsX { ga = Kernels.matmul(g, transposeA: false, b, transposeB: true) }
                if needsOther { gb = Kernels.matmul(a, transposeA: true, g, transposeB: false) }
            case (true, false):
                if needsX { ga = Kernels.matmul(b, transposeA: false, g, transposeB: true) }
                if needsOther { gb = Kernels.matmul(a, transposeA: false, g, transposeB: false) }
            case (false, true):
                if needsX { ga = Kernels.matmul(g, transposeA: false, b, transposeB: false) }
                if needsOther { gb = Kernels.matmul(g, transposeA: true, a, transposeB: false) }
            case (true, true):
                if needsX { ga = Kernels.matmul(b, transposeA: true, g, transposeB: true) }
                if needsOther { gb = Kernels.matmul(g, transposeA: true, a, transposeB: true) }
            }
            result = InputGradients(ga?.reshaped(to: a.shape), gb?.reshaped(to: b.shape))

        case .fullyConnected:
            let w = x.value, input = other.value, bias = nodes[inputs[2]]
            let features = w.shape[1], batch = g.shape[1]
            let flat = input.reshaped(to: [features, batch])
            result = InputGradients(
                needsX ? Kernels.matmul(g, transposeA: false, flat, transposeB: true).reshaped(to: w.shape) : nil,
                needsOther ? Kernels.matmul(w, transposeA: true, g, transposeB: false).reshaped(to: input.shape) : nil,
                needs(bias) ? Kernels.sum(g, axis: 1).reshaped(to: bias.value.shape) : nil)

        case .reshape:
            result = InputGradients(g.reshaped(to: x.value.shape))

        case let .permute(order):
            var inverse = [Int](repeating: 0, count: order.count)
            for (i, axis) in order.enumerated() { inverse[axis] = i }
            result = InputGradients(Kernels.permute(g, order: inverse).reshaped(to: x.value.shape))

        case let .concatenate(axis):
            result = InputGradients(
                needsX ? Kernels.slice(g, axis: axis, offset: 0, shape: x.value.shape) : nil,
                needsOther ? Kernels.slice(g, axis: axis, offset: x.value.shape[axis], shape: other.value.shape) : nil)

        case let .gather(indices):
            result = InputGradients(Kernels.scatterAdd(g, indices: indices, shape: x.value.shape))
        }

        precondition(result.count == inputs.count,
                     "backward: \(node.op.name) produced \(result.count) gradients for \(inputs.count) inputs")
        return result
    }
}
