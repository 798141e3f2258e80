/// Which dimensions a reduction runs over: MATLAB's `f(x)`, `f(x, dim)`, `f(x, "all")` and
/// `f(x, vecdim)`.
enum DimensionSpec: Equatable {
    /// The first non-singleton dimension (a `0×0` input reduces to a `1×1` result, as MATLAB's
    /// `sum([])` is 0).
    case automatic
    /// One dimension, 1-based.
    case dimension(Int)
    /// Every element (`"all"`).
    case all
    /// Several dimensions at once (`sum(x, [1 2])`).
    case dimensions([Int])

    /// Reads argument `index` of `call` as a dimension specification.
    init(_ call: BuiltinCall, at index: Int) throws(RuntimeError) {
        let value = call.arguments[index]
        if value.isText {
            guard try call.text(index).lowercased() == "all" else {
                throw call.failure("Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.", at: index)
            }
            self = .all
            return
        }
        let dims = try call.numeric(index).array.elements
        guard !dims.isEmpty, dims.allSatisfy({ $0 >= 1 && $0 == $0.rounded() && $0 <= 1024 }), Set(dims).count == dims.count else {
            throw call.failure("Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.", at: index)
        }
        self = dims.count == 1 ? .dimension(Int(dims[0])) : .dimensions(dims.map { Int($0) })
    }

    /// Reduces `array` with `reduce` (one value per vector along the chosen dimensions).
    ///
    /// `emptyScalar` makes the automatic rule turn a `0×0` input into a `1×1` result.
    func reduce<T>(_ array: NDArray<T>, emptyScalar: Bool = true, _ reduce: ([T]) -> T) -> NDArray<T> {
        switch self {
        case .automatic:
            if emptyScalar && array.size == [0, 0] { return NDArray(scalar: reduce([])) }
            return Dimensions.along(array, dim: Dimensions.firstNonSingleton(array.size), length: { _ in 1 }) { [reduce($0)] }
        case .dimension(let d):
            return Dimensions.along(array, dim: d, length: { _ in 1 }) { [reduce($0)] }
        case .all:
            return NDArray(scalar: reduce(array.elements))
        case .dimensions(let dims):
            var size = array.size
            let rank = max(size.count, dims.max() ?? 1)
            while size.count < rank { size.append(1) }
            let rest = (1...rank).filter { !dims.contains($0) }
            let order = dims + rest
            let moved = Dimensions.permutedArray(array, order: order.map { $0 - 1 }, size: size)
            let inner = dims.map { size[$0 - 1] }.reduce(1, *)
            let flat = NDArray(size: [inner] + rest.map { size[$0 - 1] }, elements: moved)
            let reduced = Dimensions.along(flat, dim: 1, length: { _ in 1 }) { [reduce($0)] }
            var resultSize = size
            for d in dims { resultSize[d - 1] = 1 }
            return NDArray(size: resultSize, elements: reduced.elements)
        }
    }

    /// The dimension a cumulative or vector operation (`cumsum`, `sort`, `diff`) runs along.
    func single(for size: [Int]) -> Int {
        if case .dimension(let d) = self { return d }
        return Dimensions.firstNonSingleton(size)
    }
}

extension Dimensions {
    /// The elements of `array` (of padded `size`) reordered so that result dimension k is source
    /// dimension `order[k]` (0-based).
    static func permutedArray<T>(_ array: NDArray<T>, order: [Int], size: [Int]) -> [T] {
        var strides = [Int](repeating: 1, count: size.count)
        for k in 1..<size.count { strides[k] = strides[k - 1] * size[k - 1] }
        let result = order.map { size[$0] }
        let total = result.reduce(1, *)
        var out = [T]()
        out.reserveCapacity(total)
        var subscripts = [Int](repeating: 0, count: result.count)
        for _ in 0..<total {
            var offset = 0
            for k in 0..<result.count { offset += subscripts[k] * strides[order[k]] }
            out.append(array[linear: offset])
            var k = 0
            while k < result.count {
                subscripts[k] += 1
                if subscripts[k] < result[k] { break }
                subscripts[k] = 0
                k += 1
            }
        }
        return out
    }
}
