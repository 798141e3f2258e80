extension Interpreter {
    /// The value of a variable in the running unit, or nil when undefined.
    @inline(__always)
    func read(_ variable: Variable) -> Value? {
        activation.workspace[slot: activation.map[variable.slot]]
    }

    /// Sets a variable of the running unit.
    @inline(__always)
    func write(_ value: Value, to variable: Variable) {
        activation.workspace.setValue(value, at: activation.map[variable.slot])
    }

    /// Sets a variable of the running unit by name (`ans`).
    func setVariable(_ name: String, _ value: Value) {
        activation.workspace.setValue(value, of: name)
    }

    /// Evaluates an expression that must produce exactly one value.
    func evaluate(_ expression: Expression) throws -> Value {
        switch expression.kind {
        case .number(let value):
            return .number(value)
        case .string(let text):
            return .stringScalar(text)
        case .charVector(let text):
            return .charArray(text)
        case .name(let variable):
            if let value = read(variable) { return value }
            return try single(try callNamed(variable.name, arguments: [], nargout: 1), from: variable.name)
        case .colonAll:
            return Value.colon
        case .end:
            guard let top = endStack.last else {
                throw RuntimeError.invalidArgument(function: nil, position: nil,
                                                   reason: "'end' is only valid inside an index of a variable.")
            }
            return .number(Double(top.value.endExtent(position: top.position, of: top.count)))
        case .unary(let op, let operand):
            return try evaluate(operand).unary(op)
        case .binary(let op, let left, let right):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return try Value.binary(op, a, b)
        case .shortCircuitAnd(let left, let right):
            guard try logicalScalar(try evaluate(left), op: "&&") else { return .bool(false) }
            return .bool(try logicalScalar(try evaluate(right), op: "&&"))
        case .shortCircuitOr(let left, let right):
            if try logicalScalar(try evaluate(left), op: "||") { return .bool(true) }
            return .bool(try logicalScalar(try evaluate(right), op: "||"))
        case .range(let start, let step, let stop):
            let a = try evaluate(start)
            let b = try step.map { try evaluate($0) }
            let c = try evaluate(stop)
            return try Value.range(a, b, c)
        case .transpose(let operand, let conjugate):
            return try evaluate(operand).unary(conjugate ? .ctranspose : .transpose)
        case .call, .cellIndex, .field, .dynamicField:
            return try single(try evaluateList(expression, nargout: 1), from: nil)
        case .matrix(let rows):
            let values = try rows.map { row in try elements(of: row) }
            if values.count == 1 && values[0].count == 1 { return values[0][0] }
            return try Value.concatenate(rows: values)
        case .cellArray(let rows):
            return try makeCell(rows)
        case .anonymousFunction(let function):
            var captured: [(slot: Int, value: Value)] = []
            for capture in function.captures {
                if let value = read(capture.outer) { captured.append((capture.inner, value)) }
            }
            return .functionHandle(FunctionHandle(
                text: function.text, payload: HandleTarget.anonymous(function, captured: captured, activation.scope)))
        case .functionHandle(let name):
            return .functionHandle(FunctionHandle(text: "@" + name, payload: HandleTarget.named(name, activation.scope)))
        }
    }

    /// Evaluates an expression that may produce a comma-separated list (calls with several
    /// outputs, `c{:}`, `s.f` of a struct array), asking calls for `nargout` outputs.
    func evaluateList(_ expression: Expression, nargout: Int) throws -> [Value] {
        switch expression.kind {
        case .name(let variable):
            if let value = read(variable) { return [value] }
            return try callNamed(variable.name, arguments: [], nargout: nargout)
        case .call(let callee, let arguments):
            if case .name(let variable) = callee.kind {
                if let value = read(variable) { return try index(value, arguments, nargout: nargout) }
                if let results = try callSpreadingCell(variable.name, arguments, nargout: nargout) { return results }
                let values = try elements(of: arguments)
                return try callNamed(variable.name, arguments: values, nargout: nargout)
            }
            return try index(try evaluate(callee), arguments, nargout: nargout)
        case .cellIndex(let base, let arguments):
            let container = try evaluate(base)
            // `c{:}` and `c{1:end}` list every element in order, whatever the cell's shape.
            if case .cell(let contents) = container, arguments.count == 1, arguments[0].isAllInOrder {
                return contents.elements
            }
            return try container.braceIndexed(try evaluateArguments(arguments, indexing: container))
        case .field(let base, let name):
            return try evaluate(base).field(name)
        case .dynamicField(let base, let name):
            let container = try evaluate(base)
            return try container.field(try evaluate(name).text())
        default:
            return [try evaluate(expression)]
        }
    }

    /// Evaluates the elements of a list context (arguments, a row of `[…]` or `{…}`): a
    /// comma-separated list expands in place, a call contributes its first output.
    func elements(of expressions: [Expression]) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(expressions.count)
        for expression in expressions { try appendElements(of: expression, to: &values) }
        return values
    }

    /// Appends one element of a list context to `values` (a comma-separated list expands in
    /// place, a call contributes its first output), without a list of its own for one value.
    func appendElements(of expression: Expression, to values: inout [Value]) throws {
        switch expression.kind {
        case .cellIndex, .field, .dynamicField:
            values.append(contentsOf: try evaluateList(expression, nargout: 1))
        case .call:
            if let first = try evaluateList(expression, nargout: 1).first { values.append(first) }
        default:
            values.append(try evaluate(expression))
        }
    }

    /// Evaluates index arguments; `end` inside refers to `target`, the value indexed. (Call
    /// arguments, where `end` refers to nothing, are ``elements(of:)``.)
    ///
    /// NOTE: the target is not optional: unwrapping an optional `Value` copies it through the
    /// generic `Optional` witnesses.
    func evaluateArguments(_ arguments: [Expression], indexing target: Value) throws -> [Value] {
        // `end` is looked up on a stack whose top says what is indexed and at which position;
        // subscripts that are plain names or numbers (`x(i, j)`, `c{k}`) cannot hold an `end`
        // and need no entry.
        if arguments.allSatisfy(\.isLeaf) { return try elements(of: arguments) }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        endStack.append(EndTarget(value: target, position: 1, count: arguments.count))
        defer { endStack.removeLast() }
        for (position, argument) in arguments.enumerated() {
            endStack[endStack.count - 1].position = position + 1
            try appendElements(of: argument, to: &values)
        }
        return values
    }

    /// `value(args)`: indexes an array, or calls a function handle.
    private func index(_ value: Value, _ arguments: [Expression], nargout: Int) throws -> [Value] {
        if case .functionHandle(let handle) = value {
            return try callHandle(handle, arguments: try elements(of: arguments), nargout: nargout)
        }
        return [try value.indexed(try evaluateArguments(arguments, indexing: value))]
    }

    /// Exactly one value from a list, or MATLAB's error for none.
    func single(_ values: [Value], from name: String?) throws -> Value {
        guard let first = values.first else {
            if let name { throw RuntimeError.tooManyOutputs(function: name) }
            throw RuntimeError.invalidArgument(function: nil, position: nil,
                                               reason: "Indexing produced no results where one value is needed.")
        }
        return first
    }

    private func logicalScalar(_ value: Value, op: String) throws -> Bool {
        guard value.count == 1 else {
            throw RuntimeError.invalidArgument(function: nil, position: nil,
                reason: "Operands to the \(op) operator must be convertible to logical scalar values.")
        }
        return try isTrue(value)
    }

    /// `{a b; c d}`: rows of elements (comma-separated lists expand) into a cell array.
    private func makeCell(_ rows: [[Expression]]) throws -> Value {
        var grid: [[Value]] = []
        for row in rows {
            let values = try elements(of: row)
            if !values.isEmpty { grid.append(values) }
        }
        guard let width = grid.first?.count else { return .cell(NDArray(size: [0, 0], elements: [])) }
        guard grid.allSatisfy({ $0.count == width }) else { throw RuntimeError.concatenationMismatch(vertical: true) }
        var elements: [Value] = []
        elements.reserveCapacity(grid.count * width)
        for column in 0..<width {
            for row in grid { elements.append(row[column]) }
        }
        return .cell(NDArray(size: [grid.count, width], elements: elements))
    }
}
