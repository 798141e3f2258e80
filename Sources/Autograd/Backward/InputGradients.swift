/// The gradients a backward rule sends to its node's inputs, in input order; nil for an
/// input that needs none. Stored inline: a rule allocates only its result tensors.
struct InputGradients {
    private(set) var first: Tensor?
    private(set) var second: Tensor?
    private(set) var third: Tensor?
    /// How many inputs the rule produced gradients for (its arity).
    let count: Int

    init(_ a: Tensor?) { first = a; count = 1 }
    init(_ a: Tensor?, _ b: Tensor?) { first = a; second = b; count = 2 }
    init(_ a: Tensor?, _ b: Tensor?, _ c: Tensor?) { first = a; second = b; third = c; count = 3 }

    /// The gradient for input `position`.
    subscript(position: Int) -> Tensor? {
        switch position {
        case 0: return first
        case 1: return second
        default: return third
        }
    }
}
