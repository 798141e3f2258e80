import Foundation

extension Value {
    /// The colon range `start:step:stop` (`step` nil for `start:stop`), a `1×n` row.
    ///
    /// MATLAB's rule: `n = floor((stop − start)/step + tol) + 1` with a tolerance of a few ulps,
    /// so `0:0.1:1` has 11 elements; the first half is computed as `start + k·step` and the second
    /// half backwards from the end point, so the last element is `stop` exactly when it is reached.
    /// An empty range is `1×0`. Char endpoints give a char row (`'a':'e'`), single ones a single row.
    public static func range(_ start: Value, _ step: Value?, _ stop: Value) throws(RuntimeError) -> Value {
        let operands = [start, step, stop].compactMap { $0 }
        for operand in operands where !operand.isArithmetic {
            throw .operatorNotSupported(operator: ":", leftClass: operand.className, rightClass: nil)
        }
        if operands.contains(where: { $0.isEmpty }) { return .double(NDArray(size: [1, 0], elements: [])) }
        let a = try start.doubleArray().elements[0]
        let d = try step?.doubleArray().elements[0] ?? 1
        let c = try stop.doubleArray().elements[0]
        let values = try rangeElements(a, d, c)
        if operands.contains(where: { if case .single = $0 { return true } else { return false } }) {
            return .single(NDArray(row: values.map { Float($0) }))
        }
        if case .char = start, case .char = stop {
            return .char(NDArray(row: values.map { codeUnit($0) }))
        }
        return .double(NDArray(row: values))
    }

    /// The elements of `a:d:c` as doubles.
    static func rangeElements(_ a: Double, _ d: Double, _ c: Double) throws(RuntimeError) -> [Double] {
        if a.isNaN || d.isNaN || c.isNaN { return [.nan] }
        if d == 0 || (d > 0 && a > c) || (d < 0 && a < c) { return [] }
        guard a.isFinite, c.isFinite else { throw .arrayTooLarge(elements: .infinity) }
        let tolerance = 2.0 * Double.ulpOfOne * max(abs(a), abs(c)) / abs(d)
        let span = (c - a) / d
        let countMinusOne = floor(span + tolerance)
        guard countMinusOne < Double(NDArray<Double>.maximumElementCount) else { throw .arrayTooLarge(elements: countMinusOne + 1) }
        let n = Int(countMinusOne) + 1
        let last = abs(a + countMinusOne * d - c) <= tolerance * abs(d) * 2 ? c : a + countMinusOne * d
        var out = [Double](repeating: 0, count: n)
        let half = n / 2
        for k in 0..<n {
            out[k] = k < half ? a + Double(k) * d : last - Double(n - 1 - k) * d
        }
        return out
    }
}
