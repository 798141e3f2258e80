/// Class-independent array plumbing for built-ins that move elements without looking at them
/// (`reshape`, `repmat`, `permute`, indexing by `sort` and `unique` results).
extension Value {
    /// A value of the same class whose element `k` is element `indices[k]` (0-based) of this one.
    ///
    /// - Throws: when the class is not an array class (function handles, objects) and the result
    ///   is not this very scalar.
    func gathered(_ indices: [Int], size: [Int]) throws(RuntimeError) -> Value {
        func pick<T>(_ a: NDArray<T>) -> NDArray<T> {
            NDArray(size: size, elements: indices.map { a[linear: $0] })
        }
        switch self {
        case .double(let a): return .double(pick(a))
        case .single(let a): return .single(pick(a))
        case .logical(let a): return .logical(pick(a))
        case .char(let a): return .char(pick(a))
        case .string(let a): return .string(pick(a))
        case .cell(let a): return .cell(pick(a))
        case .structure(let s): return .structure(s.withRecords(pick(s.records)))
        case .categorical(let c):
            return .categorical(CategoricalArray(categories: c.categories, codes: pick(c.codes), isOrdinal: c.isOrdinal))
        case .functionHandle, .object:
            guard indices == [0], NDArray<Int>.normalized(size) == [1, 1] else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Arrays of class '\(className)' are not supported.")
            }
            return self
        }
    }

    /// The same elements with a new size of equal element count.
    func reshapedValue(to size: [Int]) throws(RuntimeError) -> Value {
        try gathered(Array(0..<count), size: size)
    }
}
