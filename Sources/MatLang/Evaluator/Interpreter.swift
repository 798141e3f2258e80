import Foundation

/// Runs MatLang source: REPL lines, scripts, sections and function files, all through one path.
///
/// The interpreter owns the base workspace and a stack of function scopes, resolves names in
/// MATLAB's order (variable → local function → `NAME.m` in the current or the running script's
/// folder → built-in), writes displayed results to an injected sink, and is the
/// `BuiltinContext` built-ins talk to.
///
/// A failing statement leaves every variable as it was before it: values are computed first and
/// assigned only when the whole right side succeeded.
public final class Interpreter {
    /// The variables of the command line and of scripts (MATLAB's base workspace).
    public let baseWorkspace = Workspace()
    /// Polled before every statement and loop iteration; set it to stop a long computation.
    public let interrupt: InterruptFlag
    /// Where displayed results and built-in output go.
    public var output: (String) -> Void
    /// Called before every statement with its location and the workspace it runs in; `nil` (the
    /// default) costs one check per statement. Throwing from it stops the run with that error.
    public var statementHook: ((SourceLocation, Workspace) throws -> Void)?
    /// Called once for a run-time error no `try` will catch, at the statement that raised it and
    /// before anything unwinds, with the workspace of the function it happened in (`dbstop if
    /// error`); `nil` (the default) costs nothing until an error is thrown. Throwing from it
    /// replaces the error.
    public var errorHook: ((ExecutionError, Workspace) throws -> Void)?
    /// The folder searched first for function files `NAME.m` (MATLAB's current folder).
    public var currentFolder: String
    /// The random generator built-ins use (the Lab injects the engine's generator).
    public var randomSource: any RandomSource
    /// The `format` setting used to display results.
    public var format = DisplayFormat.standard

    var registries: [BuiltinRegistry]
    var activation: Activation
    var callStack: [SourceLocation] = []
    var endStack: [EndTarget] = []
    var functionFiles: [String: LoadedFunctionFile] = [:]
    var functionFileLookups: [String: LoadedFunctionFile?] = [:]
    /// What each function name called so far resolves to, by the scope it is called from: a
    /// training loop makes thousands of calls, and resolving a name takes a lookup in the
    /// scope, the function files and every registry. Forgotten with `functionFileLookups`
    /// and when a registry is added.
    var callees: [CalleeKey: Callee] = [:]
    var currentStatement: SourceLocation?
    var identityMaps: [[Int]] = []
    var tryDepth = 0
    var runDepth = 0
    /// The errors handed to the error hook during the outermost run, by where they were raised
    /// and their call chain: an error propagating out of a nested run (`run FILE`) reaches the
    /// enclosing statements as the same error and is not handed over again.
    var reportedErrors: [(location: SourceLocation, stack: [SourceLocation])] = []
    /// Expressions ``value(of:in:)`` has parsed, by their text: a breakpoint condition is
    /// evaluated on every pass, and parsing it each time was most of its cost.
    var parsedExpressions: [String: Program] = [:]
    /// The most expressions kept parsed; the cache starts over beyond it.
    static let parsedExpressionLimit = 64

    /// Creates an interpreter with the given built-ins (the core registry by default).
    public init(registries: [BuiltinRegistry] = [BuiltinRegistry.standard()],
                output: @escaping (String) -> Void = { _ in },
                interrupt: InterruptFlag = InterruptFlag(),
                randomSource: any RandomSource = DefaultRandomSource(),
                currentFolder: String = FileManager.default.currentDirectoryPath) {
        self.registries = registries
        self.output = output
        self.interrupt = interrupt
        self.randomSource = randomSource
        self.currentFolder = currentFolder
        self.activation = Activation(workspace: baseWorkspace, map: [], scope: .empty, nargin: 0, nargout: 0)
    }

    /// Adds a registry of built-ins (deep-learning, graphics, …); later registries win on a name clash.
    public func register(_ registry: BuiltinRegistry) {
        registries.insert(registry, at: 0)
        callees.removeAll()
    }

    /// Every callable built-in name, for completion and suggestions.
    public var builtinNames: [String] {
        Array(Set(registries.flatMap(\.names))).sorted()
    }

    /// Looks a built-in up by name across the registries.
    public func builtin(named name: String) -> BuiltinFunction? {
        for registry in registries {
            if let function = registry.lookup(name) { return function }
        }
        return nil
    }

    /// Parses and runs `source` in the base workspace (a REPL line, or a whole script when `file`
    /// names one); local functions at the end of a script are callable from it.
    public func run(source: String, file: String = "<repl>", in workspace: Workspace? = nil) throws(ExecutionError) {
        let program: Program
        do {
            program = try Parser.parse(source, file: file)
        } catch {
            throw .syntax(error, source: source)
        }
        try run(program: program, statements: program.statements, in: workspace)
    }

