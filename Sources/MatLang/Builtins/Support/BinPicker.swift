import Foundation

/// MATLAB's rule for histogram bin edges (`histcounts(x)` and `histcounts(x, nbins)`).
///
/// Implemented as MATLAB describes its "nice" bins: with a bin count, the raw width
/// `(max − min)/nbins` is reduced to its leading digit times a power of ten, the left edge snaps
/// down to a multiple of that width (never above the minimum), and the width is then rounded up
/// at the precision of the slack `(max − left)/(nbins − 1) − (max − left)/nbins`, so `nbins`
/// bins of that width cover the data. `histcounts([2 3 5 7 11 13 17 19 23 29], 6)` gives edges
/// `0:4.9:29.4` as in MATLAB's documentation. Without a count (automatic), Scott's width
/// `3.5·σ/n^{1/3}` is rounded to 1, 2, 3, 5 or 10 times a power of ten — except for integer data
/// whose range is at most 50, which get one unit bin centred on each integer (MATLAB's integer
/// rule, ``integerEdges(_:)``). Constant data get bins of unit total width centred on
/// half-integers around the value.
enum BinPicker {
    /// Bin edges for data spanning `[minimum, maximum]`; `count` nil means the automatic rule.
    static func edges(minimum: Double, maximum: Double, count: Int?, rawWidth: Double) -> [Double] {
        let scale = max(abs(minimum), abs(maximum))
        let range = maximum - minimum
        var left: Double
        var right: Double
        var width: Double
        var bins: Int
        let spacing = scale.ulp
        if range > max(spacing.squareRoot(), Double.leastNormalMagnitude) {
            let raw = max(rawWidth, spacing)
            let power = pow(10, floor(log10(raw)))
            let relative = raw / power
            if let count {
                width = power * floor(relative)
                left = max(min(width * floor(minimum / width), minimum), -Double.greatestFiniteMagnitude)
                if count > 1 {
                    let lower = (maximum - left) / Double(count)
                    let upper = (maximum - left) / Double(count - 1)
                    let p10 = pow(10, floor(log10(upper - lower)))
                    width = p10 * ceil(lower / p10)
                }
                bins = count
            } else {
                if relative < 1.5 { width = power } else if relative < 2.5 { width = 2 * power }
                else if relative < 4 { width = 3 * power } else if relative < 7.5 { width = 5 * power }
                else { width = 10 * power }
                left = max(min(width * floor(minimum / width), minimum), -Double.greatestFiniteMagnitude)
                bins = max(1, Int(ceil((maximum - left) / width)))
            }
            right = min(max(left + Double(bins) * width, maximum), Double.greatestFiniteMagnitude)
        } else {
            bins = count ?? 1
            let binRange = max(1, ceil(Double(bins) * spacing))
            left = floor(2 * (minimum - binRange / 4)) / 2
            right = ceil(2 * (maximum + binRange / 4)) / 2
            width = (right - left) / Double(bins)
        }
        guard width.isFinite else {
            return (0...bins).map { left + (right - left) * Double($0) / Double(bins) }
        }
        return [left] + (1..<max(bins, 1)).map { left + Double($0) * width } + [right]
    }

    /// MATLAB's automatic integer rule: when every value is an integer and the values span at
    /// most 50, the edges run from the minimum − ½ to the maximum + ½ in steps of 1
    /// (`histcounts([1 2 2 3 4 5])` has edges `0.5:1:5.5`); nil otherwise.
    static func integerEdges(_ values: [Double]) -> [Double]? {
        guard let lo = values.min(), let hi = values.max(), hi - lo <= 50,
              abs(lo) <= 0x1p52, abs(hi) <= 0x1p52, values.allSatisfy({ $0 == $0.rounded() }) else { return nil }
        return (0...Int(hi - lo) + 1).map { lo - 0.5 + Double($0) }
    }

    /// Scott's rule width for the automatic bins: `3.5·σ/n^{1/3}`, falling back to the range.
    static func scottWidth(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let sigma = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(n - 1, 1)).squareRoot()
        let width = 3.5 * sigma / pow(n, 1.0 / 3)
        return width > 0 ? width : (values.max()! - values.min()!)
    }

    /// The 1-based bin of `x` for sorted `edges` (bin k is `[e_k, e_{k+1})`, the last one closed),
    /// or 0 when `x` is outside or NaN.
    static func bin(of x: Double, edges: [Double]) -> Int {
        guard edges.count >= 2, !x.isNaN, x >= edges[0], x <= edges[edges.count - 1] else { return 0 }
        if x == edges[edges.count - 1] { return edges.count - 1 }
        var low = 0
        var high = edges.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if x >= edges[mid] { low = mid } else { high = mid }
        }
        return low + 1
    }
}
