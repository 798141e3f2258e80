import Foundation

/// Searching, ordering and counting: find sort unique ismember histcounts gradient.
enum SearchBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "find", help: """
            find - Indices of nonzero elements
              k = find(X)               linear indices (a row for a row vector, else a column)
              k = find(X, n)            the first n; find(X, n, "last") the last n
              [row, col] = find(X)      subscripts; [row, col, v] = find(X) also the values
            Example: find([0 1 0 1 1])   % [2 4 5]
            """) { call in
            try call.requireInputs(1...3)
            try call.requireOutputs(atMost: 3)
            let x = try call.numeric(0)
            var hits = x.array.elements.indices.filter { x.array[linear: $0] != 0 }
            if call.arguments.count >= 2 {
                let n = try call.integer(1)
                guard n >= 1 else { throw call.failure("Second argument must be a positive scalar integer.", at: 1) }
                var last = false
                if call.arguments.count == 3 {
                    switch try call.text(2).lowercased() {
                    case "first": last = false
                    case "last": last = true
                    default: throw call.failure("Direction must be \"first\" or \"last\".", at: 2)
                    }
                }
                hits = last ? Array(hits.suffix(n)) : Array(hits.prefix(n))
            }
            let size = x.array.size
            func shaped(_ values: [Double]) -> NDArray<Double> {
                if size.count == 2 && size[0] == 1 && size[1] != 0 { return NDArray(row: values) }
                if size == [0, 0] && values.isEmpty { return .empty }
                if size.count == 2 && size[0] == 1 { return NDArray(size: [1, 0], elements: []) }
                return NDArray(column: values)
            }
            if call.nargout <= 1 { return [.double(shaped(hits.map { Double($0 + 1) }))] }
            let rows = size[0]
            let r = hits.map { Double(rows == 0 ? 0 : $0 % rows + 1) }
            let c = hits.map { Double(rows == 0 ? 0 : $0 / rows + 1) }
            let v = hits.map { x.array[linear: $0] }
            var values: Value = x.wrap(shaped(v))
            if case .logical = call.arguments[0] { values = .logical(shaped(v).map { $0 != 0 }) }
            return [.double(shaped(r)), .double(shaped(c)), values]
        },
        BuiltinFunction(name: "sort", help: """
            sort - Sort in ascending or descending order (stable; NaN last ascending, first descending)
              B = sort(A), sort(A, dim), sort(A, "descend"), sort(A, dim, "descend")
              [B, I] = sort(___)      I: the original positions along the sorted dimension
            Works on numbers, logicals, char, strings and cell arrays of char vectors.
            Example: [b, i] = sort([3 1 2], "descend")
            """) { call in
            try call.requireInputs(1...3)
            try call.requireOutputs(atMost: 2)
            let value = call.arguments[0]
            guard let keys = SortKey.keys(of: value) else {
                throw call.failure("Only numeric, logical, char, string and cellstr arrays can be sorted.", at: 0)
            }
            var descending = false
            var dim = Dimensions.firstNonSingleton(value.size)
            for k in 1..<call.arguments.count {
                if call.isText(k) {
                    switch try call.text(k).lowercased() {
                    case "ascend": descending = false
                    case "descend": descending = true
                    default: throw call.failure("Sorting direction must be 'ascend' or 'descend'.", at: k)
                    }
                } else {
                    dim = try call.dimension(k)
                }
            }
            let positions = NDArray(size: value.size, elements: Array(0..<value.count))
            let order = Dimensions.along(positions, dim: dim, length: { $0 }) { slice in
                slice.enumerated().sorted { a, b in
                    let (x, y) = (keys[a.element], keys[b.element])
                    if descending {
                        if x.isNaN != y.isNaN { return x.isNaN }
                        if y.precedes(x) { return true }
                        if x.precedes(y) { return false }
                    } else {
                        if x.precedes(y) { return true }
                        if y.precedes(x) { return false }
                    }
                    return a.offset < b.offset
                }.map(\.element)
            }
            let sorted = try value.gathered(order.elements, size: value.size)
            let ranks = Dimensions.along(order, dim: dim, length: { $0 }) { slice in
                slice.map { Double(along: $0, size: value.size, dim: dim) }
            }
            return [sorted, .double(ranks)]
        },
        BuiltinFunction(name: "unique", help: """
            unique - Unique values, sorted (or in order of appearance with "stable")
              C = unique(A)             a row for a row vector input, else a column
              [C, ia, ic] = unique(A)   C = A(ia) and A = C(ic); ia holds first occurrences
              C = unique(A, "stable")
              [C, ia, ic] = unique(A, "rows")   distinct rows of a matrix (also with "stable")
            Example: [c, ia, ic] = unique([3 1 2 3 1])
            """) { call in
            try call.requireInputs(1...3)
            try call.requireOutputs(atMost: 3)
            let value = call.arguments[0]
            var stable = false
            var rows = false
            for k in 1..<call.arguments.count {
                switch try call.text(k).lowercased() {
                case "stable": stable = true
                case "sorted", "first": stable = false
                case "rows": rows = true
                default: throw call.failure("Option must be \"sorted\", \"stable\" or \"rows\".", at: k)
                }
            }
            if rows { return try UniqueRows.outputs(of: value, stable: stable, function: call.name) }
            guard let keys = SortKey.keys(of: value) else {
                throw call.failure("Only numeric, logical, char, string and cellstr arrays are supported.", at: 0)
            }
            var order = Array(keys.indices)
            if !stable {
                order.sort { a, b in keys[a].precedes(keys[b]) || (!keys[b].precedes(keys[a]) && a < b) }
            }
            var firsts = [Int]()
            var groupOf = [Int](repeating: 0, count: keys.count)
            var seen = [SortKey: Int]()
            for k in order {
                let key = keys[k]
                if !key.isNaN, let group = seen[key] {
                    groupOf[k] = group
                } else {
                    firsts.append(k)
                    groupOf[k] = firsts.count
                    if !key.isNaN { seen[key] = firsts.count }
                }
            }
            let isRow = value.size.count == 2 && value.size[0] == 1
            let size = isRow ? [1, firsts.count] : [firsts.count, 1]
            var unique = try value.gathered(firsts, size: size)
            if value.size == [0, 0] { unique = try value.gathered([], size: [0, 0]) }
            return [unique, .column(firsts.map { Double($0 + 1) }), .column(groupOf.map(Double.init))]
        },
        BuiltinFunction(name: "ismember", help: """
            ismember - Which elements of A are in S
              tf = ismember(A, S)          logical, the size of A (text A matches whole strings)
              [tf, loc] = ismember(A, S)   loc: lowest index in S, 0 where absent
            Example: ismember(net.Learnables.Parameter, "Weights")
            """) { call in
            try call.requireInputs(2...2)
            try call.requireOutputs(atMost: 2)
            let (a, s) = (call.arguments[0], call.arguments[1])
            let textual = a.className == "string" || a.className == "cell" || s.className == "string" || s.className == "cell"
            func keys(_ v: Value, at index: Int) throws(RuntimeError) -> [SortKey] {
                if textual, case .char(let c) = v {
                    guard c.rows <= 1 || c.isEmpty else { throw call.failure("Char arrays must be row vectors here.", at: index) }
                    return [.text(c.elements)]
                }
                guard let k = SortKey.keys(of: v) else {
                    throw call.failure("Inputs must be numeric, logical, char, string or cell arrays of char vectors.", at: index)
                }
                return k
            }
            let setKeys = try keys(s, at: 1)
            var first = [SortKey: Int]()
            for (k, key) in setKeys.enumerated() where first[key] == nil && !key.isNaN { first[key] = k + 1 }
            let found = try keys(a, at: 0).map { first[$0] ?? 0 }
            let size = textual && a.className == "char" ? [1, 1] : a.size
            return [.logical(NDArray(size: size, elements: found.map { $0 > 0 })),
                    .double(NDArray(size: size, elements: found.map(Double.init)))]
        },
        BuiltinFunction(name: "histcounts", help: """
            histcounts - Histogram bin counts
              [N, edges] = histcounts(X)          automatic uniform bins: integer data spanning at most 50
                                                  get one bin per integer, others Scott's rule (nice widths)
              [N, edges] = histcounts(X, nbins)   nbins uniform bins with MATLAB's nice edges
              [N, edges] = histcounts(X, edges)   bin k is [edges(k), edges(k+1)), the last closed
              [N, edges, bin] = histcounts(___)   bin index of every element (0 outside)
            X is treated as one vector; NaN and out-of-range values are not counted.
            Example: [N, edges] = histcounts([2 3 5 7 11 13 17 19 23 29], 6)
            """) { call in
            try call.requireInputs(1...2)
            try call.requireOutputs(atMost: 3)
            let x = try call.numeric(0)
            let data = x.array.elements
            let finite = data.filter { $0.isFinite }
            var edges: [Double]
            if call.arguments.count == 2, call.arguments[1].count > 1 {
                edges = try call.numeric(1).array.elements
                guard zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                    throw call.failure("Bin edges must be a vector of monotonically nondecreasing values.", at: 1)
                }
            } else {
                var count: Int?
                if call.arguments.count == 2 {
                    count = try call.integer(1)
                    guard count! >= 1 else { throw call.failure("Number of bins must be a positive integer.", at: 1) }
                    try ArrayLimits.check(Double(count!))
                }
                if count == nil, let integerEdges = BinPicker.integerEdges(finite) {
                    edges = integerEdges
                } else if let lo = finite.min(), let hi = finite.max() {
                    let raw = count.map { (hi - lo) / Double($0) } ?? BinPicker.scottWidth(finite)
                    edges = BinPicker.edges(minimum: lo, maximum: hi, count: count, rawWidth: raw)
                } else {
                    let n = count ?? 1
                    edges = (0...n).map { Double($0) / Double(n) }
                }
            }
            let bins = data.map { BinPicker.bin(of: $0, edges: edges) }
            var counts = [Double](repeating: 0, count: max(edges.count - 1, 0))
            for b in bins where b > 0 { counts[b - 1] += 1 }
            return [.row(counts), x.wrap(NDArray(row: edges)), .double(NDArray(size: x.array.size, elements: bins.map(Double.init)))]
        },
        BuiltinFunction(name: "gradient", help: """
            gradient - Numerical gradient: central differences inside, one-sided at the ends
              g = gradient(y)          spacing 1 along a vector
              g = gradient(y, h)       spacing h, or h a vector of the points' coordinates (gradient(y, x))
              [gx, gy] = gradient(F)   for a matrix: gx along columns (dim 2), gy along rows (dim 1)
              [gx, gy] = gradient(F, hx, hy)
            Example: gradient(reluActivation, 0.01)
            """) { call in
            try call.requireInputs(1...3)
            try call.requireOutputs(atMost: 2)
            let f = try call.numeric(0)
            let spacings = try (1..<call.arguments.count).map { (k: Int) throws(RuntimeError) -> [Double] in
                let values = try call.numeric(k).array
                guard values.isScalar || values.isVector, !values.isEmpty else {
                    throw call.failure("Spacing must be a scalar or a vector of coordinates.", at: k)
                }
                return values.elements
            }
            let array = f.array
            func spacing(_ k: Int, extent: Int) throws(RuntimeError) -> [Double] {
                let h = k < spacings.count ? spacings[k] : (spacings.first ?? [1])
                guard h.count == 1 || h.count == extent else {
                    throw call.failure("Spacing coordinates must have as many elements as the dimension they space (\(extent)).",
                                       at: min(k, max(spacings.count - 1, 0)) + 1)
                }
                return h
            }
            if array.isVector {
                let dim = Dimensions.firstNonSingleton(array.size)
                let h = try spacing(0, extent: array.count)
                return [f.wrap(Dimensions.along(array, dim: dim, length: { $0 }) { differences($0, h) })]
            }
            let hx = try spacing(0, extent: array.size[1])
            let hy = try spacing(1, extent: array.size[0])
            let gx = Dimensions.along(array, dim: 2, length: { $0 }) { differences($0, hx) }
            let gy = Dimensions.along(array, dim: 1, length: { $0 }) { differences($0, hy) }
            return [f.wrap(gx), f.wrap(gy)]
        },
    ]

    /// Central differences inside and one-sided differences at the ends; `h` is one spacing
    /// (`(y[k+1] − y[k−1]) / 2h`) or the coordinates of the points, as MATLAB's
    /// `gradient(y, x)` takes them (`(y[k+1] − y[k−1]) / (x[k+1] − x[k−1])`).
    private static func differences(_ y: [Double], _ h: [Double]) -> [Double] {
        let n = y.count
        guard n > 1 else { return Array(repeating: 0, count: n) }
        var g = [Double](repeating: 0, count: n)
        if h.count == 1 {
            g[0] = (y[1] - y[0]) / h[0]
            g[n - 1] = (y[n - 1] - y[n - 2]) / h[0]
            if n > 2 { for k in 1..<(n - 1) { g[k] = (y[k + 1] - y[k - 1]) / (2 * h[0]) } }
            return g
        }
        g[0] = (y[1] - y[0]) / (h[1] - h[0])
        g[n - 1] = (y[n - 1] - y[n - 2]) / (h[n - 1] - h[n - 2])
        if n > 2 { for k in 1..<(n - 1) { g[k] = (y[k + 1] - y[k - 1]) / (h[k + 1] - h[k - 1]) } }
        return g
    }
}

private extension Double {
    /// The 1-based position along `dim` of the element at linear offset `offset` in an array of `size`.
    init(along offset: Int, size: [Int], dim: Int) {
        let stride = size.prefix(dim - 1).reduce(1, *)
        let extent = dim <= size.count ? size[dim - 1] : 1
        self = Double((offset / stride) % max(extent, 1) + 1)
    }
}
