import Foundation

extension Interpreter {
    /// Calls a function by name, resolving in MATLAB's order after variables: a local function of
    /// the running unit, a function file `NAME.m` in the current folder or the running file's
    /// folder, then a built-in.
    func callNamed(_ name: String, arguments: [Value], nargout: Int, scope: FunctionScope? = nil) throws -> [Value] {
        let scope = scope ?? activation.scope
        if name == "nargin" || name == "nargout", activation.workspace.functionName != nil {
            return [.number(Double(name == "nargin" ? activation.nargin : activation.nargout))]
        }
        switch try callee(named: name, from: scope) {
        case .user(let function, let functionScope):
            return try callUser(function, scope: functionScope, arguments: arguments, nargout: nargout)
        case .script(let file):
            return try runScript(file, named: name, arguments: arguments, nargout: nargout)
        case .builtin(let function):
            return try callBuiltin(function, arguments: arguments, nargout: nargout)
        }
    }

    /// What `name` calls from `scope`, resolved once per scope (see ``callees``).
    /// - Throws: ``RuntimeError/undefined(name:suggestion:)`` when nothing of that name exists.
    func callee(named name: String, from scope: FunctionScope) throws -> Callee {
        let key = CalleeKey(name: name, scope: scope)
        if let known = callees[key] { return known }
        guard let found = try resolve(name, in: scope) else {
            throw RuntimeError.undefined(name: name, suggestion: suggestion(for: name))
        }
        callees[key] = found
        return found
    }

    /// What `name` calls from `scope`: a local function, then a function file, then a built-in.
    private func resolve(_ name: String, in scope: FunctionScope) throws -> Callee? {
        if let function = scope.functions[name] { return .user(function, scope) }
        if let file = try functionFile(named: name, near: scope) {
            if let main = file.main { return .user(main, file.scope) }
            return .script(file)
        }
        return builtin(named: name).map(Callee.builtin)
    }

    /// The nearest defined variable, local function or built-in name to a misspelt one.
    func suggestion(for name: String) -> String? {
        let candidates = activation.workspace.variableNames + activation.scope.functions.keys.sorted() + builtinNames
        return NameSuggestion.nearest(to: name, among: candidates)
    }

    /// Whether `name` can be called as a function from the running unit.
    func isCallable(_ name: String) -> Bool {
        if activation.scope.functions[name] != nil || builtin(named: name) != nil { return true }
        return (try? functionFile(named: name, near: activation.scope)) != nil
    }

    /// Calls a built-in with `arguments`, of which `lent` came out of the workspace (see
    /// ``BuiltinFunction/updatingBody``): if the call fails, each lent variable gets back what
    /// the call holds at its position.
    func callBuiltin(_ function: BuiltinFunction, arguments: consuming [Value], nargout: Int,
                     lent: [(position: Int, variable: Variable)] = []) throws -> [Value] {
        var call = BuiltinCall(name: function.name, arguments: consume arguments, nargout: nargout, context: self)
        do {
            if let updating = function.updatingBody { return try updating(&call) }
            return try function.body(call)
        } catch {
            for loan in lent { write(call.arguments[loan.position], to: loan.variable) }
            throw failure(error, of: function)
        }
    }

    /// A built-in's error as the program sees it: a runtime error gets the statement's place and
    /// the name of the function that reports it.
    private func failure(_ error: any Error, of function: BuiltinFunction) -> any Error {
        guard let error = error as? RuntimeError else { return error }
        let reporter: String? = ["error", "assert", "rethrow"].contains(function.name)
            ? activation.workspace.functionName : (error.functionName ?? function.name)
        return wrap(error, at: currentStatement ?? SourceLocation(file: "<call>", line: 1, column: 1), function: reporter)
    }

