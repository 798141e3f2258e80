/// How a block finished: normally, or by `break`, `continue` or `return`.
enum Flow {
    case normal, breakLoop, continueLoop, returnFunction
}

extension Interpreter {
    /// Runs statements in order, stopping early on `break`, `continue` or `return`.
    func execute(_ statements: [Statement]) throws -> Flow {
        for statement in statements {
            let flow = try execute(statement)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    /// Runs one statement: polls the interrupt flag, calls the statement hook, then executes.
    func execute(_ statement: Statement) throws -> Flow {
        try checkInterrupt()
        currentStatement = statement.location
        do {
            if let statementHook { try statementHook(statement.location, activation.workspace) }
            return try executeKind(statement)
        } catch let error as ExecutionError {
            if errorHook != nil { try reportUncaught(error) }
            throw error
        } catch {
            let wrapped = wrap(error, at: statement.location)
            if errorHook != nil { try reportUncaught(wrapped) }
            throw wrapped
        }
    }

    /// Hands a run-time error to the error hook the first time it passes a statement, unless a
    /// `try` is running (the error would be caught) or it is an interrupt.
    private func reportUncaught(_ error: ExecutionError) throws {
        guard let errorHook, tryDepth == 0, case .runtime(let cause, let location, _, let stack) = error,
              cause != .interrupted,
              !reportedErrors.contains(where: { $0.location == location && $0.stack == stack }) else { return }
        reportedErrors.append((location, stack))
        try errorHook(error, activation.workspace)
    }

    func checkInterrupt() throws(RuntimeError) {
        if interrupt.isRequested {
            interrupt.clear()
            throw .interrupted
        }
    }

    private func executeKind(_ statement: Statement) throws -> Flow {
        switch statement.kind {
        case .expression(let expression, let display):
            try executeExpressionStatement(expression, display: display)
        case .assignment(let targets, let value, let display):
            try executeAssignment(targets, value, display: display)
        case .if(let branches, let otherwise):
            for branch in branches where try isTrue(try evaluate(branch.condition)) {
                return try execute(branch.body)
            }
            if let otherwise { return try execute(otherwise) }
        case .for(let variable, let values, let body):
            return try executeFor(variable, values, body)
        case .while(let condition, let body):
            while try isTrue(try evaluate(condition)) {
                try checkInterrupt()
                let flow = try execute(body)
                if case .breakLoop = flow { break }
                if case .returnFunction = flow { return flow }
            }
        case .switch(let subject, let cases, let otherwise):
            let value = try evaluate(subject)
            for entry in cases where try switchMatches(value, try evaluate(entry.value)) {
                return try execute(entry.body)
            }
            if let otherwise { return try execute(otherwise) }
        case .try(let body, let errorVariable, let handler):
            return try executeTry(body, errorVariable, handler)
        case .break:
            return .breakLoop
        case .continue:
            return .continueLoop
        case .return:
            return .returnFunction
        }
        return .normal
    }

    private func executeExpressionStatement(_ expression: Expression, display: Bool) throws {
        if case .name(let variable) = expression.kind, let value = read(variable) {
            if display { show(value, named: variable.name) }
            return
        }
        let results = try evaluateList(expression, nargout: 0)
        guard let first = results.first else { return }
        setVariable("ans", first)
        if display { show(first, named: "ans") }
    }

    private func executeTry(_ body: [Statement], _ errorVariable: Variable?, _ handler: [Statement]) throws -> Flow {
        let depth = (callStack.count, endStack.count)
        tryDepth += 1
        do {
            let flow = try execute(body)
            tryDepth -= 1
            return flow
        } catch let error as ExecutionError {
            tryDepth -= 1
            guard case .runtime(let cause, _, _, _) = error, cause != .interrupted else { throw error }
            callStack.removeLast(callStack.count - depth.0)
            endStack.removeLast(endStack.count - depth.1)
            if let errorVariable {
                let record = Value.structScalar([
                    ("message", .charArray(cause.message)),
                    ("identifier", .charArray(cause.identifier)),
                ])
                write(record, to: errorVariable)
            }
            return try execute(handler)
        } catch {
            tryDepth -= 1
            throw error
        }
    }

    /// MATLAB's `switch` matching: numbers by `==`, text by equality, a cell case by any element.
    private func switchMatches(_ subject: Value, _ candidate: Value) throws -> Bool {
        if case .cell(let options) = candidate {
            for option in options.elements where try switchMatches(subject, option) { return true }
            return false
        }
        if subject.isText || candidate.isText {
            guard subject.isText, candidate.isText else { return false }
            return try subject.text() == candidate.text()
        }
        guard subject.isScalar || subject.isEmpty, candidate.isScalar else { return false }
        if subject.isEmpty { return false }
        return try isTrue(try Value.binary(.eq, subject, candidate))
    }

    /// MATLAB's truth of a condition: non-empty and every element non-zero.
    func isTrue(_ value: Value) throws -> Bool {
        if case .double(let array) = value, array.count == 1 {
            let x = array[linear: 0]
            if x.isNaN { throw RuntimeError.nanToLogical }
            return x != 0
        }
        if case .logical(let array) = value, array.count == 1 { return array[linear: 0] }
        return try value.isTrue()
    }

    /// Writes a displayed result through the output sink.
    func show(_ value: Value, named name: String) {
        output(displayText(value, named: name))
    }
}
