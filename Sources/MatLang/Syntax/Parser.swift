/// Builds the syntax tree of a MatLang unit from tokens (recursive descent, one method per rule).
///
/// Statements: see `Parser+Statements.swift`; expressions, by increasing precedence
/// (`||`, `&&`, `|`, `&`, comparisons, `:`, `+ -`, `* / \ .* ./ .\`, unary `- + ~`, `^ .^`,
/// postfix `'` `.'` and indexing): see `Parser+Expressions.swift`.
public struct Parser {
    let tokens: [Token]
    let file: String
    var current = 0
    var symbols: SymbolTable
    var indexDepth = 0
    var loopDepth = 0
    var expressionDepth = 0
    var chainDepth = 0
    static let maximumExpressionDepth = 200
    static let maximumChainDepth = 1000

    /// Creates a parser over tokens from `Lexer`.
    public init(tokens: [Token], file: String) {
        self.tokens = tokens
        self.file = file
        self.symbols = SymbolTable()
    }

    /// Lexes and parses `source` into a program.
    public static func parse(_ source: String, file: String = "<repl>") throws(ParseError) -> Program {
        let tokens = try Lexer.tokenize(source, file: file)
        var parser = Parser(tokens: tokens, file: file)
        return try parser.parseProgram()
    }

    /// Parses the whole token stream: top-level statements, then local functions.
    public mutating func parseProgram() throws(ParseError) -> Program {
        skipSeparators()
        let isFunctionFile = check(.keyword(.function))
        var statements: [Statement] = []
        var functions: [FunctionDefinition] = []
        while !isAtEnd {
            if check(.keyword(.function)) {
                functions.append(try parseFunction())
            } else {
                if let statement = try parseStatement() { statements.append(statement) }
            }
            skipSeparators()
        }
        return Program(file: file, statements: statements, functions: functions,
                       symbols: symbols.names, isFunctionFile: isFunctionFile)
    }

    // MARK: - Token helpers

    var peek: Token { tokens[current] }
    var isAtEnd: Bool { peek.kind == .eof }

    func peek(at offset: Int) -> Token {
        tokens[min(current + offset, tokens.count - 1)]
    }

    func check(_ kind: TokenKind) -> Bool { peek.kind == kind }

    func check(_ symbol: Symbol) -> Bool { peek.kind == .symbol(symbol) }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[current]
        if token.kind != .eof { current += 1 }
        return token
    }

    mutating func match(_ symbol: Symbol) -> Bool {
        guard check(symbol) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expect(_ symbol: Symbol, _ expected: String) throws(ParseError) -> Token {
        guard check(symbol) else { throw unexpected(expected) }
        return advance()
    }

    func unexpected(_ expected: String) -> ParseError {
        .unexpectedToken(found: peek.kind.displayName, expected: expected, at: peek.location)
    }

    /// Skips newlines, `;` and `,` between statements.
    mutating func skipSeparators() {
        while case .newline = peek.kind { advance() }
        while check(.semicolon) || check(.comma) || peek.kind == .newline { advance() }
    }

    mutating func skipNewlines() {
        while peek.kind == .newline { advance() }
    }
}
