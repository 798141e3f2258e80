/// Reductions along one dimension or over all elements: the checked door.
extension Tensor {
    func checkAxis(_ axis: Int, op: String) throws(TensorError) {
        guard axis >= 0, axis < 32 else {
            throw .invalidAxis(op: op, axis: axis, rank: shape.rank)
        }
    }

    /// The sum along `axis` (0-based); that dimension becomes 1.
    public func summed(alongAxis axis: Int) throws(TensorError) -> Tensor {
        try checkAxis(axis, op: "sum")
        return Kernels.sum(self, axis: axis)
    }

    /// The sum of all elements (Float64 accumulation), as a 1×1 tensor.
    public func summed() -> Tensor { Tensor(scalar: Kernels.sumAll(self)) }

    /// The mean along `axis` (0-based); NaN for an empty dimension, as in MATLAB.
    public func mean(alongAxis axis: Int) throws(TensorError) -> Tensor {
        try checkAxis(axis, op: "mean")
        let n = Float(shape[axis])
        return Kernels.sum(self, axis: axis).scaled(by: 1 / n)
    }

    /// The mean of all elements, as a 1×1 tensor; NaN when empty.
    public func mean() -> Tensor { Tensor(scalar: Kernels.sumAll(self) / Float(count)) }

    /// The maximum along `axis` (0-based); throws for an empty dimension.
    public func max(alongAxis axis: Int) throws(TensorError) -> Tensor {
        try checkAxis(axis, op: "max")
        guard shape[axis] > 0 else { throw .emptyOperand(op: "max", shape: shape) }
        return Kernels.max(self, axis: axis).values
    }

    /// The maximum of all elements, as a 1×1 tensor; throws when empty.
    public func max() throws(TensorError) -> Tensor {
        guard count > 0 else { throw .emptyOperand(op: "max", shape: shape) }
        return Kernels.max(reshaped(to: [count]), axis: 0).values.reshaped(to: [])
    }

    /// The minimum along `axis` (0-based); throws for an empty dimension.
    public func min(alongAxis axis: Int) throws(TensorError) -> Tensor {
        try checkAxis(axis, op: "min")
        guard shape[axis] > 0 else { throw .emptyOperand(op: "min", shape: shape) }
        return Kernels.min(self, axis: axis).values
    }

    /// The minimum of all elements, as a 1×1 tensor; throws when empty.
    public func min() throws(TensorError) -> Tensor {
        guard count > 0 else { throw .emptyOperand(op: "min", shape: shape) }
        return Kernels.min(reshaped(to: [count]), axis: 0).values.reshaped(to: [])
    }

    /// `Σ x²` over all elements (Float64 accumulation), as a 1×1 tensor.
    public func sumOfSquares() -> Tensor {
        withUnsafeBufferPointer { x in
            var total: Double = 0
            for v in x { total += Double(v) * Double(v) }
            return Tensor(scalar: Float(total))
        }
    }

    /// The Euclidean (Frobenius) norm `√Σ x²` of all elements, accumulated in Float64.
    public var l2Norm: Float {
        withUnsafeBufferPointer { x in
            var total: Double = 0
            for v in x { total += Double(v) * Double(v) }
            return Float(total.squareRoot())
        }
    }
}
