extension Interpreter {
    /// `target = value` and `[a, ~, c] = value`: every right side is computed and every new
    /// variable value built before any variable changes, so a failure leaves the workspace as it was.
    func executeAssignment(_ targets: [AssignmentTarget], _ value: Expression, display: Bool) throws {
        if targets.count == 1, case .variable(let variable, let path, _) = targets[0] {
            let rhs = if path.isEmpty, let results = try lendingCall(value, assigning: targets) {
                try single(results, from: functionName(of: value))
            } else {
                try evaluateAssigned(value, path: path)
            }
            if path.isEmpty {
                write(rhs, to: variable)
            } else if path.count == 1, let (arguments, isBrace) = Self.subscripts(of: path[0]),
                      var current = read(variable), !Self.isFunctionHandle(current) {
                // `x(i, j) = v` and `c{k} = v`: once the subscripts are known, the workspace lets
                // go of the array so that the assignment writes in place instead of copying it.
                // It goes back afterwards; a failed assignment leaves it untouched.
                let subscripts = try evaluateArguments(arguments, indexing: current)
                write(.empty, to: variable)
                defer { write(current, to: variable) }
                try Self.store(rhs, into: &current, at: subscripts, isBrace: isBrace)
            } else if path.count == 2, case .field(let name) = path[0], let (arguments, isBrace) = Self.subscripts(of: path[1]),
                      case .structure(var record)? = read(variable), record.count == 1,
                      var field = record.value(of: name, at: 0), !Self.isFunctionHandle(field) {
                // `s.f(k) = v` and `s.f{k} = v` on a scalar struct: the workspace lets go of the
                // struct and the struct of the field, so the field's array is written in place
                // (`history.loss(k) = loss` in a training loop). A failed write puts both back.
                let subscripts = try evaluateArguments(arguments, indexing: field)
                write(.empty, to: variable)
                record.setValue(.empty, of: name, at: 0)
                defer {
                    record.setValue(field, of: name, at: 0)
                    write(.structure(record), to: variable)
                }
                try Self.store(rhs, into: &field, at: subscripts, isBrace: isBrace)
            } else {
                write(try assign(rhs, into: read(variable), path: path[...]), to: variable)
            }
            if display, let shown = read(variable) { show(shown, named: variable.name) }
            return
        }
        let results = try lendingCall(value, assigning: targets) ?? evaluateList(value, nargout: targets.count)
        var updates: [PendingWrite] = []
        updates.reserveCapacity(targets.count)
        for (position, target) in targets.enumerated() {
            guard case .variable(let variable, let path, _) = target else { continue }
            guard position < results.count else {
                if position == 0 { throw RuntimeError.tooManyOutputs(function: functionName(of: value)) }
                throw RuntimeError.user(identifier: "MATLAB:needMoreRhsOutputs",
                                        message: "Insufficient number of outputs from right hand side of equal sign "
                                            + "to satisfy assignment.")
            }
            if path.isEmpty {
                updates.append(PendingWrite(variable: variable, value: results[position]))
            } else {
                let current = updates.last { $0.variable == variable }?.value ?? read(variable)
                updates.append(PendingWrite(variable: variable, value: try assign(results[position], into: current, path: path[...])))
            }
        }
        for update in updates { write(update.value, to: update.variable) }
        if display {
            for case .variable(let variable, _, _) in targets {
                if let shown = read(variable) { show(shown, named: variable.name) }
            }
        }
    }

    /// `[net, avgG, avgSqG] = adamupdate(net, grad, avgG, avgSqG, k)`: a call of a built-in that
    /// updates arguments in place (``BuiltinFunction/updatingBody``), whose arguments are
    /// variables and literals, some of them passed once and assigned again by the statement.
    /// The workspace lends those variables to the call: it lets go of them, so the built-in holds
    /// the only reference and updates them in place instead of copying them. A failed call gives
    /// them back. Nil for any other statement, which is evaluated as usual.
    private func lendingCall(_ value: Expression, assigning targets: [AssignmentTarget]) throws -> [Value]? {
        guard case .call(let callee, let arguments) = value.kind, case .name(let function) = callee.kind else { return nil }
        // Most calls pass no variable they assign: ruled out first, before the callee is looked up.
        func isAssigned(_ slot: Int) -> Bool {
            targets.contains { target in
                guard case .variable(let variable, let path, _) = target else { return false }
                return path.isEmpty && variable.slot == slot
            }
        }
        func slot(of argument: Expression) -> Int? {
            guard case .name(let variable) = argument.kind else { return nil }
            return variable.slot
        }
        guard arguments.contains(where: { slot(of: $0).map(isAssigned) ?? false }),
              !activation.workspace.isDefined(activation.map[function.slot]),
              case .builtin(let builtin)? = try? self.callee(named: function.name, from: activation.scope),
              builtin.updatingBody != nil else { return nil }
        // Only variables and literals, so that evaluating the arguments runs no code that could
        // see a lent variable missing.
        for argument in arguments {
            switch argument.kind {
            case .name(let variable):
                guard activation.workspace.isDefined(activation.map[variable.slot]) else { return nil }
            case .number, .string, .charVector: continue
            default: return nil
            }
        }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        var lent: [(position: Int, variable: Variable)] = []
        for (position, argument) in arguments.enumerated() {
            if case .name(let variable) = argument.kind, isAssigned(variable.slot),
               arguments.count(where: { slot(of: $0) == variable.slot }) == 1,
               let taken = activation.workspace.take(activation.map[variable.slot]) {
                lent.append((position, variable))
                values.append(taken)
            } else {
                values.append(try evaluate(argument)) // a variable or a literal: cannot fail
            }
        }
        return try callBuiltin(builtin, arguments: consume values, nargout: targets.count, lent: lent)
    }

