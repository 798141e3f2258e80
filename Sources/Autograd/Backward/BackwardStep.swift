/// What one step of a ``BackwardStepper`` did: which nodes' backward rules ran and for which layer.
public struct BackwardStep: Sendable, Equatable {
    /// The kind of step taken.
    public enum Kind: Sendable, Equatable {
        /// One primitive op.
        case op
        /// All consecutive ops sharing one layer label.
        case layer
    }

    /// 1-based position of this step among the steps taken so far.
    public let number: Int
    /// Whether one op or one layer was processed.
    public let kind: Kind
    /// The ids of the nodes whose VJPs ran, in the order they ran (descending ids).
    public let nodeIDs: [Int]
    /// The layer label those nodes share (nil for ops recorded outside any layer).
    public let layer: String?
}
