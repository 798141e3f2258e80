import Autograd
import MatLang

extension DLArray {
    /// `[a; b]`, `[a, b]` and `cat(dim, a, b, ...)` with dlarrays and numbers: joined along
    /// `dimension`, recorded on the tape when any operand is traced (each part's gradient is its
    /// slice of the result's). The result has the format of the first dlarray; empty `[]`
    /// operands are skipped.
    public func concatenated(with values: [Value], along dimension: Int) throws(RuntimeError) -> Value {
        var parts: [DLArray] = []
        for value in values {
            if case .double(let a) = value, a.count == 0 { continue }
            parts.append(try DLArray.operand(value, function: "cat"))
        }
        guard var result = parts.first else { return .object(self) }
        let format = parts.first(where: { !$0.format.isEmpty })?.format ?? ""
        for part in parts.dropFirst() {
            result = try DLArray.combine(result, part, function: "cat", format: format) { t, x, y throws(TensorError) in
                let rank = Swift.max(x.shape.rank, y.shape.rank, dimension)
                let a = try t.reshape(x, to: Shape(x.shape.dims + Array(repeating: 1, count: rank - x.shape.rank)))
                let b = try t.reshape(y, to: Shape(y.shape.dims + Array(repeating: 1, count: rank - y.shape.rank)))
                return try t.concatenate(a, b, axis: dimension - 1)
            }
        }
        result.format = format
        return .object(result)
    }
}
