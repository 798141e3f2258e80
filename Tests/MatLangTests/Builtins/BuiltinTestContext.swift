import MatLang

/// A Swift closure standing in for an evaluator-owned function handle payload in tests.
struct TestFunction: Sendable {
    /// The function body: arguments and nargout in, outputs out.
    let body: @Sendable ([Value], Int) throws -> [Value]
}

/// A `BuiltinContext` for calling built-ins from Swift without the interpreter.
final class BuiltinTestContext: BuiltinContext {
    let registry = BuiltinRegistry.standard()
    var output = ""
    let random: any RandomSource = DefaultRandomSource(seed: 0)
    var displayFormat = DisplayFormat.standard
    var variables: Set<String> = []

    func call(_ function: Value, arguments: [Value], nargout: Int) throws -> [Value] {
        if case .functionHandle(let handle) = function {
            if let closure = handle.payload as? TestFunction { return try closure.body(arguments, nargout) }
            return try registry.call(String(handle.text.dropFirst()), arguments: arguments, nargout: nargout, context: self)
        }
        return try registry.call(try function.text(), arguments: arguments, nargout: nargout, context: self)
    }

    func write(_ text: String) { output += text }

    func variableExists(_ name: String) -> Bool { variables.contains(name) }

    func functionExists(_ name: String) -> Bool { registry.contains(name) }

    /// Calls built-in `name` and returns its outputs.
    func run(_ name: String, _ arguments: Value..., nargout: Int = 1) throws -> [Value] {
        try registry.call(name, arguments: arguments, nargout: nargout, context: self)
    }

    /// Calls built-in `name` and returns its first output in the fixture encoding.
    func encoded(_ name: String, _ arguments: Value..., nargout: Int = 1) throws -> String {
        let outputs = try registry.call(name, arguments: arguments, nargout: nargout, context: self)
        return outputs.prefix(max(nargout, 1)).flatMap { FixtureEncoding.lines($0) }.joined(separator: "\n")
    }
}

/// A named function handle whose body is a Swift closure.
func handle(_ text: String, _ body: @escaping @Sendable ([Value], Int) throws -> [Value]) -> Value {
    .functionHandle(FunctionHandle(text: text, payload: TestFunction(body: body)))
}

/// A char row vector.
func char(_ text: String) -> Value { .charArray(text) }

/// A string scalar.
func str(_ text: String) -> Value { .stringScalar(text) }
