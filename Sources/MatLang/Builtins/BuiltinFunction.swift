/// A function callable from MatLang code by name, with its `help NAME` text beside it.
public struct BuiltinFunction: Sendable {
    /// The name MatLang code calls it by (`zeros`, `histcounts`).
    public let name: String
    /// The text `help NAME` shows: a summary line, the syntax forms, an example.
    public let help: String
    /// Computes the outputs; returns at least `max(nargout, 1)` values when it has that many,
    /// or throws a `RuntimeError` naming the function.
    public let body: @Sendable (BuiltinCall) throws -> [Value]

    /// Creates a built-in from its name, help text and body.
    public init(name: String, help: String, body: @escaping @Sendable (BuiltinCall) throws -> [Value]) {
        self.name = name
        self.help = help
        self.body = body
    }
}

/// One call of a built-in: the arguments, how many outputs the caller wants, and the interpreter.
public struct BuiltinCall {
    /// The name the built-in was called by.
    public let name: String
    /// The input values; name=value arguments arrive as `"Name", value` pairs.
    public let arguments: [Value]
    /// The number of outputs requested; 0 when called as a statement.
    public let nargout: Int
    /// The running interpreter.
    public let context: any BuiltinContext

    /// Creates a call record.
    public init(name: String, arguments: [Value], nargout: Int, context: any BuiltinContext) {
        self.name = name
        self.arguments = arguments
        self.nargout = nargout
        self.context = context
    }
}

/// What a built-in may ask of the running interpreter; the evaluator conforms.
public protocol BuiltinContext: AnyObject {
    /// Calls a function handle, or a function named by text (`cellfun('isempty', c)`), with the
    /// arguments, returning `nargout` outputs (used by `cellfun` and `arrayfun`).
    func call(_ function: Value, arguments: [Value], nargout: Int) throws -> [Value]
    /// Writes text to the command window (`disp`, `fprintf`, `display`).
    func write(_ text: String)
    /// The random generator behind `rand`, `randn`, `randi` and `rng`.
    var random: any RandomSource { get }
    /// The current `format` setting, read by `disp` and `display` and set by `format`.
    var displayFormat: DisplayFormat { get set }
    /// Whether a workspace variable of that name exists (`exist`).
    func variableExists(_ name: String) -> Bool
    /// Whether a function of that name can be called: built-in, script-local or on the path (`exist`).
    func functionExists(_ name: String) -> Bool
}
