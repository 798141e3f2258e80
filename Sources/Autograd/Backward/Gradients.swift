/// The gradients of a backward pass, by node: ∂L/∂(node value) for every node reached.
public struct Gradients {
    let values: [Tensor?]
    let shapes: [Shape]
    let tape: ObjectIdentifier
    let generation: Int

    /// The gradient of `variable`'s node, or nil if the loss does not depend on it, it does not
    /// require a gradient, or it belongs to another tape or generation.
    public subscript(variable: Variable) -> Tensor? {
        guard ObjectIdentifier(variable.tape) == tape, variable.generation == generation else { return nil }
        return self[variable.id]
    }

    /// The gradient of node `id`, or nil if it was not reached.
    public subscript(id: Int) -> Tensor? { id >= 0 && id < values.count ? values[id] : nil }

    /// The gradient of `variable`, zeros of its shape when the loss does not depend on it
    /// (as MATLAB's `dlgradient` returns).
    public func gradientOrZeros(of variable: Variable) -> Tensor {
        if let gradient = self[variable] { return gradient }
        if ObjectIdentifier(variable.tape) == tape, variable.generation == generation, variable.id < shapes.count {
            return Tensor(zeros: shapes[variable.id])
        }
        return Tensor(zeros: variable.isLive ? variable.shape : Shape([0, 0]))
    }
}

extension Tape {
    /// One full backward pass from the scalar `loss`: exactly the ``BackwardStepper`` run to the
    /// end without history, so it matches a stepped pass bit for bit.
    ///
    /// With `targets`, only gradients on paths from those variables to the loss are computed —
    /// the targets' gradients are the same, bit for bit, and work for other leaves (such as the
    /// input images' gradient) is skipped.
    public func gradients(of loss: Variable, withRespectTo targets: [Variable]? = nil) throws(TensorError) -> Gradients {
        let stepper = try BackwardStepper(tape: self, loss: loss, recordsHistory: false, targets: targets)
        stepper.runToEnd()
        return stepper.gradients
    }
}