    /// `cat(dim, c{:})` or `cat(dim, c{1:end})`, with `c` a variable and the callee a built-in
    /// that takes a cell's contents as they lie (``BuiltinFunction/cellContentsBody``): the other
    /// arguments are evaluated as usual and the contents handed over as a slice of the cell's
    /// storage, not copied into the argument list one by one. Nil for any other call, before
    /// anything is evaluated.
    func callSpreadingCell(_ name: String, _ arguments: [Expression], nargout: Int) throws -> [Value]? {
        guard let last = arguments.last, case .cellIndex(let base, let subscripts) = last.kind,
              subscripts.count == 1, subscripts[0].isAllInOrder, case .name(let cell) = base.kind,
              case .builtin(let function)? = try? callee(named: name, from: activation.scope),
              let body = function.cellContentsBody else { return nil }
        var values = try elements(of: Array(arguments.dropLast()))
        guard case .cell(let contents)? = read(cell) else {
            // Not a cell (an error, or a class with its own brace indexing): the usual list.
            try appendElements(of: last, to: &values)
            return try callBuiltin(function, arguments: values, nargout: nargout)
        }
        let call = BuiltinCall(name: function.name, arguments: values, nargout: nargout, context: self)
        do {
            return try body(call, contents.elements[...])
        } catch {
            throw failure(error, of: function)
        }
    }

    /// Calls a user-defined function in a fresh scope, binding inputs (`varargin`), `nargin` and
    /// `nargout`, and collecting outputs (`varargout`).
    func callUser(_ function: FunctionDefinition, scope: FunctionScope, arguments: [Value], nargout: Int) throws -> [Value] {
        let parameters = function.parameters
        let hasVarargin = parameters.last?.name == "varargin"
        let fixedInputs = hasVarargin ? parameters.count - 1 : parameters.count
        if arguments.count > fixedInputs && !hasVarargin { throw RuntimeError.tooManyInputs(function: function.name) }
        let outputs = function.outputs
        let hasVarargout = outputs.last?.name == "varargout"
        let fixedOutputs = hasVarargout ? outputs.count - 1 : outputs.count
        if nargout > fixedOutputs && !hasVarargout { throw RuntimeError.tooManyOutputs(function: function.name) }
        guard callStack.count < 256 else {
            throw RuntimeError.invalidArgument(function: function.name, position: nil,
                                               reason: "Maximum recursion limit of 256 reached.")
        }

        let workspace = Workspace(symbols: function.symbols, functionName: function.name)
        for index in 0..<min(arguments.count, fixedInputs) {
            workspace.setValue(arguments[index], at: parameters[index].slot)
        }
        if hasVarargin, let last = parameters.last {
            workspace.setValue(.cellRow(Array(arguments.dropFirst(fixedInputs))), at: last.slot)
        }

        let savedActivation = activation
        let savedStatement = currentStatement
        callStack.append(currentStatement ?? function.location)
        activation = Activation(workspace: workspace, map: identityMap(count: function.symbols.count),
                                scope: scope, nargin: arguments.count, nargout: nargout)
        defer {
            activation = savedActivation
            currentStatement = savedStatement
            callStack.removeLast()
        }
        _ = try execute(function.body)

        var results: [Value] = []
        let wanted = max(nargout, 1)
        for index in 0..<min(fixedOutputs, wanted) {
            guard let value = workspace[slot: outputs[index].slot] else {
                if index == 0 && nargout == 0 { return [] }
                throw RuntimeError.user(identifier: "MATLAB:unassignedOutputs",
                    message: "Output argument \"\(outputs[index].name)\" (and possibly others) not assigned a value "
                        + "in the execution with \"\(function.name)\" function.")
            }
            results.append(value)
        }
        if hasVarargout, let last = outputs.last, results.count < wanted {
            var extra: [Value] = []
            if let cell = workspace[slot: last.slot] {
                guard case .cell(let contents) = cell else {
                    throw RuntimeError.invalidArgument(function: function.name, position: nil,
                                                       reason: "varargout must be a cell array.")
                }
                extra = contents.elements
            }
            let needed = wanted - results.count
            if extra.count < needed && nargout > results.count {
                throw RuntimeError.user(identifier: "MATLAB:unassignedOutputs",
                    message: "Output argument \"varargout{\(extra.count + 1)}\" (and possibly others) not assigned a value "
                        + "in the execution with \"\(function.name)\" function.")
            }
            results.append(contentsOf: extra.prefix(needed))
        }
        return results
    }

