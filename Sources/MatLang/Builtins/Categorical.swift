/// Categorical arrays: categorical categories onehotencode onehotdecode.
enum CategoricalBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "categorical", help: """
            categorical - Array of values from a finite set of categories
              C = categorical(A)               categories: the sorted distinct values of A
              C = categorical(A, valueset)     categories in the given order; other values <undefined>
              C = categorical(A, valueset, catnames)
            A may hold numbers, logicals, strings or char vectors (in a cell).
            Example: C = categorical({'b', 'a', 'b'}); categories(C)   % {'a'; 'b'}
            """) { call in
            try call.requireInputs(1...3)
            let (source, numeric) = try labels(call.arguments[0], call: call, position: 0)
            if call.arguments.count == 1 {
                if let numeric {
                    let distinct = Array(Set(numeric.elements.filter { !$0.isNaN })).sorted()
                    let names = distinct.map(NumberText.compact)
                    let codes = numeric.map { v in v.isNaN ? 0 : distinct.firstIndex(of: v).map { $0 + 1 } ?? 0 }
                    return [.categorical(CategoricalArray(categories: names, codes: codes))]
                }
                return [.categorical(CategoricalArray(labels: source))]
            }
            let (set, setNumbers) = try labels(call.arguments[1], call: call, position: 1)
            let names = call.arguments.count == 3
                ? try labels(call.arguments[2], call: call, position: 2).0.elements.map { $0 ?? "" }
                : set.elements.map { $0 ?? "" }
            guard names.count == set.count else { throw call.failure("Category names must match the value set in number.", at: 2) }
            let codes: NDArray<Int>
            if let numeric, let setNumbers {
                codes = numeric.map { v in setNumbers.elements.firstIndex(of: v).map { $0 + 1 } ?? 0 }
            } else {
                codes = source.map { v in v.flatMap { set.elements.firstIndex(of: $0) }.map { $0 + 1 } ?? 0 }
            }
            return [.categorical(CategoricalArray(categories: names, codes: codes))]
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
            let n = c.categories.count
            try ArrayLimits.check(Double(n) * Double(c.codes.count))
            let encoded = Dimensions.along(c.codes.map { Double($0) }, dim: dim, length: { _ in n }) { slice in
                let code = Int(slice[0])
                return (1...max(n, 1)).prefix(n).map { code == 0 ? .nan : ($0 == code ? 1 : 0) }
            }
            let typeName = try options["TypeName"].map { (v: Value) throws(RuntimeError) -> String in try v.text() } ?? "single"
            switch typeName {
            case "single": return [.single(encoded.map { Float($0) })]
            case "double": return [.double(encoded)]
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
}
