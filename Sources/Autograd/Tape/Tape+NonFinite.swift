extension Tape {
    /// Throws ``TensorError/nonFinite(op:layer:shape:)`` naming the op and layer of the first
    /// node, in forward order, whose value holds NaN or ±Inf.
    public func checkFinite() throws(TensorError) {
        if let node = firstNonFiniteNode() {
            throw .nonFinite(op: node.op.name, layer: node.label.layer, shape: node.value.shape)
        }
    }
}
