import Autograd
import MatLang
import NeuralNet

/// Everyday dlarray functions, traced inside dlfeval: max min reshape permute leakyrelu; the
/// piecewise-constant isnan isinf isfinite sign round floor ceil fix; and the format helpers
/// stripdims finddim isdlarray underlyingType.
enum DLArrayFunctionBuiltins {
    static var functions: [BuiltinFunction] {
        let core = BuiltinRegistry.standard()
        var list: [BuiltinFunction] = [
            BuiltinFunction(name: "leakyrelu", help: """
                leakyrelu - Leaky rectified linear unit: X where X > 0, scale*X elsewhere (dlarray)
                  Y = leakyrelu(X)           scale 0.01
                  Y = leakyrelu(X, scale)
                Traced inside dlfeval: the derivative is 1 for X > 0 and scale elsewhere.
                Example: Y = leakyrelu(dlarray(randn(10, 4), "CB"), 0.1)
                """) { call in
                let x = try DeepLearningArguments.dlarray(call, 0)
                var scale: Float = 0.01
                if call.arguments.count > 1 {
                    guard let s = try? call.arguments[1].scalarDouble(), s.isFinite else {
                        throw RuntimeError.invalidArgument(function: call.name, position: 2, reason: "Scale must be a finite real scalar.")
                    }
                    scale = Float(s)
                }
                let slope = scale
                return [.object(try x.map(call.name) { t, v throws(TensorError) in try t.leakyRelu(v, slope: slope) })]
            },
            BuiltinFunction(name: "stripdims", help: """
                stripdims - Remove the format of a dlarray
                  Y = stripdims(X)      the same data, unformatted (dims(Y) is "")
                Example: Y = stripdims(dlarray(ones(10, 4), "CB"))
                """) { call in
                var x = try DeepLearningArguments.dlarray(call, 0)
                x.format = ""
                return [.object(x)]
            },
            BuiltinFunction(name: "finddim", help: """
                finddim - Dimensions of a dlarray with a given label
                  d = finddim(X, label)     label "S", "C", "B", "T" or "U"; [] when none
                Example: finddim(dlarray(ones(28,28,1,8), "SSCB"), "S")    % [1 2]
                """) { call in
                let x = try DeepLearningArguments.dlarray(call, 0)
                guard call.arguments.count > 1, let label = try? call.arguments[1].text(), label.count == 1,
                      "SCBTU".contains(label.uppercased()) else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 2,
                                                       reason: "Label must be one of \"S\", \"C\", \"B\", \"T\" or \"U\".")
                }
                let found = x.format.enumerated().filter { String($0.element) == label.uppercased() }.map { Double($0.offset + 1) }
                return [found.isEmpty ? .double(NDArray(size: [1, 0], elements: [])) : .row(found)]
            },
            BuiltinFunction(name: "isdlarray", help: """
                isdlarray - Whether a value is a dlarray
                  tf = isdlarray(X)
                Example: isdlarray(dlarray(1))
                """) { call in
                guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                if case .object(let o) = first { return [.bool(o is DLArray)] }
                return [.bool(false)]
            },
            BuiltinFunction(name: "underlyingType", help: """
                underlyingType - The class of the data inside a value ("single" or "logical" for a dlarray)
                  c = underlyingType(X)
                Example: underlyingType(dlarray(ones(3)))     % 'single'
                """) { call in
                guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                if case .object(let d as DLArray) = first { return [.charArray(d.isLogical ? "logical" : "single")] }
                return [.charArray(first.className)]
            },
        ]
        for name in ["max", "min"] {
            guard let base = core.lookup(name) else { continue }
            list.append(extremum(name, base: base))
        }
        for name in ["isnan", "isinf", "isfinite", "sign", "round", "floor", "ceil", "fix"] {
            guard let base = core.lookup(name) else { continue }
            list.append(piecewiseConstant(name, base: base))
        }
        for name in ["reshape", "permute"] {
            guard let base = core.lookup(name) else { continue }
            list.append(BuiltinFunction(name: name, help: base.help + "\n  On a dlarray: traced inside dlfeval; the result is unformatted.") { call in
                guard case .object(let d as DLArray)? = call.arguments.first else { return try base.body(call) }
                return [.object(name == "reshape" ? try reshaped(d, call) : try permuted(d, call))]
            })
        }
        return list
    }

    /// `max`/`min` on dlarrays: `max(X)`, `max(X, [], dim)`, `max(X, [], "all")` (traced
    /// reductions; a second output gives the indices) and `max(X, Y)` (element-wise, traced).
    static func extremum(_ name: String, base: BuiltinFunction) -> BuiltinFunction {
        let isMax = name == "max"
        return BuiltinFunction(name: name, help: base.help + """

              On dlarrays: \(name)(X), \(name)(X, [], dim), \(name)(X, [], "all") and \(name)(X, Y), traced inside dlfeval
              (the gradient goes to the selected element; for \(name)(X, Y) to the larger (smaller) input).
            """) { call in
            let hasDLArray = call.arguments.prefix(2).contains { if case .object(let o) = $0 { o is DLArray } else { false } }
            guard hasDLArray else { return try base.body(call) }
            if call.arguments.count == 2 {
                let a = try DeepLearningArguments.dlarray(call, 0), b = try DeepLearningArguments.dlarray(call, 1)
                let result = try DLArray.combine(a, b, function: name, format: a.format.isEmpty ? b.format : a.format) { t, x, y throws(TensorError) in
                    isMax ? try t.maximum(x, y) : try t.minimum(x, y)
                }
                return [.object(result)]
            }
            let x = try DeepLearningArguments.dlarray(call, 0)
            var axis: Int? = x.size[0] == 1 ? 1 : 0
            if call.arguments.count > 2 {
                guard case .double(let empty) = call.arguments[1], empty.count == 0 else {
                    throw RuntimeError.invalidArgument(function: name, position: 2, reason:
                        "To reduce along a dimension use \(name)(X, [], dim); \(name)(X, Y, dim) is not supported.")
                }
                if let text = try? call.arguments[2].text(), text.lowercased() == "all" {
                    axis = nil
                } else {
                    axis = try DeepLearningArguments.positiveInteger(call.arguments[2], function: name, name: "dim") - 1
                }
            }
            if x.tensor.shape.rank <= 1 && axis != nil { axis = nil }
            let reduced = try x.map(name) { t, v throws(TensorError) in isMax ? try t.max(v, axis: axis) : try t.min(v, axis: axis) }
            guard call.nargout > 1 else { return [.object(reduced)] }
            var arguments = call.arguments
            arguments[0] = x.singleValue
            let plain = try base.body(BuiltinCall(name: name, arguments: arguments, nargout: 2, context: call.context))
            return [.object(reduced)] + plain.dropFirst()
        }
    }

    /// A function whose derivative is zero wherever it exists (tests and rounding), on the data
    /// of a dlarray: the result keeps the format, is logical for the tests, and is a constant in
    /// the trace.
    static func piecewiseConstant(_ name: String, base: BuiltinFunction) -> BuiltinFunction {
        BuiltinFunction(name: name, help: base.help + "\n  On a dlarray: a dlarray of the same format, a constant in the trace (its derivative is 0).") { call in
            guard case .object(let d as DLArray)? = call.arguments.first else { return try base.body(call) }
            var arguments = call.arguments
            arguments[0] = d.dataValue
            guard let result = try base.body(BuiltinCall(name: name, arguments: arguments, nargout: 1, context: call.context)).first else {
                return []
            }
            if case .logical = result { return [.object(try DLArray.logical(result, format: d.format))] }
            return [.object(DLArray(try DLArray.tensor(from: result), format: d.format))]
        }
    }

    /// `reshape(X, m, n, ...)` or `reshape(X, sz)`, one size may be `[]`.
    static func reshaped(_ d: DLArray, _ call: BuiltinCall) throws(RuntimeError) -> DLArray {
        let rest = Array(call.arguments.dropFirst())
        guard !rest.isEmpty else { throw .notEnoughInputs(function: call.name) }
        var dims: [Int?] = []
        if rest.count == 1 {
            dims = try rest[0].doubleArray().elements.map { Int($0) }
        } else {
            for value in rest {
                if case .double(let a) = value, a.count == 0 { dims.append(nil); continue }
                dims.append(Int(try value.scalarDouble()))
            }
        }
        let count = d.tensor.count
        let known = dims.compactMap { $0 }.reduce(1, *)
        if dims.filter({ $0 == nil }).count == 1, known > 0, count % known == 0 {
            dims = dims.map { $0 ?? count / known }
        }
        let sizes = dims.compactMap { $0 }
        guard sizes.count == dims.count, sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(1, *) == count else {
            throw .invalidArgument(function: call.name, position: nil, reason:
                "Number of elements must not change. The dlarray has \(count) elements.")
        }
        return try d.map(call.name, format: "") { t, v throws(TensorError) in try t.reshape(v, to: Shape(sizes)) }
    }

    /// `permute(X, order)`.
    static func permuted(_ d: DLArray, _ call: BuiltinCall) throws(RuntimeError) -> DLArray {
        guard call.arguments.count > 1 else { throw .notEnoughInputs(function: call.name) }
        let order = try call.arguments[1].doubleArray().elements.map { Int($0) - 1 }
        guard Set(order).count == order.count, order.allSatisfy({ $0 >= 0 }), order.count >= d.size.count else {
            throw .invalidArgument(function: call.name, position: 2, reason: "Dimension order must be a permutation of 1:\(max(order.count, d.size.count)).")
        }
        return try d.map(call.name, format: "") { t, v throws(TensorError) in
            var padded = v
            if v.shape.rank < order.count {
                padded = try t.reshape(v, to: Shape(v.shape.dims + Array(repeating: 1, count: order.count - v.shape.rank)))
            }
            return try t.permute(padded, order: order)
        }
    }
}
