/// The numbers of a double, single, logical or char value as doubles, remembering whether
/// results of arithmetic on them are `single` (MATLAB: single wins, logical and char give double).
struct Numeric {
    /// The elements as doubles.
    var array: NDArray<Double>
    /// Whether the value was `single`.
    var isSingle: Bool

    /// Reads a numeric, logical or char value; other classes throw `conversion`.
    init(_ value: Value) throws(RuntimeError) {
        if case .single = value { isSingle = true } else { isSingle = false }
        array = try value.doubleArray()
    }

    /// Wraps doubles with explicit precision.
    init(array: NDArray<Double>, isSingle: Bool) {
        self.array = array
        self.isSingle = isSingle
    }

    /// The value of `result` in this operand's class (`single` stays `single`, the rest is double).
    func wrap(_ result: NDArray<Double>) -> Value {
        isSingle ? .single(result.map { Float($0) }) : .double(result)
    }

    /// Applies `transform` element-wise, keeping the class; single results are rounded to float.
    func mapped(_ transform: (Double) -> Double) -> Value {
        if isSingle { return .single(array.map { Float(transform(Double(Float($0)))) }) }
        return .double(array.map(transform))
    }
}
