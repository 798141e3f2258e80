extension BackwardStepper {
    /// The ids of the nodes whose gradient, as accumulated so far, holds NaN or ±Inf,
    /// in the order the backward pass reached them.
    public var nonFiniteGradientIDs: [Int] {
        var ids: [Int] = []
        for id in stride(from: tape.count - 1, through: 0, by: -1) {
            if let g = gradient(of: id), !g.isFinite { ids.append(id) }
        }
        return ids
    }
}
