import Foundation

/// Array construction: zeros ones eye rand randn randi rng linspace colon repmat cat horzcat
/// vertcat reshape permute squeeze.
enum ConstructionBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "zeros", help: """
            zeros - Create array of all zeros
              X = zeros            1-by-1
              X = zeros(n)         n-by-n
              X = zeros(sz1,...,szN) or zeros([sz1 ... szN])
              X = zeros(___, "single")
            Example: zeros(2, 3)
            """) { call in try filled(call, 0) },
        BuiltinFunction(name: "ones", help: """
            ones - Create array of all ones
              X = ones(n), ones(sz1,...,szN), ones([sz1 ... szN]), ones(___, "single")
            Example: ones(3, 1)
            """) { call in try filled(call, 1) },
        BuiltinFunction(name: "eye", help: """
            eye - Identity matrix
              I = eye(n), eye(m, n), eye([m n]), eye(___, "single")
            Example: eye(3)
            """) { call in
            let (size, className) = try call.sizeArguments(from: 0, classes: ["double", "single"])
            guard size.count == 2 else { throw call.failure("N-dimensional arrays are not supported.") }
            var a = NDArray<Double>(size: size, repeating: 0)
            for k in 0..<min(size[0], size[1]) { a[k, k] = 1 }
            return [className == "single" ? .single(a.map { Float($0) }) : .double(a)]
        },
        BuiltinFunction(name: "rand", help: """
            rand - Uniformly distributed random numbers in (0, 1)
              X = rand, rand(n), rand(sz1,...,szN), rand(___, "single")
            The sequence follows rng: rng(42); rand(1, 3) repeats.
            Example: rand(2, 3)
            """) { call in
            let source = call.context.random
            return [try randomArray(call, from: 0) { source.nextUniform() }]
        },
        BuiltinFunction(name: "randn", help: """
            randn - Normally distributed random numbers, N(0, 1)
              X = randn, randn(n), randn(sz1,...,szN), randn(___, "single")
            Example: 0.1 * randn(3)
            """) { call in
            let source = call.context.random
            return [try randomArray(call, from: 0) { source.nextNormal() }]
        },
        BuiltinFunction(name: "randi", help: """
            randi - Uniformly distributed random integers
              X = randi(imax)            one integer in 1..imax
              X = randi(imax, n), randi(imax, sz1,...,szN)
              X = randi([imin imax], ___)
            Example: randi(6, 1, 10)
            """) { call in
            try call.requireInputs(atLeast: 1)
            let limits = try call.numeric(0).array.elements
            guard limits.count == 1 || limits.count == 2, limits.allSatisfy({ $0 == $0.rounded() && abs($0) < 4.0e15 }) else {
                throw call.failure("The first input must be a positive integer scalar or a 2-element vector of integers.", at: 0)
            }
            let low = limits.count == 2 ? Int(limits[0]) : 1
            let high = Int(limits[limits.count - 1])
            guard low <= high else { throw call.failure("The upper bound must be at least the lower bound.", at: 0) }
            let source = call.context.random
            return [try randomArray(call, from: 1) { Double(source.nextInteger(in: low...high)) }]
        },
        BuiltinFunction(name: "rng", help: """
            rng - Control the random number generator
              rng(seed)        restart rand, randn and randi from a nonnegative integer seed
              rng("default")   restart from seed 0
              rng("shuffle")   restart from a seed taken from the clock
              s = rng          the current settings (fields Type and Seed)
            Example: rng(42); a = rand; rng(42); isequal(a, rand)
            """) { call in
            try call.requireInputs(0...2)
            let source = call.context.random
            let previous = Value.structScalar([
                ("Type", .charArray("xoshiro256starstar")), ("Seed", .number(Double(source.seed))), ("State", .empty),
            ])
            if call.arguments.isEmpty { return [previous] }
            if call.isText(0) {
                switch try call.text(0).lowercased() {
                case "default": source.reseed(0)
                case "shuffle": source.reseed(UInt64(Date().timeIntervalSince1970 * 1e6) % 4_294_967_296)
                default: throw call.failure("The seed must be a nonnegative integer, \"default\" or \"shuffle\".", at: 0)
                }
            } else if case .structure(let settings) = call.arguments[0], let seed = settings.value(of: "Seed", at: 0) {
                let d = (try? seed.scalarDouble()) ?? 0
                source.reseed(d >= 0 && d < 4_294_967_296 ? UInt64(d) : 0)
            } else {
                let seed = try call.scalar(0)
                guard seed >= 0, seed == seed.rounded(), seed < 4_294_967_296 else {
                    throw call.failure("The seed must be an integer between 0 and 2^32 - 1.", at: 0)
                }
                source.reseed(UInt64(seed))
            }
            return call.nargout > 0 ? [previous] : []
        },
        BuiltinFunction(name: "linspace", help: """
            linspace - Evenly spaced row vector
              y = linspace(a, b)       100 points from a to b
              y = linspace(a, b, n)    n points; n < 1 gives an empty row, n = 1 gives b
            Example: linspace(0, 1, 5)
            """) { call in
            try call.requireInputs(2...3)
            let a = try call.scalar(0)
            let b = try call.scalar(1)
            let n = call.arguments.count == 3 ? floor(try call.scalar(2)) : 100
            guard !n.isNaN else { throw call.failure("The number of points must be a scalar.", at: 2) }
            try ArrayLimits.check(n)
            let count = max(Int(n), 0)
            let single = call.arguments.prefix(2).contains { if case .single = $0 { true } else { false } }
            if count == 0 { return [single ? .single(NDArray(size: [1, 0], elements: [])) : .double(NDArray(size: [1, 0], elements: []))] }
            let n1 = Double(count - 1)
            var values = (0..<count).map { a + (Double($0) * (b - a)) / n1 }
            values[0] = a
            values[count - 1] = b
            let row = NDArray(row: values)
            return [single ? .single(row.map { Float($0) }) : .double(row)]
        },
        BuiltinFunction(name: "colon", help: """
            colon - Vector of regularly spaced values (the function form of a:b and a:d:b)
              y = colon(a, b)      a, a+1, ..., up to b
              y = colon(a, d, b)   a, a+d, ..., up to b
            Example: colon(1, 2, 7)
            """) { call in
            try call.requireInputs(2...3)
            let args = call.arguments
            return [try Value.range(args[0], args.count == 3 ? args[1] : nil, args[args.count - 1])]
        },
        BuiltinFunction(name: "repmat", help: """
            repmat - Repeat copies of an array
              B = repmat(A, n)          n-by-n tiling
              B = repmat(A, r1,...,rN) or repmat(A, [r1 ... rN])
            Example: repmat([1 2], 2, 2)
            """) { call in
            try call.requireInputs(atLeast: 2)
            let counts = try call.sizeArguments(from: 1, classes: []).size
            return [try repeated(call.arguments[0], counts)]
        },
        BuiltinFunction(name: "cat", help: """
            cat - Concatenate arrays along a dimension
              C = cat(dim, A1, A2, ...)
            Example: cat(3, [1 2], [3 4])   % 1x2x2
            """, body: { call in
            try call.requireInputs(atLeast: 1)
            let dim = try call.dimension(0)
            return [try Value.concatenate(call.arguments.dropFirst(), along: dim)]
        }, cellContents: { call, contents in
            try call.requireInputs(atLeast: 1)
            let dim = try call.dimension(0)
            if call.arguments.count == 1 { return [try Value.concatenate(contents, along: dim)] }
            return [try Value.concatenate(call.arguments.dropFirst() + contents, along: dim)]
        }),
        BuiltinFunction(name: "horzcat", help: """
            horzcat - Concatenate horizontally, like [A, B, ...]
              C = horzcat(A1, A2, ...)
            Example: horzcat([1 2], 3)
            """) { call in [try Value.concatenate(call.arguments, along: 2)] },
        BuiltinFunction(name: "vertcat", help: """
            vertcat - Concatenate vertically, like [A; B; ...]
              C = vertcat(A1, A2, ...)
            Example: vertcat([1 2], [3 4])
            """) { call in [try Value.concatenate(call.arguments, along: 1)] },
        BuiltinFunction(name: "reshape", help: """
            reshape - Reshape an array (same elements, column-major order)
              B = reshape(A, sz1,...,szN)   one size may be [] to be computed
              B = reshape(A, [sz1 ... szN])
            Example: reshape(1:6, 2, 3)
            """) { call in
            try call.requireInputs(atLeast: 2)
            let value = call.arguments[0]
            var size = [Int]()
            var open: Int?
            if call.arguments.count == 2 {
                size = try call.sizeArguments(from: 1, classes: []).size
                if call.arguments[1].isScalar { throw call.failure("Size vector must have at least two elements.", at: 1) }
            } else {
                for k in 1..<call.arguments.count {
                    if call.arguments[k].isEmpty {
                        guard open == nil else { throw call.failure("Size can only have one unknown dimension.", at: k) }
                        open = size.count
                        size.append(1)
                    } else {
                        size.append(try call.integer(k))
                    }
                }
            }
            if let open {
                let knownProduct = size.enumerated().filter { $0.offset != open }.reduce(1.0) { $0 * Double($1.element) }
                guard knownProduct > 0, knownProduct <= Double(value.count) || value.count == 0 else {
                    throw call.failure("Product of known dimensions, \(NumberText.compact(knownProduct)), not divisible into total number of elements, \(value.count).")
                }
                let known = Int(knownProduct)
                guard value.count % known == 0 else {
                    throw call.failure("Product of known dimensions, \(known), not divisible into total number of elements, \(value.count).")
                }
                size[open] = value.count / known
            }
            guard size.allSatisfy({ $0 >= 0 }), size.reduce(1.0, { $0 * Double($1) }) == Double(value.count) else {
                throw call.failure("Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.")
            }
            return [try value.reshapedValue(to: size)]
        },
        BuiltinFunction(name: "permute", help: """
            permute - Rearrange the dimensions of an array
              B = permute(A, order)    order is a permutation of 1:N
            Example: size(permute(ones(2, 3, 4), [3 1 2]))   % 4 2 3
            """) { call in
            try call.requireInputs(2...2)
            let order = try call.numeric(1).array.elements
            let n = order.count
            guard Set(order) == Set((1...max(n, 1)).map(Double.init)), n >= call.arguments[0].size.count else {
                throw call.failure("Dimension order must be a permutation of 1:N, with N at least the number of dimensions.", at: 1)
            }
            return [try permuted(call.arguments[0], order.map { Int($0) - 1 })]
        },
        BuiltinFunction(name: "squeeze", help: """
            squeeze - Remove dimensions of length 1
              B = squeeze(A)    2-D arrays (rows and columns) are unchanged
            Example: squeeze(ones(1, 1, 3))   % 3x1
            """) { call in
            try call.requireInputs(1...1)
            let value = call.arguments[0]
            guard value.size.count > 2 else { return [value] }
            var size = value.size.filter { $0 != 1 }
            if size.count == 1 { size.append(1) }
            return [try value.reshapedValue(to: size)]
        },
    ]

    /// `zeros`/`ones`: a constant array in the requested size and class.
    private static func filled(_ call: BuiltinCall, _ constant: Double) throws(RuntimeError) -> [Value] {
        let (size, className) = try call.sizeArguments(from: 0, classes: ["double", "single", "logical"])
        switch className {
        case "single": return [.single(NDArray(size: size, repeating: Float(constant)))]
        case "logical": return [.logical(NDArray(size: size, repeating: constant != 0))]
        default: return [.double(NDArray(size: size, repeating: constant))]
        }
    }

    /// `rand`/`randn`/`randi`: an array of draws in the requested size and class.
    private static func randomArray(_ call: BuiltinCall, from start: Int, _ draw: () -> Double) throws(RuntimeError) -> Value {
        let (size, className) = try call.sizeArguments(from: start, classes: ["double", "single"])
        let count = size.reduce(1, *)
        var elements = [Double]()
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(draw()) }
        let array = NDArray(size: size, elements: elements)
        return className == "single" ? .single(array.map { Float($0) }) : .double(array)
    }

    /// `repmat`: tiles `value` `counts[k]` times along dimension k.
    static func repeated(_ value: Value, _ counts: [Int]) throws(RuntimeError) -> Value {
        var source = value.size
        let rank = max(source.count, counts.count)
        while source.count < rank { source.append(1) }
        let reps = counts + Array(repeating: 1, count: rank - counts.count)
        try ArrayLimits.check(zip(source, reps).reduce(1.0) { $0 * Double($1.0) * Double($1.1) })
        for (s, k) in zip(source, reps) { try ArrayLimits.check(Double(s) * Double(k)) }
        let result = zip(source, reps).map { $0 * $1 }
        let total = result.reduce(1, *)
        var indices = [Int]()
        indices.reserveCapacity(total)
        var subscripts = [Int](repeating: 0, count: rank)
        for _ in 0..<total {
            var offset = 0
            var stride = 1
            for k in 0..<rank {
                offset += (subscripts[k] % source[k]) * stride
                stride *= source[k]
            }
            indices.append(offset)
            var k = 0
            while k < rank {
                subscripts[k] += 1
                if subscripts[k] < result[k] { break }
                subscripts[k] = 0
                k += 1
            }
        }
        return try value.gathered(indices, size: result)
    }

    /// `permute`: dimension k of the result is dimension `order[k]` (0-based) of the value.
    static func permuted(_ value: Value, _ order: [Int]) throws(RuntimeError) -> Value {
        var source = value.size
        while source.count < order.count { source.append(1) }
        var strides = [Int](repeating: 1, count: source.count)
        for k in 1..<source.count { strides[k] = strides[k - 1] * source[k - 1] }
        let result = order.map { source[$0] }
        let total = result.reduce(1, *)
        var indices = [Int]()
        indices.reserveCapacity(total)
        var subscripts = [Int](repeating: 0, count: result.count)
        for _ in 0..<total {
            var offset = 0
            for k in 0..<result.count { offset += subscripts[k] * strides[order[k]] }
            indices.append(offset)
            var k = 0
            while k < result.count {
                subscripts[k] += 1
                if subscripts[k] < result[k] { break }
                subscripts[k] = 0
                k += 1
            }
        }
        return try value.gathered(indices, size: result)
    }
}