    /// `target(subscripts) = rhs`, or `target{subscripts} = rhs` for a brace step. A failure
    /// leaves `target` as it was.
    private static func store(_ rhs: Value, into target: inout Value, at subscripts: [Value], isBrace: Bool) throws {
        if isBrace {
            try target.assignContent(rhs, at: subscripts)
        } else {
            try target.assign(rhs, at: subscripts)
        }
    }

    /// The subscripts of a `(…)` or `{…}` step and whether it is `{…}`; nil for a field.
    private static func subscripts(of accessor: Accessor) -> (arguments: [Expression], isBrace: Bool)? {
        switch accessor {
        case .paren(let arguments): (arguments, false)
        case .brace(let arguments): (arguments, true)
        case .field, .dynamicField: nil
        }
    }

    private static func isFunctionHandle(_ value: Value) -> Bool {
        if case .functionHandle = value { return true }
        return false
    }

    /// The right side of a single assignment: a call asked for one output; a comma-separated
    /// list assigned to an indexed target keeps its first value.
    private func evaluateAssigned(_ value: Expression, path: [Accessor]) throws -> Value {
        switch value.kind {
        case .call, .name:
            let results = try evaluateList(value, nargout: 1)
            return try single(results, from: functionName(of: value))
        default:
            return try evaluate(value)
        }
    }

    private func functionName(of expression: Expression) -> String {
        switch expression.kind {
        case .name(let variable): return variable.name
        case .call(let callee, _): return functionName(of: callee)
        default: return "expression"
        }
    }

    /// Returns `base` with `rhs` stored at the end of `path` (`a.b(2).c{3}`), creating missing
    /// containers the way MATLAB does (a struct for `.name`, a cell for `{}`, `[]` for `()`).
    func assign(_ rhs: Value, into base: Value?, path: ArraySlice<Accessor>) throws -> Value {
        guard let accessor = path.first else { return rhs }
        let rest = path.dropFirst()
        switch accessor {
        case .paren(let arguments):
            var current = base ?? .empty
            if case .functionHandle = current { throw RuntimeError.parenIndexingUnsupported(className: "function_handle") }
            let subscripts = try evaluateArguments(arguments, indexing: current)
            if rest.isEmpty {
                try current.assign(rhs, at: subscripts)
                return current
            }
            var inner = try? current.indexed(subscripts)
            if inner?.isEmpty ?? true, case .structure(let s) = current {
                inner = .structure(StructArray(fieldNames: s.fieldNames, size: [1, 1]))
            }
            let updated = try assign(rhs, into: inner, path: rest)
            try current.assign(updated, at: subscripts)
            return current
        case .brace(let arguments):
            var current = base ?? .empty
            let subscripts = try evaluateArguments(arguments, indexing: current)
            var newContent = rhs
            if !rest.isEmpty {
                let existing = try? current.braceIndexed(subscripts)
                newContent = try assign(rhs, into: existing?.count == 1 ? existing?.first : nil, path: rest)
            }
            try current.assignContent(newContent, at: subscripts)
            return current
        case .field(let name):
            return try assignField(name, rhs, into: base, rest: rest)
        case .dynamicField(let nameExpression):
            return try assignField(try evaluate(nameExpression).text(), rhs, into: base, rest: rest)
        }
    }

    private func assignField(_ name: String, _ rhs: Value, into base: Value?, rest: ArraySlice<Accessor>) throws -> Value {
        var current = base ?? .empty
        var inner: Value?
        if !rest.isEmpty {
            switch current {
            case .structure(let s) where s.count == 1: inner = s.value(of: name, at: 0)
            case .object(let object): inner = try object.property(name)
            default: inner = nil
            }
        }
        try current.assignField(name, try assign(rhs, into: inner, path: rest))
        return current
    }
}

/// A variable's new value, written once every target of `[a, b] = …` has been computed.
private struct PendingWrite {
    let variable: Variable
    let value: Value
}
