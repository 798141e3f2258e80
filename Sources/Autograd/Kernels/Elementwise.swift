#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The element-wise binary operations with implicit expansion.
enum BinaryKernel {
    case add, subtract, multiply, divide, power, maximum, minimum
}

/// Loops over contiguous float buffers. Shapes are validated by the callers; these
/// functions only compute.
enum Kernels {
    /// `lhs ∘ rhs` element-wise with implicit expansion into `result`'s shape.
    static func binary(_ kind: BinaryKernel, _ lhs: Tensor, _ rhs: Tensor, result: Shape) -> Tensor {
        switch kind {
        case .add: return broadcast(lhs, rhs, result) { $0 + $1 }
        case .subtract: return broadcast(lhs, rhs, result) { $0 - $1 }
        case .multiply: return broadcast(lhs, rhs, result) { $0 * $1 }
        case .divide: return broadcast(lhs, rhs, result) { $0 / $1 }
        case .power: return broadcast(lhs, rhs, result) { powf($0, $1) }
        case .maximum: return broadcast(lhs, rhs, result) { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
        case .minimum: return broadcast(lhs, rhs, result) { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
        }
    }

    @inline(__always)
    static func broadcast(
        _ lhs: Tensor, _ rhs: Tensor, _ result: Shape, _ f: (Float, Float) -> Float
    ) -> Tensor {
        let plan = BroadcastPlan(lhs: lhs.shape, rhs: rhs.shape, result: result)
        return Tensor(uninitializedShape: result) { out in
            lhs.withUnsafeBufferPointer { a in
                rhs.withUnsafeBufferPointer { b in
                    guard let a = a.baseAddress, let b = b.baseAddress, let o = out.baseAddress else { return }
                    plan.forEachRun { ao, astep, bo, bstep, oo, n in
                        let x = a + ao, y = b + bo, z = o + oo
                        switch (astep, bstep) {
                        case (1, 1): for i in 0..<n { z[i] = f(x[i], y[i]) }
                        case (1, _): let v = y[0]; for i in 0..<n { z[i] = f(x[i], v) }
                        case (_, 1): let u = x[0]; for i in 0..<n { z[i] = f(u, y[i]) }
                        default: let u = x[0], v = y[0]; for i in 0..<n { z[i] = f(u, v) }
                        }
                    }
                }
            }
        }
    }

    /// `f` applied to every element.
    @inline(__always)
    static func map(_ input: Tensor, _ f: (Float) -> Float) -> Tensor {
        Tensor(uninitializedShape: input.shape) { out in
            input.withUnsafeBufferPointer { x in
                for i in 0..<x.count { out[i] = f(x[i]) }
            }
        }
    }

    /// `f` applied to corresponding elements of two tensors of equal element count; the result has `a`'s shape.
    @inline(__always)
    static func zip(_ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float) -> Tensor {
        precondition(a.count == b.count, "Kernels.zip: \(a.shape) vs \(b.shape)")
        return Tensor(uninitializedShape: a.shape) { out in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    for i in 0..<x.count { out[i] = f(x[i], y[i]) }
                }
            }
        }
    }

    /// `f` applied to corresponding elements of three tensors of equal element count.
    @inline(__always)
    static func zip(_ a: Tensor, _ b: Tensor, _ c: Tensor, _ f: (Float, Float, Float) -> Float) -> Tensor {
        precondition(a.count == b.count && b.count == c.count, "Kernels.zip: unequal counts")
        return Tensor(uninitializedShape: a.shape) { out in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    c.withUnsafeBufferPointer { z in
                        for i in 0..<x.count { out[i] = f(x[i], y[i], z[i]) }
                    }
                }
            }
        }
    }

    /// `accumulator += addend`, element by element (equal counts).
    static func addInPlace(_ accumulator: inout Tensor, _ addend: Tensor) {
        precondition(accumulator.count == addend.count, "Kernels.addInPlace: unequal counts")
        accumulator.withUnsafeMutableBufferPointer { acc in
            addend.withUnsafeBufferPointer { g in
                for i in 0..<acc.count { acc[i] += g[i] }
            }
        }
    }

    /// `gradient` (of a broadcast result) summed over the dimensions that `shape` expanded,
    /// giving a tensor of `shape`: the VJP of implicit expansion.
    static func sum(_ gradient: Tensor, toShape shape: Shape) -> Tensor {
        if gradient.shape.isEquivalent(to: shape) { return gradient.reshaped(to: shape) }
        let plan = BroadcastPlan(lhs: gradient.shape, rhs: shape, result: gradient.shape)
        return Tensor(shape: shape) { out in
            gradient.withUnsafeBufferPointer { g in
                guard let g = g.baseAddress, let o = out.baseAddress else { return }
                plan.forEachRun { go, _, oo, ostep, _, n in
                    let x = g + go, z = o + oo
                    if ostep == 1 {
                        for i in 0..<n { z[i] += x[i] }
                    } else {
                        var total: Float = 0
                        for i in 0..<n { total += x[i] }
                        z[0] += total
                    }
                }
            }
        }
    }
}
