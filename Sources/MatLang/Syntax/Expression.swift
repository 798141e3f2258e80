/// A name in source, with the slot the parser gave it in its unit's symbol table.
///
/// Each unit (a script or REPL line, a function, an anonymous function) numbers its names from 0,
/// so the evaluator reaches a variable by array index instead of hashing its name every time.
public struct Variable: Sendable, Hashable {
    /// The name as written.
    public let name: String
    /// The index of the name in the enclosing unit's `symbols`.
    public let slot: Int

    /// Creates a variable reference.
    public init(name: String, slot: Int) {
        self.name = name
        self.slot = slot
    }
}

/// An expression node: what it is and where it starts.
public struct Expression: Sendable {
    /// The node's kind and children.
    public let kind: Kind
    /// Where the expression starts in the source.
    public let location: SourceLocation

    /// Creates an expression node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// Whether the node is `:` or `1:end`, which as the only subscript name every element in
    /// linear order.
    public var isAllInOrder: Bool {
        switch kind {
        case .colonAll: return true
        case .range(let start, nil, let stop):
            guard case .number(1) = start.kind, case .end = stop.kind else { return false }
            return true
        default: return false
        }
    }

    /// Whether the node is a name, a literal or a lone `:`: nothing inside it to evaluate, and
    /// no `end`.
    public var isLeaf: Bool {
        switch kind {
        case .number, .string, .charVector, .name, .colonAll: true
        default: false
        }
    }

    /// The kinds of expression.
    public indirect enum Kind: Sendable {
        /// A numeric literal.
        case number(Double)
        /// A `"string"` literal (a 1×1 string).
        case string(String)
        /// A `'char vector'` literal.
        case charVector(String)
        /// A name: a variable if one is defined, else a function called with no arguments.
        case name(Variable)
        /// A lone `:` inside an index (every element along that dimension).
        case colonAll
        /// `end` inside an index: the extent of the dimension being indexed.
        case end
        /// A prefix operator applied to an operand.
        case unary(UnaryOperator, Expression)
        /// An element-wise or matrix binary operator.
        case binary(BinaryOperator, Expression, Expression)
        /// `a && b`, evaluating `b` only when `a` is true.
        case shortCircuitAnd(Expression, Expression)
        /// `a || b`, evaluating `b` only when `a` is false.
        case shortCircuitOr(Expression, Expression)
        /// `start:stop` or `start:step:stop`.
        case range(start: Expression, step: Expression?, stop: Expression)
        /// `a'` (complex-conjugate transpose) or `a.'`.
        case transpose(Expression, conjugate: Bool)
        /// `a(args)`: indexing a variable or calling a function.
        case call(Expression, arguments: [Expression])
        /// `c{args}`: brace indexing of a cell array, producing a comma-separated list.
        case cellIndex(Expression, arguments: [Expression])
        /// `s.name`.
        case field(Expression, name: String)
        /// `s.(expr)`.
        case dynamicField(Expression, name: Expression)
        /// `[a b; c d]`: rows of elements, concatenated horizontally then vertically.
        case matrix([[Expression]])
        /// `{a b; c d}`: a cell array literal.
        case cellArray([[Expression]])
        /// `@(x) body`.
        case anonymousFunction(AnonymousFunction)
        /// `@name`.
        case functionHandle(String)
    }
}

/// An anonymous function literal: its parameters, body, its own symbol table and what it captures.
public struct AnonymousFunction: Sendable {
    /// The parameter names, slots in `symbols`.
    public let parameters: [Variable]
    /// The body expression.
    public let body: Expression
    /// The body's symbol table (parameters first).
    public let symbols: [String]
    /// Names the body uses that are not parameters: `inner` slot in `symbols`, `outer` variable
    /// in the enclosing unit whose value is copied when the handle is created.
    public let captures: [(inner: Int, outer: Variable)]
    /// The source text as MATLAB displays it (`@(x) x.^2`).
    public let text: String
}
