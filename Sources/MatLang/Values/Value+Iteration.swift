extension Value {
    /// How many times `for v = x` iterates: the columns of `x` viewed as a matrix
    /// (`size(x, 1)` rows by the product of the other extents); 0 for an empty value.
    public var loopColumnCount: Int {
        if isEmpty { return 0 }
        switch self {
        case .functionHandle, .object: return 1
        default:
            let dims = size
            return dims.dropFirst().reduce(1, *)
        }
    }

    /// The value `for v = x` binds on iteration `j` (0-based): column `j` of the matrix view,
    /// a scalar for row vectors; a cell array yields `1×1` cells, as in MATLAB.
    ///
    /// - Precondition: `0 <= j < loopColumnCount`.
    public func loopColumn(_ j: Int) -> Value {
        switch self {
        case .double(let a) where a.rows == 1: return .number(a[linear: j])
        case .functionHandle, .object: return self
        default:
            let rows = size[0]
            let column = Value.row((0..<rows).map { Double(j * rows + $0 + 1) })
            let picked = (try? indexed([column])) ?? .empty
            return (try? picked.reshapedColumn(rows)) ?? picked
        }
    }

    /// Reshapes a value of `rows` elements to `rows×1`.
    private func reshapedColumn(_ rows: Int) throws(RuntimeError) -> Value {
        if size == [rows, 1] { return self }
        switch self {
        case .double(let a): return .double(a.reshaped(to: [rows, 1]))
        case .single(let a): return .single(a.reshaped(to: [rows, 1]))
        case .logical(let a): return .logical(a.reshaped(to: [rows, 1]))
        case .char(let a): return .char(a.reshaped(to: [rows, 1]))
        case .string(let a): return .string(a.reshaped(to: [rows, 1]))
        case .cell(let a): return .cell(a.reshaped(to: [rows, 1]))
        case .structure(let s): return .structure(s.withRecords(s.records.reshaped(to: [rows, 1])))
        case .categorical(var c):
            c.codes = c.codes.reshaped(to: [rows, 1])
            return .categorical(c)
        case .functionHandle, .object:
            return self
        }
    }

    /// The truth of an operand of `&&` or `||` (`operator`), which MATLAB requires to be a
    /// logical or numeric scalar (an empty operand is an error too).
    public func shortCircuitTruth(operator op: String) throws(RuntimeError) -> Bool {
        guard isScalar, isArithmetic else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Operands to the \(op) operator must be convertible to logical scalar values.")
        }
        return try isTrue()
    }
}
