/// Categorical arrays: categorical categories onehotencode onehotdecode.
enum CategoricalBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "categorical", help: """
            categorical - Array of values from a finite set of categories
              C = categorical(A)               categories: the sorted distinct values of A
              C = categorical(A, valueset)     categories in the given order; other values <undefined>
              C = categorical(A, valueset, catnames)
              C = categorical(___, "Ordinal", true)   categories with a mathematical order
            A may hold numbers, logicals, strings or char vectors (in a cell).
            Example: C = categorical({'b', 'a', 'b'}); categories(C)   % {'a'; 'b'}
            """) { call in
            try call.requireInputs(1...5)
            let (arguments, options) = try call.options(from: 1, names: ["Ordinal"])
            guard arguments.count <= 3 else { throw RuntimeError.tooManyInputs(function: call.name) }
            let ordinal = try options["Ordinal"].map { (v: Value) throws(RuntimeError) -> Bool in try v.isTrue() } ?? false
            let (source, numeric) = try labels(arguments[0], call: call, position: 0)
            if arguments.count == 1 {
                if let numeric {
                    let distinct = Array(Set(numeric.elements.filter { !$0.isNaN })).sorted()
                    let names = distinct.map(NumberText.compact)
                    let codes = numeric.map { v in v.isNaN ? 0 : distinct.firstIndex(of: v).map { $0 + 1 } ?? 0 }
                    return [.categorical(CategoricalArray(categories: names, codes: codes, isOrdinal: ordinal))]
                }
                return [.categorical(CategoricalArray(labels: source, isOrdinal: ordinal))]
            }
            let (set, setNumbers) = try labels(arguments[1], call: call, position: 1)
            let names = arguments.count == 3
                ? try labels(arguments[2], call: call, position: 2).0.elements.map { $0 ?? "" }
                : set.elements.map { $0 ?? "" }
            guard names.count == set.count else { throw call.failure("Category names must match the value set in number.", at: 2) }
            let codes: NDArray<Int>
            if let numeric, let setNumbers {
                codes = numeric.map { v in setNumbers.elements.firstIndex(of: v).map { $0 + 1 } ?? 0 }
            } else {
                codes = source.map { v in v.flatMap { set.elements.firstIndex(of: $0) }.map { $0 + 1 } ?? 0 }
            }
            return [.categorical(CategoricalArray(categories: names, codes: codes, isOrdinal: ordinal))]
        },
        BuiltinFunction(name: "categories", help: """
            categories - Categories of a categorical array
              C = categories(A)    an N-by-1 cell array of char vectors
            Example: classes = categories(TTrain)
            """) { call in
            try call.requireInputs(1...1)
            guard case .categorical(let c) = call.arguments[0] else { throw call.failure("Input must be a categorical array.", at: 0) }
            return [.cell(NDArray(size: [c.categories.count, 1], elements: c.categories.map { .charArray($0) }))]
        },
        BuiltinFunction(name: "onehotencode", help: """
            onehotencode - Encode categorical labels as one-hot vectors
              Y = onehotencode(A, featureDim)    the categories run along featureDim (size 1 there in A)
              Y = onehotencode(___, "TypeName", "double")   default "single"
              Y = onehotencode(___, "ClassNames", names)    categories in this order instead
            <undefined> labels encode as NaN.
            Example: T = onehotencode(T, 1)   % 1-by-B labels -> numClasses-by-B
            """) { call in
            try call.requireInputs(2...4)
            let (positional, options) = try call.options(from: 2, names: ["TypeName", "ClassNames"])
            guard positional.count == 2 else { throw call.failure("Expected name-value arguments after featureDim.", at: 2) }
            guard case .categorical(let c) = call.arguments[0] else { throw call.failure("Input must be a categorical array.", at: 0) }
            let dim = try call.dimension(1)
            var size = c.size
            while size.count < dim { size.append(1) }
            guard size[dim - 1] == 1 else { throw call.failure("The feature dimension of the input must have size 1.", at: 1) }
            var classes = c.categories
            var codes = c.codes
            if let names = options["ClassNames"] {
                classes = try TextArray(names, function: call.name, position: nil).texts.map { $0 ?? "" }
                codes = c.codes.map { $0 == 0 ? 0 : (classes.firstIndex(of: c.categories[$0 - 1]).map { $0 + 1 } ?? 0) }
            }
            let n = classes.count
            try ArrayLimits.check(Double(n) * Double(c.codes.count))
            let typeName = try options["TypeName"].map { (v: Value) throws(RuntimeError) -> String in try v.text() } ?? "single"
            switch typeName {
            case "single": return [.single(oneHot(codes, classCount: n, dim: dim, as: Float.self))]
            case "double": return [.double(oneHot(codes, classCount: n, dim: dim))]
            default: throw call.failure("TypeName must be \"single\" or \"double\".")
            }
        },
        BuiltinFunction(name: "onehotdecode", help: """
            onehotdecode - Decode one-hot (or probability) vectors to categorical labels
              A = onehotdecode(B, classes, featureDim)    the largest entry along featureDim wins
            Example: labels = onehotdecode(Y, classes, 1)
            """) { call in
            try call.requireInputs(3...3)
            let scores = try call.numeric(0).array
            let classes = try TextArray(call.arguments[1], function: call.name, position: 2).texts.map { $0 ?? "" }
            let dim = try call.dimension(2)
            guard scores.extent(dim) == classes.count else {
                throw call.failure("The number of classes must equal the size of the feature dimension.", at: 1)
            }
            let codes = Dimensions.along(scores, dim: dim, length: { _ in 1 }) { slice -> [Int] in
                var best = 0
                for (k, v) in slice.enumerated() where !v.isNaN && (slice[best].isNaN || v > slice[best]) { best = k }
                return [slice.isEmpty || slice[best].isNaN ? 0 : best + 1]
            }
            return [.categorical(CategoricalArray(categories: classes, codes: codes))]
        },
    ]

    /// The labels of `value` as text, plus the numbers when it is numeric or logical.
    private static func labels(_ value: Value, call: BuiltinCall, position: Int) throws(RuntimeError) -> (NDArray<String?>, NDArray<Double>?) {
        switch value {
        case .double, .single, .logical:
            let numbers = try value.doubleArray()
            return (numbers.map { $0.isNaN ? nil : NumberText.compact($0) }, numbers)
        case .categorical(let c):
            return (c.labels, nil)
        case .char, .string, .cell:
            let text = try TextArray(value, function: call.name, position: position + 1)
            return (NDArray(size: text.size, elements: text.texts), nil)
        default:
            throw call.failure("Values must be numeric, logical, text or categorical.", at: position)
        }
    }

    /// One-hot vectors along `dim` (1-based) for 1-based `codes` (0, `<undefined>`, encodes as
    /// NaN): the result has `classCount` entries along `dim`, where `codes` has one.
    static func oneHot<T: BinaryFloatingPoint>(_ codes: NDArray<Int>, classCount n: Int, dim: Int,
                                              as type: T.Type = Double.self) -> NDArray<T> {
        var size = codes.size
        while size.count < dim { size.append(1) }
        let stride = size[..<(dim - 1)].reduce(1, *)
        let outer = size[dim...].reduce(1, *)
        size[dim - 1] = n
        var out = [T](repeating: 0, count: size.reduce(1, *))
        codes.withUnsafeElements { labels in
            for o in 0..<outer {
                for i in 0..<stride {
                    let code = labels[o * stride + i]
                    let base = o * stride * n + i
                    if code == 0 {
                        for k in 0..<n { out[base + k * stride] = .nan }
                    } else {
                        out[base + (code - 1) * stride] = 1
                    }
                }
            }
        }
        return NDArray(size: size, elements: out)
    }
}
