extension Tensor {
    /// Whether every element is finite (no NaN, no ±Inf).
    public var isFinite: Bool {
        withUnsafeBufferPointer { x in
            // A finite sum of x·0 stays 0; NaN or Inf anywhere turns it into NaN. Eight lanes
            // at a time, so the sum is not one long chain of dependent additions.
            var lanes = SIMD8<Float>()
            var i = 0
            if let base = x.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= x.count {
                    lanes += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<Float>.stride, as: SIMD8<Float>.self) * 0
                    i += 8
                }
            }
            var probe = lanes.sum()
            while i < x.count {
                probe += x[i] * 0
                i += 1
            }
            return probe == 0
        }
    }

    /// The index (linear, 0-based) of the first NaN or ±Inf element, if any.
    public var firstNonFiniteIndex: Int? {
        withUnsafeBufferPointer { x in x.firstIndex { !$0.isFinite } }
    }
}

extension Tensor {
    /// Throws ``TensorError/nonFinite(op:layer:shape:)`` when any element is NaN or ±Inf:
    /// the checked door for values that must be finite (data read from a file, a loss).
    public func checkFinite(op: String, layer: String? = nil) throws(TensorError) {
        guard isFinite else { throw .nonFinite(op: op, layer: layer, shape: shape) }
    }
}
