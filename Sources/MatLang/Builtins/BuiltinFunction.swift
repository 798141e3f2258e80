/// A function callable from MatLang code by name, with its `help NAME` text beside it.
public struct BuiltinFunction: Sendable {
    /// The name MatLang code calls it by (`zeros`, `histcounts`).
    public let name: String
    /// The text `help NAME` shows: a summary line, the syntax forms, an example.
    public let help: String
    /// Computes the outputs; returns at least `max(nargout, 1)` values when it has that many,
    /// or throws a `RuntimeError` naming the function.
    public let body: @Sendable (BuiltinCall) throws -> [Value]
    /// For a built-in that returns updated copies of some of its arguments
    /// (`[net, avgG] = adamupdate(net, grad, avgG, …)`), its body, which may take those
    /// arguments out of the call (``BuiltinCall/take(_:)``) to update them in place. When a
    /// statement assigns such an argument back to the variable it came from, the interpreter
    /// lends the variable to the call: the call then holds the only reference, and nothing is
    /// copied.
    ///
    /// Such a body must not call back into the program (the lent variables are missing from the
    /// workspace while it runs), must refuse more outputs than it returns before it takes
    /// anything, and must take an argument only once nothing can fail, or give it back
    /// (``BuiltinCall/giveBack(_:_:)``) before throwing: a failed call leaves each lent variable
    /// with what the call holds at that position.
    public let updatingBody: (@Sendable (inout BuiltinCall) throws -> [Value])?
    /// For a built-in whose last arguments may be a whole cell's contents (`cat(dim, c{:})`),
    /// its body taking them as they lie in the cell: the call holds the other arguments, and the
    /// contents come as a slice of the cell's own storage instead of being copied one by one
    /// into the argument list (a mini-batch function's `cat(4, XCell{1:end})` over 128
    /// observations). It must give what ``body`` gives for the same arguments.
    public let cellContentsBody: (@Sendable (BuiltinCall, ArraySlice<Value>) throws -> [Value])?

    /// Creates a built-in from its name, help text and body.
    public init(name: String, help: String, body: @escaping @Sendable (BuiltinCall) throws -> [Value]) {
        self.name = name
        self.help = help
        self.body = body
        self.updatingBody = nil
        self.cellContentsBody = nil
    }

    /// Creates a built-in that may also take a cell's contents as they lie (see
    /// ``cellContentsBody``).
    public init(name: String, help: String, body: @escaping @Sendable (BuiltinCall) throws -> [Value],
                cellContents: @escaping @Sendable (BuiltinCall, ArraySlice<Value>) throws -> [Value]) {
        self.name = name
        self.help = help
        self.body = body
        self.updatingBody = nil
        self.cellContentsBody = cellContents
    }

    /// Creates a built-in named `name` that may update arguments it returns in place (see
    /// ``updatingBody``).
    public init(updating name: String, help: String, body: @escaping @Sendable (inout BuiltinCall) throws -> [Value]) {
        self.name = name
        self.help = help
        self.body = { call in
            var copy = call
            return try body(&copy)
        }
        self.updatingBody = body
        self.cellContentsBody = nil
    }
}

/// One call of a built-in: the arguments, how many outputs the caller wants, and the interpreter.
public struct BuiltinCall {
    /// The name the built-in was called by.
    public let name: String
    /// The input values; name=value arguments arrive as `"Name", value` pairs.
    public private(set) var arguments: [Value]
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

    /// Takes argument `k` out of the call, leaving `[]` in its place. When the call holds the
    /// only reference to the value (a variable lent by the interpreter, see
    /// ``BuiltinFunction/updatingBody``), so does the caller now, and it can update the value in
    /// place; otherwise the value is shared and the first change copies it.
    public mutating func take(_ k: Int) -> Value {
        var value = Value.empty
        swap(&value, &arguments[k])
        return value
    }

    /// Puts a taken argument back, for a built-in about to throw: the interpreter restores a
    /// lent variable from it.
    public mutating func giveBack(_ k: Int, _ value: Value) {
        arguments[k] = value
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
