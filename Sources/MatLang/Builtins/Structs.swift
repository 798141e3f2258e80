/// Structs, cells and classes: struct cell isfield rmfield fieldnames cellfun arrayfun isa class.
enum StructBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "struct", help: """
            struct - Create a structure or structure array
              s = struct                         1-by-1 with no fields
              s = struct(field1, value1, ...)    a cell value makes an array of its size
              s = struct([])                     0-by-0 with no fields
            Example: s = struct("name", {"fc_1", "fc_2"}, "size", 10)   % 1x2 struct array
            """) { call in
            if call.arguments.count == 1, case .double(let a) = call.arguments[0], a.isEmpty {
                return [.structure(StructArray(fieldNames: [], size: [0, 0]))]
            }
            guard call.arguments.count % 2 == 0 else {
                throw call.failure("Field and value input arguments must come in pairs.")
            }
            var names = [String]()
            var values = [Value]()
            for k in stride(from: 0, to: call.arguments.count, by: 2) {
                guard call.isText(k) else { throw call.failure("Field names must be text.", at: k) }
                let name = try call.text(k)
                guard isValidName(name) else { throw call.failure("Invalid field name \"\(name)\".", at: k) }
                names.append(name)
                values.append(call.arguments[k + 1])
            }
            var size = [1, 1]
            for value in values {
                if case .cell(let c) = value, c.count != 1 {
                    guard size == [1, 1] || size == c.size else { throw call.failure("Array dimensions of cell values must match.") }
                    size = c.size
                }
            }
            let count = size.reduce(1, *)
            var records = [[Value]]()
            records.reserveCapacity(count)
            for e in 0..<count {
                records.append(values.map { value in
                    if case .cell(let c) = value { return c.count == 1 ? c[linear: 0] : c[linear: e] }
                    return value
                })
            }
            var unique = [String]()
            for name in names where !unique.contains(name) { unique.append(name) }
            let positions = unique.map { name in names.lastIndex(of: name)! }
            let ordered = records.map { r in positions.map { r[$0] } }
            return [.structure(StructArray(fieldNames: unique, records: NDArray(size: size, elements: ordered)))]
        },
        BuiltinFunction(name: "cell", help: """
            cell - Cell array of empty matrices
              C = cell(n), cell(sz1,...,szN), cell([sz1 ... szN])
            Example: C = cell(1, 3)
            """) { call in
            let size = try call.sizeArguments(from: 0, classes: []).size
            return [.cell(NDArray(size: size, repeating: .empty))]
        },
        BuiltinFunction(name: "isfield", help: """
            isfield - True if a structure has a field
              tf = isfield(s, name)          one name
              tf = isfield(s, {n1, n2, ...}) one answer per name
            Example: isfield(struct("a", 1), "a")   % true
            """) { call in
            try call.requireInputs(2...2)
            let names = (try? TextArray(call.arguments[1], function: call.name, position: 2))
            let fields: [String]
            switch call.arguments[0] {
            case .structure(let s): fields = s.fieldNames
            case .object(let o): fields = o.propertyNames
            default: fields = []
            }
            guard let names else { return [.bool(false)] }
            if names.kind == .char || names.kind == .string && names.texts.count == 1 {
                return [.bool(names.texts[0].map(fields.contains) ?? false)]
            }
            return [names.test { fields.contains($0) }]
        },
        BuiltinFunction(name: "rmfield", help: """
            rmfield - Remove fields from a structure (or structure array)
              s = rmfield(s, field)                  one field name
              s = rmfield(s, {f1, f2, ...})          several (also a string array)
            Every named field must exist.
            Example: s = rmfield(struct("a", 1, "b", 2), "a")
            """) { call in
            try call.requireInputs(2...2)
            guard case .structure(let s) = call.arguments[0] else {
                throw call.failure("Input must be a structure.", at: 0)
            }
            let names = try TextArray(call.arguments[1], function: call.name, position: 2).texts.compactMap { $0 }
            for name in names where !s.fieldNames.contains(name) {
                throw call.failure("A field named '\(name)' doesn't exist.", at: 1)
            }
            let kept = s.fieldNames.indices.filter { !names.contains(s.fieldNames[$0]) }
            return [.structure(StructArray(fieldNames: kept.map { s.fieldNames[$0] },
                                           records: s.records.map { record in kept.map { record[$0] } }))]
        },
        BuiltinFunction(name: "fieldnames", help: """
            fieldnames - Field names of a structure (or property names of an object)
              names = fieldnames(s)    an N-by-1 cell array of char vectors
            Example: fieldnames(struct("a", 1, "b", 2))
            """) { call in
            try call.requireInputs(1...1)
            let names: [String]
            switch call.arguments[0] {
            case .structure(let s): names = s.fieldNames
            case .object(let o): names = o.propertyNames
            default:
                throw call.failure("Invalid input argument of type '\(call.arguments[0].className)'. Input must be a structure or an object.", at: 0)
            }
            return [.cell(NDArray(size: [names.count, 1], elements: names.map { .charArray($0) }))]
        },
        BuiltinFunction(name: "cellfun", help: """
            cellfun - Apply a function to each cell
              A = cellfun(func, C1, ..., Cn)        func(C1{k}, ..., Cn{k}) must return scalars
              [A, B] = cellfun(___)                 several outputs
              C = cellfun(___, "UniformOutput", false)   results in cell arrays
              A = cellfun(___, "ErrorHandler", @h)    on an error, h(S, C1{k}, ...) answers instead,
                                                      S having fields message, identifier and index
            func is a function handle or a function name ('isempty', 'length').
            Example: cellfun(@numel, {'ab', 'cde', ''})   % [2 3 0]
            """) { call in
            try mapped(call) { (value: Value, k: Int, position: Int) throws(RuntimeError) -> Value in
                guard case .cell(let c) = value else { throw call.failure("Input must be a cell array.", at: position) }
                return c[linear: k]
            }
        },
        BuiltinFunction(name: "arrayfun", help: """
            arrayfun - Apply a function to each element of arrays
              A = arrayfun(func, A1, ..., An)        func(A1(k), ..., An(k)) must return scalars
              [A, B] = arrayfun(___)
              C = arrayfun(___, "UniformOutput", false)
              A = arrayfun(___, "ErrorHandler", @h)   as for cellfun
            Example: arrayfun(@(x) x^2, [1 2 3])   % [1 4 9]
            """) { call in
            try mapped(call) { (value: Value, k: Int, _: Int) throws(RuntimeError) -> Value in
                try value.gathered([k], size: [1, 1])
            }
        },
        BuiltinFunction(name: "isa", help: """
            isa - True if a value belongs to a class or category
              tf = isa(X, className)    also "numeric" (double, single) and "float"
            Example: isa(single(1), "float")   % true
            """) { call in
            try call.requireInputs(2...2)
            let name = try call.text(1)
            let actual = call.arguments[0].className
            switch name {
            case "numeric", "float": return [.bool(actual == "double" || actual == "single")]
            case "integer": return [.bool(false)]
            default: return [.bool(actual == name)]
            }
        },
        BuiltinFunction(name: "class", help: """
            class - Class name of a value
              c = class(X)
            Example: class(true)   % 'logical'
            """) { call in
            try call.requireInputs(1...1)
            return [.charArray(call.arguments[0].className)]
        },
    ]

    /// Whether `name` is a valid MATLAB identifier (letters, digits, underscores; a letter first).
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// `cellfun`/`arrayfun`: calls the function on element k of every data argument.
    private static func mapped(_ call: BuiltinCall, element: (Value, Int, Int) throws(RuntimeError) -> Value) throws -> [Value] {
        try call.requireInputs(atLeast: 2)
        let (positional, options) = try call.options(from: 2, names: ["UniformOutput", "ErrorHandler"])
        let function = positional[0]
        switch function {
        case .functionHandle: break
        case .char, .string: guard function.isText else { fallthrough }
        default: throw call.failure("First input must be a function handle or a function name.", at: 0)
        }
        let data = Array(positional.dropFirst())
        guard let size = data.first?.size else { throw RuntimeError.notEnoughInputs(function: call.name) }
        for (k, value) in data.enumerated() where value.size != size {
            throw call.failure("All of the input arguments must be of the same size and shape.", at: k + 1)
        }
        let uniform = try options["UniformOutput"].map { (v: Value) throws(RuntimeError) -> Bool in try v.isTrue() } ?? true
        let outputs = max(call.nargout, 1)
        let count = size.reduce(1, *)
        var results = [[Value]](repeating: [], count: outputs)
        var producesOutput = true
        for k in 0..<count {
            let arguments = try data.enumerated().map { (p, v) throws(RuntimeError) -> Value in try element(v, k, p + 1) }
            // NOTE: as a statement (nargout 0) the function is called for its effect, like
            // cellfun(@disp, c); its results, if it returns any, become the answer.
            let values: [Value]
            do {
                values = try call.context.call(function, arguments: arguments, nargout: call.nargout)
            } catch let error as RuntimeError {
                guard let handler = options["ErrorHandler"] else { throw error }
                let info = Value.structScalar([
                    ("message", .charArray(error.message)), ("identifier", .charArray(error.identifier)),
                    ("index", .number(Double(k + 1))),
                ])
                values = try call.context.call(handler, arguments: [info] + arguments, nargout: call.nargout)
            }
            if call.nargout == 0 && values.isEmpty {
                producesOutput = false
                continue
            }
            guard values.count >= outputs, producesOutput else { throw RuntimeError.tooManyOutputs(function: call.name) }
            for o in 0..<outputs {
                if uniform && !(values[o].isScalar && (values[o].isArithmetic || values[o].className == "categorical")) {
                    throw call.failure("Non-scalar in Uniform output, at index \(k + 1), output \(o + 1). Set 'UniformOutput' to false.")
                }
                results[o].append(values[o])
            }
        }
        if !producesOutput { return [] }
        if !uniform { return results.map { .cell(NDArray(size: size, elements: $0)) } }
        return try results.map { (column: [Value]) throws(RuntimeError) -> Value in
            guard !column.isEmpty else { return .double(NDArray(size: size, repeating: 0)) }
            let className = column[0].className
            guard column.allSatisfy({ $0.className == className }) else {
                throw call.failure("Mismatch in type of outputs. Set 'UniformOutput' to false.")
            }
            return try Value.concatenate(column, along: 1).reshapedValue(to: size)
        }
    }
}
