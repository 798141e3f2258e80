import Foundation

/// Reductions along a dimension: sum prod mean std var max min cumsum cumprod diff any all
/// norm dot.
enum ReductionBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "sum", help: """
            sum - Sum of elements
              S = sum(A)            along the first non-singleton dimension (sum([]) is 0)
              S = sum(A, dim), sum(A, vecdim), sum(A, "all")
              S = sum(___, "omitnan")   ignore NaN ("includenan", the default, propagates it)
            Example: sum([1 2; 3 4], 2)   % [3; 7]
            """) { call in [try simple(call) { $0.reduce(0, +) }] },
        BuiltinFunction(name: "prod", help: """
            prod - Product of elements
              P = prod(A), prod(A, dim), prod(A, vecdim), prod(A, "all")
            Example: prod([1 2 3 4])   % 24
            """) { call in [try simple(call) { $0.reduce(1, *) }] },
        BuiltinFunction(name: "mean", help: """
            mean - Average of elements
              M = mean(A), mean(A, dim), mean(A, vecdim), mean(A, "all")   (mean([]) is NaN)
              M = mean(___, "omitnan")
            Example: mean(x, "all")
            """) { call in [try simple(call) { $0.reduce(0, +) / Double($0.count) }] },
        BuiltinFunction(name: "std", help: """
            std - Standard deviation
              S = std(A)          normalised by N-1 (by N when N = 1)
              S = std(A, w)       w = 0 (N-1) or w = 1 (N)
              S = std(A, w, dim), std(A, w, "all"), std(___, "omitnan")
            Example: std([1 2 3 4], 1)
            """) { call in [try spread(call, root: true)] },
        BuiltinFunction(name: "var", help: """
            var - Variance
              V = var(A), var(A, w), var(A, w, dim), var(A, w, "all")   (w = 0: N-1, w = 1: N)
            Example: var([1 2 3 4])   % 1.6667
            """) { call in [try spread(call, root: false)] },
        BuiltinFunction(name: "max", help: """
            max - Largest elements (NaN ignored unless all are NaN)
              M = max(A)                  along the first non-singleton dimension
              [M, I] = max(A, [], dim)    I: index of the first largest element
              M = max(A, [], "all")
              C = max(A, B)               element-wise, with implicit expansion
              M = max(___, "includenan")  NaN wins instead of being ignored
            Example: [m, i] = max([3 7; 4 1], [], 2)
            """) { call in try extremum(call, larger: true) },
        BuiltinFunction(name: "min", help: """
            min - Smallest elements (NaN ignored unless all are NaN)
              M = min(A), [M, I] = min(A, [], dim), min(A, [], "all"), C = min(A, B)
            Example: min([4 2 8])   % 2
            """) { call in try extremum(call, larger: false) },
        BuiltinFunction(name: "cumsum", help: """
            cumsum - Cumulative sum
              B = cumsum(A), cumsum(A, dim)
              B = cumsum(___, direction)   "forward" (default) or "reverse" (from the end)
            Example: cumsum([1 2 3 4])   % [1 3 6 10]
            """) { call in [try cumulative(call) { $0 + $1 }] },
        BuiltinFunction(name: "cumprod", help: """
            cumprod - Cumulative product
              B = cumprod(A), cumprod(A, dim)
              B = cumprod(___, direction)   "forward" (default) or "reverse" (from the end)
            Example: cumprod([1 2 3 4])   % [1 2 6 24]
            """) { call in [try cumulative(call) { $0 * $1 }] },
        BuiltinFunction(name: "diff", help: """
            diff - Differences between adjacent elements
              Y = diff(X)            X(2:end) - X(1:end-1) along the first non-singleton dimension
              Y = diff(X, n)         n-th difference
              Y = diff(X, n, dim)
            Example: diff([1 4 9 16])   % [3 5 7]
            """) { call in
            try call.requireInputs(1...3)
            let x = try call.numeric(0)
            let order = call.arguments.count >= 2 && !call.arguments[1].isEmpty ? try call.integer(1) : 1
            guard order >= 0 else { throw call.failure("Difference order N must be a positive integer scalar.", at: 1) }
            let dim = call.arguments.count == 3 ? try call.dimension(2) : Dimensions.firstNonSingleton(x.array.size)
            var array = x.array
            for _ in 0..<min(order, array.extent(dim)) {
                array = Dimensions.along(array, dim: dim, length: { max($0 - 1, 0) }) { v in
                    v.count < 2 ? [] : (1..<v.count).map { v[$0] - v[$0 - 1] }
                }
            }
            return [x.wrap(array)]
        },
        BuiltinFunction(name: "any", help: """
            any - True if any element is nonzero (NaN ignored)
              tf = any(A), any(A, dim), any(A, "all")
            Example: any([0 0 1])   % true
            """) { call in [try logicalReduction(call) { $0.contains { $0 != 0 && !$0.isNaN } }] },
        BuiltinFunction(name: "all", help: """
            all - True if every element is nonzero (all([]) is true)
              tf = all(A), all(A, dim), all(A, "all")
            Example: all([1 1 0])   % false
            """) { call in [try logicalReduction(call) { $0.allSatisfy { $0 != 0 } }] },
        BuiltinFunction(name: "norm", help: """
            norm - Vector and matrix norms
              n = norm(v)        Euclidean length; norm(v, p) for p >= 1, Inf, -Inf
              n = norm(A)        largest singular value; norm(A, 1), norm(A, Inf), norm(A, "fro")
            Example: norm([3 4])   % 5
            """) { call in
            try call.requireInputs(1...2)
            let x = try call.numeric(0)
            guard x.array.size.count == 2 else { throw call.failure("Input must be 2-D.", at: 0) }
            var p = 2.0
            var frobenius = false
            if call.arguments.count == 2 {
                if call.isText(1) {
                    guard try call.text(1).lowercased() == "fro" else { throw call.failure("Invalid norm type.", at: 1) }
                    frobenius = true
                } else {
                    p = try call.scalar(1)
                }
            }
            let a = x.array
            let result: Double
            if frobenius {
                result = a.elements.reduce(0) { $0 + $1 * $1 }.squareRoot()
            } else if a.isVector || a.isEmpty {
                result = vectorNorm(a.elements, p)
            } else if p == 1 {
                result = (0..<a.columns).map { j in (0..<a.rows).reduce(0) { $0 + abs(a[$1, j]) } }.max() ?? 0
            } else if p == .infinity {
                result = (0..<a.rows).map { i in (0..<a.columns).reduce(0) { $0 + abs(a[i, $1]) } }.max() ?? 0
            } else if p == 2 {
                result = SpectralNorm.largestSingularValue(a)
            } else {
                throw call.failure("Only p = 1, 2, Inf and \"fro\" are supported for matrices.", at: 1)
            }
            return [x.wrap(NDArray(scalar: result))]
        },
        BuiltinFunction(name: "dot", help: """
            dot - Dot product
              C = dot(A, B)         sum(A .* B) for vectors; column-wise for matrices
              C = dot(A, B, dim)
            Example: dot([1 2 3], [4 5 6])   % 32
            """) { call in
            try call.requireInputs(2...3)
            let a = try call.numeric(0)
            let b = try call.numeric(1)
            if call.arguments.count == 2, a.array.isVector, b.array.isVector {
                guard a.array.count == b.array.count else { throw call.failure("A and B must be the same size.") }
                let s = zip(a.array.elements, b.array.elements).reduce(0) { $0 + $1.0 * $1.1 }
                return [Numeric(array: NDArray(scalar: s), isSingle: a.isSingle || b.isSingle).wrap(NDArray(scalar: s))]
            }
            guard a.array.size == b.array.size else { throw call.failure("A and B must be the same size.") }
            let product = NDArray(size: a.array.size, elements: zip(a.array.elements, b.array.elements).map { $0 * $1 })
            let spec: DimensionSpec = call.arguments.count == 3 ? .dimension(try call.dimension(2)) : .automatic
            let summed = spec.reduce(product) { $0.reduce(0, +) }
            return [Numeric(array: summed, isSingle: a.isSingle || b.isSingle).wrap(summed)]
        },
    ]

    /// A reduction of one numeric argument and an optional dimension (`sum`, `prod`, `mean`).
    private static func simple(_ original: BuiltinCall, _ reduce: @escaping ([Double]) -> Double) throws(RuntimeError) -> Value {
        let (call, omitNaN) = try original.withoutNaNFlag()
        try call.requireInputs(1...2)
        let x = try call.numeric(0)
        let spec: DimensionSpec = call.arguments.count == 2 ? try DimensionSpec(call, at: 1) : .automatic
        let reducer: ([Double]) -> Double = omitNaN == true ? { reduce($0.filter { !$0.isNaN }) } : reduce
        return x.wrap(spec.reduce(x.array, reducer))
    }

    /// `std` and `var`: weight 0 divides by N-1 (N when N is 1), weight 1 by N.
    private static func spread(_ original: BuiltinCall, root: Bool) throws(RuntimeError) -> Value {
        let (call, omitNaN) = try original.withoutNaNFlag()
        try call.requireInputs(1...3)
        let x = try call.numeric(0)
        var weight = 0.0
        if call.arguments.count >= 2, !call.arguments[1].isEmpty {
            weight = try call.scalar(1)
            guard weight == 0 || weight == 1 else { throw call.failure("W must be 0 or 1 (weight vectors are not supported).", at: 1) }
        }
        let spec: DimensionSpec = call.arguments.count == 3 ? try DimensionSpec(call, at: 2) : .automatic
        let reduced = spec.reduce(x.array) { all in
            let v = omitNaN == true ? all.filter { !$0.isNaN } : all
            guard !v.isEmpty else { return .nan }
            let n = Double(v.count)
            let mean = v.reduce(0, +) / n
            let squares = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let variance = squares / (weight == 1 || v.count == 1 ? n : n - 1)
            return root ? variance.squareRoot() : variance
        }
        return x.wrap(reduced)
    }

    /// `any` and `all`.
    private static func logicalReduction(_ call: BuiltinCall, _ test: ([Double]) -> Bool) throws(RuntimeError) -> Value {
        try call.requireInputs(1...2)
        let x = try call.numeric(0)
        let spec: DimensionSpec = call.arguments.count == 2 ? try DimensionSpec(call, at: 1) : .automatic
        return .logical(spec.reduce(x.array) { test($0) ? 1 : 0 }.map { $0 != 0 })
    }

    /// `cumsum` and `cumprod`.
    private static func cumulative(_ call: BuiltinCall, _ combine: @escaping (Double, Double) -> Double) throws(RuntimeError) -> Value {
        try call.requireInputs(1...3)
        var count = call.arguments.count
        var reverse = false
        if count >= 2, call.isText(count - 1) {
            switch try call.text(count - 1).lowercased() {
            case "forward": reverse = false
            case "reverse": reverse = true
            default: throw call.failure("Direction must be \"forward\" or \"reverse\".", at: count - 1)
            }
            count -= 1
        }
        guard count <= 2 else { throw RuntimeError.tooManyInputs(function: call.name) }
        let x = try call.numeric(0)
        let dim = count == 2 ? try call.dimension(1) : Dimensions.firstNonSingleton(x.array.size)
        let result = Dimensions.along(x.array, dim: dim, length: { $0 }) { v in
            var running = [Double]()
            running.reserveCapacity(v.count)
            for e in reverse ? v.reversed() : v { running.append(running.last.map { combine($0, e) } ?? e) }
            return reverse ? running.reversed() : running
        }
        return x.wrap(result)
    }

    /// `max` and `min` in all their forms.
    private static func extremum(_ original: BuiltinCall, larger: Bool) throws(RuntimeError) -> [Value] {
        let (call, omitNaN) = try original.withoutNaNFlag()
        let includeNaN = omitNaN == false
        try call.requireInputs(1...3)
        try call.requireOutputs(atMost: 2)
        func better(_ a: Double, _ b: Double) -> Bool { larger ? a > b : a < b }
        if call.arguments.count == 2, !(call.arguments[1].size == [0, 0] && call.arguments[1].className == "double") {
            guard call.nargout <= 1 else {
                throw call.failure("Two output arguments are not supported when comparing two input arrays.")
            }
            let a = try call.numeric(0)
            let b = try call.numeric(1)
            let result = try Dimensions.expand(a.array, b.array, function: call.name) { (x: Double, y: Double) -> Double in
                if includeNaN && (x.isNaN || y.isNaN) { return Double.nan }
                return x.isNaN ? y : (y.isNaN ? x : (better(y, x) ? y : x))
            }
            return [Numeric(array: result, isSingle: a.isSingle || b.isSingle).wrap(result)]
        }
        let x = try call.numeric(0)
        if call.arguments.count == 3, !call.arguments[1].isEmpty {
            throw call.failure("The second argument must be [] when a dimension is given.", at: 1)
        }
        let spec: DimensionSpec = call.arguments.count == 3 ? try DimensionSpec(call, at: 2) : .automatic
        if x.array.size == [0, 0], spec == .automatic {
            return [x.wrap(.empty), .double(.empty)]
        }
        let pick: ([Double]) -> (Double, Double) = { v in
            if includeNaN, let k = v.firstIndex(where: \.isNaN) { return (.nan, Double(k + 1)) }
            var best = Double.nan
            var index = v.isEmpty ? 0 : 1
            for (k, e) in v.enumerated() where !e.isNaN && (best.isNaN || better(e, best)) {
                best = e
                index = k + 1
            }
            return (best, Double(index))
        }
        let pairs: NDArray<(Double, Double)>
        switch spec {
        case .all:
            pairs = NDArray(scalar: pick(x.array.elements))
        case .dimensions:
            guard call.nargout <= 1 else { throw call.failure("Index output is not supported with a vector of dimensions.", at: 2) }
            pairs = spec.reduce(x.array.map { ($0, 0.0) }, emptyScalar: false) { v in (pick(v.map(\.0)).0, 0) }
        default:
            pairs = Dimensions.along(x.array, dim: spec.single(for: x.array.size), length: { _ in 1 }) { [pick($0)] }
        }
        return [x.wrap(pairs.map(\.0)), .double(pairs.map(\.1))]
    }

    /// The p-norm of a vector: p = Inf is the largest magnitude, -Inf the smallest.
    private static func vectorNorm(_ v: [Double], _ p: Double) -> Double {
        if v.isEmpty { return 0 }
        if p == .infinity { return v.map(abs).max() ?? 0 }
        if p == -.infinity { return v.map(abs).min() ?? 0 }
        if p == 2 {
            let scale = v.map(abs).max() ?? 0
            guard scale > 0, scale.isFinite else { return scale }
            return scale * v.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
        }
        if p == 1 { return v.reduce(0) { $0 + abs($1) } }
        return pow(v.reduce(0) { $0 + pow(abs($1), p) }, 1 / p)
    }
}
