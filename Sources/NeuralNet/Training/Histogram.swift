import Autograd

/// A histogram of a tensor's values in equal-width bins spanning [min, max], as the example's
/// `gradientDistributions` reports it: bin centres and counts.
public struct Histogram: Sendable, Equatable {
    /// The centre of every bin.
    public let centers: [Float]
    /// The number of values in every bin (the last bin includes the maximum).
    public let counts: [Int]

    /// Bins the finite values of `values` into `binCount` equal bins from their minimum to their
    /// maximum; when all values are equal, the bins span value ± 0.5. NaN and ±Inf are left out.
    public init(_ values: Tensor, binCount: Int) {
        precondition(binCount > 0, "Histogram: binCount must be positive")
        var low = Float.infinity, high = -Float.infinity
        values.withUnsafeBufferPointer { v in
            for x in v where x.isFinite {
                low = min(low, x)
                high = max(high, x)
            }
        }
        if low > high { (low, high) = (-0.5, 0.5) }
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        let width = (high - low) / Float(binCount)
        var counts = [Int](repeating: 0, count: binCount)
        values.withUnsafeBufferPointer { v in
            for x in v where x.isFinite {
                let bin = Int((x - low) / width)
                counts[min(max(bin, 0), binCount - 1)] += 1
            }
        }
        self.counts = counts
        self.centers = (0..<binCount).map { low + (Float($0) + 0.5) * width }
    }
}