    /// Runs some top-level statements of a parsed program (a section, for example) with the
    /// program's local functions visible, in the base workspace or in `workspace`.
    ///
    /// Runs may nest: a built-in or the statement hook may run code while another run is paused
    /// (the debugger evaluating `K>>` input in the paused function's workspace, for example).
    /// Code given a workspace explicitly sees the running unit's local functions, as input typed
    /// at a paused script line does.
    public func run(program: Program, statements: [Statement], in workspace: Workspace? = nil) throws(ExecutionError) {
        let target = workspace ?? baseWorkspace
        let scope = program.functions.isEmpty && workspace != nil
            ? activation.scope : FunctionScope(program: program, folder: FunctionScope.folder(of: program.file))
        let map = program.symbols.map { target.slot(for: $0) }
        let saved = activation
        activation = Activation(workspace: target, map: map, scope: scope,
                                nargin: target === saved.workspace ? saved.nargin : 0,
                                nargout: target === saved.workspace ? saved.nargout : 0)
        let savedStatement = currentStatement
        if runDepth == 0 {
            // Function files are looked up afresh for each entry, so edits between entries are
            // seen; a nested run (a breakpoint condition, a `K>>` line) keeps what is known.
            functionFileLookups.removeAll()
            callees.removeAll()
            reportedErrors.removeAll()
        }
        runDepth += 1
        defer {
            activation = saved
            currentStatement = savedStatement
            runDepth -= 1
        }
        do {
            _ = try execute(statements)
        } catch let error as ExecutionError {
            throw error
        } catch {
            throw wrap(error, at: currentStatement ?? statements.first?.location
                       ?? SourceLocation(file: program.file, line: 1, column: 1))
        }
    }

    /// Evaluates one expression (a `dbstop … if EXPR` condition, a watch) in the base workspace or
    /// in `workspace`, returning its value without displaying it or setting `ans`.
    public func value(of source: String, in workspace: Workspace? = nil) throws(ExecutionError) -> Value {
        let program: Program
        if let parsed = parsedExpressions[source] {
            program = parsed
        } else {
            do {
                program = try Parser.parse(source, file: "<expression>")
            } catch {
                throw .syntax(error, source: source)
            }
            if parsedExpressions.count >= Self.parsedExpressionLimit { parsedExpressions.removeAll() }
            parsedExpressions[source] = program
        }
        let location = program.statements.first?.location ?? SourceLocation(file: "<expression>", line: 1, column: 1)
        guard program.statements.count == 1, case .expression(let expression, _) = program.statements[0].kind else {
            throw .syntax(.unexpectedToken(found: "statement", expected: "a single expression", at: location), source: source)
        }
        let target = workspace ?? baseWorkspace
        let saved = activation
        activation = Activation(workspace: target, map: program.symbols.map { target.slot(for: $0) },
                                scope: activation.scope, nargin: activation.nargin, nargout: activation.nargout)
        defer { activation = saved }
        do {
            return try evaluate(expression)
        } catch {
            throw wrap(error, at: location)
        }
    }

    /// How many user functions are running (0 at the command line), for `dbstep in`/`out`.
    public var callDepth: Int { callStack.count }

    /// Where each running user function was called from, outermost first (for `dbstack`).
    public var callSites: [SourceLocation] { callStack }

    /// The statement running now (innermost), or nil before the first statement.
    public var currentLocation: SourceLocation? { currentStatement }

    /// Reads, parses and runs a script file in the base workspace (`run FILE`).
    public func run(file path: String) throws(ExecutionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .runtime(.invalidArgument(function: "run", position: 1, reason: "Cannot read file '\(path)'."),
                           location: SourceLocation(file: path, line: 1, column: 1), function: "run", stack: [])
        }
        try run(source: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses a script file into its program and sections, for section-by-section runs.
    public static func parseScript(source: String, file: String) throws(ExecutionError) -> (program: Program, sections: [Section]) {
        do {
            return (try Parser.parse(source, file: file), Section.split(source))
        } catch {
            throw .syntax(error, source: source)
        }
    }

    /// Calls a function value (a handle, or a name as text) from outside any statement.
    public func callFunction(_ function: Value, arguments: [Value], nargout: Int) throws(ExecutionError) -> [Value] {
        do {
            return try call(function, arguments: arguments, nargout: nargout)
        } catch let error as ExecutionError {
            throw error
        } catch {
            throw wrap(error, at: currentStatement ?? SourceLocation(file: "<call>", line: 1, column: 1))
        }
    }

    /// Turns a thrown error into an `ExecutionError` located at `location`.
    func wrap(_ error: any Error, at location: SourceLocation, function: String? = nil) -> ExecutionError {
        if let error = error as? ExecutionError { return error }
        guard let runtime = error as? RuntimeError else { return .foreign(error, location: location) }
        return .runtime(runtime, location: location, function: function ?? runtime.functionName ?? activation.workspace.functionName,
                        stack: callStack + [location])
    }

    func identityMap(count: Int) -> [Int] {
        while identityMaps.count <= count { identityMaps.append(Array(0..<identityMaps.count)) }
        return identityMaps[count]
    }
}

/// What `end` refers to inside an index being evaluated: the indexed value, which subscript is
/// being evaluated (1-based) and how many there are.
struct EndTarget {
    let value: Value
    var position: Int
    let count: Int
}

/// The state of the running unit: its workspace, how its symbols map to slots, its functions.
struct Activation {
    var workspace: Workspace
    var map: [Int]
    var scope: FunctionScope
    var nargin: Int
    var nargout: Int
}
