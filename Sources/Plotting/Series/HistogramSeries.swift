/// A histogram (`histogram`): counts of values in contiguous bins, drawn as touching bars.
public struct HistogramSeries: Equatable, Sendable {
    /// The bin edges, increasing, one more than the counts.
    public var BinEdges: [Double]
    /// The count in each bin.
    public var Values: [Double]
    /// Fill colour.
    public var FaceColor: RGB
    /// Name shown in the legend.
    public var DisplayName: String

    /// The most bins a histogram may have: far more than a terminal or a figure can show, and
    /// few enough that a mistyped count (`histogram(x, 1e12)`) is refused instead of exhausting memory.
    public static let maximumBins = 65_536

    /// Bins the finite values of `data` into `numBins` equal bins spanning their range
    /// (like `histcounts(x, n)`), or into an automatic number of bins of a nice width when nil.
    /// NaN and Inf values are left out, as MATLAB does. Empty data gives no bins.
    public init(data: [Double], numBins: Int? = nil, faceColor: RGB = RGB.colorOrder[0]) throws(PlotError) {
        if let n = numBins, n < 1 || n > HistogramSeries.maximumBins { throw .invalidBinCount(n) }
        let finite = data.filter(\.isFinite)
        let edges = HistogramSeries.edges(for: finite, numBins: numBins)
        BinEdges = edges
        Values = HistogramSeries.counts(finite, edges: edges)
        FaceColor = faceColor
        DisplayName = ""
    }

    /// Uses precomputed edges and counts (e.g. from `histcounts`); throws unless `edges.count == counts.count + 1`.
    public init(binEdges: [Double], counts: [Double], faceColor: RGB = RGB.colorOrder[0]) throws(PlotError) {
        guard binEdges.count == counts.count + 1 || (binEdges.isEmpty && counts.isEmpty) else {
            throw .lengthMismatch(function: "histogram", counts: [binEdges.count, counts.count])
        }
        BinEdges = binEdges
        Values = counts
        FaceColor = faceColor
        DisplayName = ""
    }

    /// Bin edges for the values: `n` equal bins over [min, max] when given, else Scott's rule
    /// rounded to a nice width with edges on multiples of it.
    static func edges(for values: [Double], numBins: Int?) -> [Double] {
        guard let lo = values.min(), let hi = values.max() else { return [] }
        if lo == hi {
            let n = numBins ?? 1
            return (0...n).map { lo - 0.5 + Double($0) / Double(n) }
        }
        let span = hi - lo
        // A range wider than the largest double (values near ±1.8e308) has no finite width:
        // such data gets equal bins (10 unless given), each edge a weighted mean of the ends.
        if let n = numBins ?? (span.isFinite ? nil : 10) {
            guard span.isFinite else {
                return (0...n).map { k in
                    let t = Double(k) / Double(n)
                    return k == n ? hi : lo * (1 - t) + hi * t
                }
            }
            return (0...n).map { $0 == n ? hi : lo + span * Double($0) / Double(n) }
        }
        let count = Double(values.count)
        let mean = values.reduce(0, +) / count
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, count - 1)).squareRoot()
        var width = 3.5 * sd * Math.pow10(-Math.log10(count) / 3)
        if !(width > 0) { width = (hi - lo) / 10 }
        width = NiceNumbers.niceStep(max(width, (hi - lo) / 1000))
        let start = (lo / width).rounded(.down) * width
        let bins = max(1, Int(((hi - start) / width).rounded(.up)))
        return (0...bins).map { start + Double($0) * width }
    }

    static func counts(_ values: [Double], edges: [Double]) -> [Double] {
        guard edges.count >= 2, let first = edges.first, let last = edges.last else { return [] }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        for v in values where v >= first && v <= last {
            var lo = 0
            var hi = edges.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if v >= edges[mid] { lo = mid } else { hi = mid }
            }
            counts[lo] += 1
        }
        return counts
    }
}
