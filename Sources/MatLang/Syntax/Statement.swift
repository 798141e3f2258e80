/// A statement node: what it does, where it starts, and whether its result is displayed.
public struct Statement: Sendable {
    /// The statement's kind and children.
    public let kind: Kind
    /// Where the statement starts.
    public let location: SourceLocation

    /// Creates a statement node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The kinds of statement.
    public indirect enum Kind: Sendable {
        /// An expression evaluated for its value or effect; `display` is false after `;`.
        case expression(Expression, display: Bool)
        /// `target = value` or `[a, ~, c] = value`; `display` is false after `;`.
        case assignment([AssignmentTarget], Expression, display: Bool)
        /// `if` with its `elseif` branches, then an optional `else`.
        case `if`(branches: [(condition: Expression, body: [Statement])], otherwise: [Statement]?)
        /// `for variable = values`, iterating over the columns of `values`.
        case `for`(variable: Variable, values: Expression, body: [Statement])
        /// `while condition`.
        case `while`(condition: Expression, body: [Statement])
        /// `switch subject`, with `case` values (a cell matches any of its elements) and `otherwise`.
        case `switch`(subject: Expression, cases: [(value: Expression, body: [Statement])], otherwise: [Statement]?)
        /// `try … catch err … end`; `errorVariable` is bound to a struct with `message` and `identifier`.
        case `try`(body: [Statement], errorVariable: Variable?, handler: [Statement])
        /// `break`.
        case `break`
        /// `continue`.
        case `continue`
        /// `return`.
        case `return`
    }
}

/// One target on the left of `=`.
public enum AssignmentTarget: Sendable {
    /// `~`: the output is discarded.
    case ignored
    /// A variable, possibly with an indexing path (`a.b(2).c{3}`).
    case variable(Variable, path: [Accessor], at: SourceLocation)
}

/// One step of an indexing path on the left of `=`.
public enum Accessor: Sendable {
    /// `(args)`.
    case paren([Expression])
    /// `{args}`.
    case brace([Expression])
    /// `.name`.
    case field(String)
    /// `.(expr)`.
    case dynamicField(Expression)
}

/// A `function` definition: a function file's main function or a local function.
///
/// A class, as every call refers to its definition: a struct of seven shared parts took seven
/// reference counts each time a call passed it on.
public final class FunctionDefinition: Sendable {
    /// The function's name.
    public let name: String
    /// Input parameters (the last may be `varargin`), slots in `symbols`.
    public let parameters: [Variable]
    /// Output variables (the last may be `varargout`), slots in `symbols`.
    public let outputs: [Variable]
    /// The body.
    public let body: [Statement]
    /// The function's symbol table.
    public let symbols: [String]
    /// Where `function` is written.
    public let location: SourceLocation

    /// Creates a definition.
    public init(name: String, parameters: [Variable], outputs: [Variable], body: [Statement],
                symbols: [String], location: SourceLocation) {
        self.name = name
        self.parameters = parameters
        self.outputs = outputs
        self.body = body
        self.symbols = symbols
        self.location = location
    }
}

/// A parsed unit of source: a script (or REPL line) with its local functions, or a function file.
public struct Program: Sendable {
    /// The file name given to the parser.
    public let file: String
    /// The top-level statements (empty for a function file).
    public let statements: [Statement]
    /// Local functions, in source order (a function file's main function first).
    public let functions: [FunctionDefinition]
    /// The top-level symbol table.
    public let symbols: [String]
    /// Whether the source is a function file (its first code is `function`).
    public let isFunctionFile: Bool
}