    /// Runs a script file called by name (`setup` for `setup.m`) in the caller's workspace.
    private func runScript(_ file: LoadedFunctionFile, named name: String, arguments: [Value], nargout: Int) throws -> [Value] {
        if !arguments.isEmpty { throw RuntimeError.tooManyInputs(function: name) }
        if nargout > 0 { throw RuntimeError.tooManyOutputs(function: name) }
        let workspace = activation.workspace
        let saved = activation
        activation = Activation(workspace: workspace, map: file.program.symbols.map { workspace.slot(for: $0) },
                                scope: file.scope, nargin: saved.nargin, nargout: saved.nargout)
        defer { activation = saved }
        _ = try execute(file.program.statements)
        return []
    }

    /// Calls a function handle: a named one resolves in the scope it was made in, an anonymous
    /// one evaluates its body with its captured values and the arguments bound to its parameters.
    func callHandle(_ handle: FunctionHandle, arguments: [Value], nargout: Int) throws -> [Value] {
        guard let target = handle.payload as? HandleTarget else {
            guard handle.isNamed else { throw RuntimeError.parenIndexingUnsupported(className: "function_handle") }
            return try callNamed(String(handle.text.dropFirst()), arguments: arguments, nargout: nargout)
        }
        switch target {
        case .named(let name, let scope):
            return try callNamed(name, arguments: arguments, nargout: nargout, scope: scope)
        case .anonymous(let function, let captured, let scope):
            guard arguments.count <= function.parameters.count else {
                throw RuntimeError.tooManyInputs(function: handle.text)
            }
            let workspace = Workspace(symbols: function.symbols, functionName: nil)
            for (slot, value) in captured { workspace.setValue(value, at: slot) }
            for (parameter, value) in zip(function.parameters, arguments) { workspace.setValue(value, at: parameter.slot) }
            let savedActivation = activation
            let savedEnds = endStack
            activation = Activation(workspace: workspace, map: identityMap(count: function.symbols.count),
                                    scope: scope, nargin: arguments.count, nargout: nargout)
            endStack = []
            defer {
                activation = savedActivation
                endStack = savedEnds
            }
            return try evaluateList(function.body, nargout: nargout)
        }
    }

    /// Calls a function value: a handle, or a function named by text (`cellfun`, `arrayfun`).
    public func call(_ function: Value, arguments: [Value], nargout: Int) throws -> [Value] {
        switch function {
        case .functionHandle(let handle):
            return try callHandle(handle, arguments: arguments, nargout: nargout)
        case .char, .string:
            return try callNamed(try function.text(), arguments: arguments, nargout: nargout)
        default:
            throw RuntimeError.invalidArgument(function: nil, position: nil,
                                               reason: "Expected a function handle or a function name.")
        }
    }

    /// The file `NAME.m` in the current folder or the running file's folder (a function file, or
    /// a script with no main function), parsed once and re-read when its modification date
    /// changes. Within one run, each name is looked up on disk once.
    func functionFile(named name: String, near scope: FunctionScope) throws -> LoadedFunctionFile? {
        let key = (scope.folder ?? "") + "/" + name
        if let known = functionFileLookups[key] { return known }
        let found = try findFunctionFile(named: name, near: scope)
        functionFileLookups[key] = .some(found)
        return found
    }

    private func findFunctionFile(named name: String, near scope: FunctionScope) throws -> LoadedFunctionFile? {
        var folders = [currentFolder]
        if let folder = scope.folder, folder != currentFolder { folders.append(folder) }
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name + ".m")
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let modified = attributes[.modificationDate] as? Date else { continue }
            if let cached = functionFiles[path], cached.modified == modified { return cached }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let source = String(decoding: data, as: UTF8.self)
            let program: Program
            do {
                program = try Parser.parse(source, file: path)
            } catch {
                throw ExecutionError.syntax(error, source: source)
            }
            let main = program.isFunctionFile ? program.functions.first : nil
            let loaded = LoadedFunctionFile(modified: modified, scope: FunctionScope(program: program, folder: folder),
                                            main: main, program: program)
            functionFiles[path] = loaded
            return loaded
        }
        return nil
    }
}
