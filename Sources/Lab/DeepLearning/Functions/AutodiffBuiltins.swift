import Autograd
import MatLang
import NeuralNet

/// dlarray and automatic differentiation: dlarray extractdata dims dlfeval dlgradient.
enum AutodiffBuiltins {
    static func functions(state: DeepLearningState) -> [BuiltinFunction] {
        [
            BuiltinFunction(name: "dlarray", help: """
                dlarray - Deep learning array (single precision, optional format)
                  X = dlarray(A)           unformatted
                  X = dlarray(A, fmt)      fmt labels the dimensions: "SSCB" images, "CB" features
                Comparisons (== ~= < <= > >=) and & | ~ on dlarrays give logical dlarrays in the same
                format; they are not differentiated, so X .* (X > 0) traces the mask as a constant.
                if and while take a dlarray condition by its data. X(i) = v writes, grows and
                deletes as for numeric arrays, keeping the format (not inside dlfeval).
                Example: X = dlarray(rand(28,28,1,8), "SSCB")
                """) { call in
                guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                var x = try DeepLearningArguments.dlarray(call, 0)
                if call.arguments.count > 1 {
                    guard let fmt = try? call.arguments[1].text() else {
                        throw RuntimeError.invalidArgument(function: call.name, position: 2, reason: "Format must be text such as \"SSCB\".")
                    }
                    x.format = try checkedFormat(fmt.uppercased(), size: x.size, function: call.name)
                } else if case .object = first {
                } else {
                    x.format = ""
                }
                if case .logical = first { x.isLogical = true }
                return [.object(x)]
            },
            BuiltinFunction(name: "extractdata", help: """
                extractdata - The data of a dlarray as a single array
                  A = extractdata(X)      logical when X holds a comparison's result (X > 0)
                Example: values = extractdata(gradients.Value{1})
                """) { call in
                guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                guard case .object(let o as DLArray) = first else { return [first] }
                return [o.dataValue]
            },
            BuiltinFunction(name: "dims", help: """
                dims - The format of a dlarray ("SSCB", "CB", or "")
                  fmt = dims(X)
                Example: dims(dlarray(ones(10,4), "CB"))
                """) { call in
                [.charArray(try DeepLearningArguments.dlarray(call, 0).format)]
            },
            BuiltinFunction(name: "dlfeval", help: """
                dlfeval - Evaluate a function with automatic differentiation traced
                  [y1, ..., yk] = dlfeval(fun, x1, ..., xn)
                dlarray and dlnetwork arguments are traced, so dlgradient may be called inside fun.
                Example: [loss, gradients] = dlfeval(@modelLoss, net, X, T)
                """) { call in
                guard let function = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: call.name) }
                return try state.tracing { tape in
                    let arguments = call.arguments.dropFirst().map { trace($0, on: tape) }
                    let outputs = try call.context.call(function, arguments: Array(arguments), nargout: max(call.nargout, 1))
                    return outputs.map(untrace)
                }
            },
            BuiltinFunction(name: "dlgradient", help: """
                dlgradient - Gradients by reverse-mode automatic differentiation (inside dlfeval)
                  [dydx1, ..., dydxk] = dlgradient(y, x1, ..., xk)
                y is a traced scalar dlarray; each x is a dlarray, a Learnables table, a struct or a
                cell array of them, and each gradient has the same shape.
                Example: gradients = dlgradient(loss, net.Learnables)
                """) { call in
                guard state.currentTape != nil else {
                    throw RuntimeError.invalidArgument(function: call.name, position: nil, reason:
                        "dlgradient must be called inside a function evaluated by dlfeval, e.g. [loss, g] = dlfeval(@modelLoss, net, X, T).")
                }
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                guard case .object(let o as DLArray) = call.arguments[0], let loss = o.variable else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1,
                                                       reason: "Value to differentiate must be a traced dlarray scalar.")
                }
                guard o.tensor.count == 1 else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1,
                                                       reason: "Value to differentiate must be a scalar, not \(o.size.map(String.init).joined(separator: "×")).")
                }
                let targets = call.arguments.dropFirst().flatMap(tracedVariables)
                let gradients = try state.backward(from: loss, targets: targets)
                return try call.arguments.dropFirst().enumerated().map { k, x throws(RuntimeError) in
                    try gradient(of: x, in: gradients, position: k + 2)
                }
            },
        ]
    }

    /// Checks a format against the size: one letter per dimension from S, C, B, T, U.
    static func checkedFormat(_ fmt: String, size: [Int], function: String) throws(RuntimeError) -> String {
        guard fmt.allSatisfy({ "SCBTU".contains($0) }) else {
            throw .invalidArgument(function: function, position: 2,
                                   reason: "Invalid format \"\(fmt)\": use the letters S, C, B, T and U.")
        }
        let significant = size.count > 2 || size[1] != 1 ? size.count : 1
        guard fmt.count >= significant || fmt.isEmpty else {
            throw .invalidArgument(function: function, position: 2,
                                   reason: "Format \"\(fmt)\" has \(fmt.count) dimensions but the data has \(size.count).")
        }
        return fmt
    }

    /// A dlfeval argument with its dlarrays and networks recorded as tape leaves.
    static func trace(_ value: Value, on tape: Tape) -> Value {
        switch value {
        case .object(let d as DLArray):
            return .object(DLArray(traced: tape.leaf(d.tensor, name: "X"), format: d.format))
        case .object(var n as NetworkObject):
            n.tracedLearnables = n.network.learnables.map { tape.leaf($0.value, name: $0.parameter, layer: $0.layer) }
            return .object(n)
        case .object(let t as LearnablesTable):
            return .object(t.with(values: t.values.indices.map { i in
                DLArray(traced: tape.leaf(t.values[i].tensor, name: t.parameters[i], layer: t.layers[i]), format: t.values[i].format)
            }))
        case .cell(let c): return .cell(c.map { trace($0, on: tape) })
        default: return value
        }
    }

    /// A value with every trace removed (dlfeval's outputs).
    static func untrace(_ value: Value) -> Value {
        switch value {
        case .object(let d as DLArray): return .object(d.untraced)
        case .object(var n as NetworkObject):
            n.tracedLearnables = nil
            return .object(n)
        case .object(let t as LearnablesTable): return .object(t.with(values: t.values.map(\.untraced)))
        case .cell(let c): return .cell(c.map(untrace))
        default: return value
        }
    }

    /// The gradient of a dlgradient argument, with the argument's shape.
    /// The traced variables `dlgradient` is asked about in `value` (a dlarray, a Learnables
    /// table, a cell array or struct of them); the backward pass computes only what they need.
    static func tracedVariables(in value: Value) -> [Autograd.Variable] {
        switch value {
        case .object(let d as DLArray): return d.variable.map { [$0] } ?? []
        case .object(let t as LearnablesTable): return t.values.compactMap(\.variable)
        case .cell(let c): return c.elements.flatMap(tracedVariables)
        case .structure(let s):
            return s.fieldNames.flatMap { name in
                ((try? Value.structure(s).field(name)) ?? []).flatMap(tracedVariables)
            }
        default: return []
        }
    }

    static func gradient(of value: Value, in gradients: Gradients, position: Int) throws(RuntimeError) -> Value {
        func one(_ d: DLArray) throws(RuntimeError) -> DLArray {
            guard let v = d.variable else {
                throw .invalidArgument(function: "dlgradient", position: position, reason:
                    "Value with respect to which to differentiate must be a traced dlarray: pass it to dlfeval as an input.")
            }
            return DLArray(gradients.gradientOrZeros(of: v), format: d.format)
        }
        switch value {
        case .object(let d as DLArray): return .object(try one(d))
        case .object(let t as LearnablesTable):
            return .object(t.with(values: try t.values.map { d throws(RuntimeError) in try one(d) }))
        case .cell(let c):
            var out: [Value] = []
            for element in c.elements { out.append(try gradient(of: element, in: gradients, position: position)) }
            return .cell(NDArray(size: c.size, elements: out))
        case .structure(let s):
            var copy = Value.structure(s)
            for name in s.fieldNames where s.count == 1 {
                let field = try Value.structure(s).field(name).first ?? .empty
                try copy.assignField(name, try gradient(of: field, in: gradients, position: position))
            }
            return copy
        default:
            throw .invalidArgument(function: "dlgradient", position: position, reason:
                "Expected a dlarray, a Learnables table, a struct or a cell array, not \(value.className).")
        }
    }
}
