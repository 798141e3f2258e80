extension Parser {
    /// Parses an expression (the lowest precedence level, `||`).
    mutating func parseExpression() throws(ParseError) -> Expression {
        try deeper()
        defer { expressionDepth -= 1 }
        return try parseShortOr()
    }

    /// Counts one level of nesting (a bracketed expression, a prefix operator, a block),
    /// refusing input nested deeper than the parser's limit.
    mutating func deeper() throws(ParseError) {
        expressionDepth += 1
        if expressionDepth > Parser.maximumExpressionDepth {
            throw .nestingTooDeep(limit: Parser.maximumExpressionDepth, at: peek.location)
        }
    }

    /// Counts one more link of an operator chain (`a + b + c`, `x''`, `s.a.b`, `f(1)(2)`): each
    /// link nests the tree one level deeper, and evaluating it recurses that deep. `links` counts
    /// the caller's links, which it gives back with ``release(_:)`` when it returns.
    private mutating func link(_ links: inout Int) throws(ParseError) {
        links += 1
        chainDepth += 1
        if chainDepth > Parser.maximumChainDepth {
            throw .nestingTooDeep(limit: Parser.maximumChainDepth, at: peek.location)
        }
    }

    private mutating func release(_ links: Int) {
        chainDepth -= links
    }

    private mutating func parseShortOr() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseShortAnd()
        while check(.shortOr) {
            advance()
            try link(&links)
            let right = try parseShortAnd()
            left = Expression(.shortCircuitOr(left, right), at: left.location)
        }
        return left
    }

    private mutating func parseShortAnd() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseElementOr()
        while check(.shortAnd) {
            advance()
            try link(&links)
            let right = try parseElementOr()
            left = Expression(.shortCircuitAnd(left, right), at: left.location)
        }
        return left
    }

    private mutating func parseElementOr() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseElementAnd()
        while check(.or) {
            advance()
            try link(&links)
            left = Expression(.binary(.or, left, try parseElementAnd()), at: left.location)
        }
        return left
    }

    private mutating func parseElementAnd() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseComparison()
        while check(.and) {
            advance()
            try link(&links)
            left = Expression(.binary(.and, left, try parseComparison()), at: left.location)
        }
        return left
    }

    private static let comparisons: [Symbol: BinaryOperator] = [
        .equal: .eq, .notEqual: .ne, .less: .lt, .lessEqual: .le, .greater: .gt, .greaterEqual: .ge,
    ]

    private mutating func parseComparison() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseRange()
        while case .symbol(let symbol) = peek.kind, let op = Self.comparisons[symbol] {
            advance()
            try link(&links)
            left = Expression(.binary(op, left, try parseRange()), at: left.location)
        }
        return left
    }

    private mutating func parseRange() throws(ParseError) -> Expression {
        let start = try parseAdditive()
        guard check(.colon), !colonEndsArgument(offset: 1) else { return start }
        advance()
        let second = try parseAdditive()
        if check(.colon) && !colonEndsArgument(offset: 1) {
            advance()
            let third = try parseAdditive()
            return Expression(.range(start: start, step: second, stop: third), at: start.location)
        }
        return Expression(.range(start: start, step: nil, stop: second), at: start.location)
    }

    /// A `:` followed by `,` or a closing bracket cannot start a range operand.
    private func colonEndsArgument(offset: Int) -> Bool {
        switch peek(at: offset).kind {
        case .symbol(.comma), .symbol(.rightParen), .symbol(.rightBrace), .symbol(.rightBracket): return true
        default: return false
        }
    }

    private mutating func parseAdditive() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseMultiplicative()
        while case .symbol(let symbol) = peek.kind, symbol == .plus || symbol == .minus {
            advance()
            try link(&links)
            let right = try parseMultiplicative()
            left = Expression(.binary(symbol == .plus ? .plus : .minus, left, right), at: left.location)
        }
        return left
    }

    private static let multiplicative: [Symbol: BinaryOperator] = [
        .times: .mtimes, .divide: .mrdivide, .leftDivide: .mldivide,
        .elementTimes: .times, .elementDivide: .rdivide, .elementLeftDivide: .ldivide,
    ]

    private mutating func parseMultiplicative() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parseUnary()
        while case .symbol(let symbol) = peek.kind, let op = Self.multiplicative[symbol] {
            advance()
            try link(&links)
            left = Expression(.binary(op, left, try parseUnary()), at: left.location)
        }
        return left
    }

    private mutating func parseUnary() throws(ParseError) -> Expression {
        let token = peek
        let op: UnaryOperator?
        switch token.kind {
        case .symbol(.minus): op = .negate
        case .symbol(.plus): op = .plus
        case .symbol(.not): op = .not
        default: op = nil
        }
        guard let op else { return try parsePower() }
        advance()
        try deeper()
        defer { expressionDepth -= 1 }
        return Expression(.unary(op, try parseUnary()), at: token.location)
    }

    private mutating func parsePower() throws(ParseError) -> Expression {
        var links = 0
        defer { release(links) }
        var left = try parsePostfix()
        while case .symbol(let symbol) = peek.kind, symbol == .power || symbol == .elementPower {
            advance()
            try link(&links)
            let right = try parsePowerOperand()
            left = Expression(.binary(symbol == .power ? .mpower : .power, left, right), at: left.location)
        }
        return left
    }

    /// The right operand of `^` may carry its own sign (`2^-1`).
    private mutating func parsePowerOperand() throws(ParseError) -> Expression {
        let token = peek
        switch token.kind {
        case .symbol(.minus), .symbol(.plus), .symbol(.not):
            advance()
            try deeper()
            defer { expressionDepth -= 1 }
            let op: UnaryOperator = token.kind == .symbol(.minus) ? .negate : (token.kind == .symbol(.plus) ? .plus : .not)
            return Expression(.unary(op, try parsePowerOperand()), at: token.location)
        default:
            return try parsePostfix()
        }
    }

    /// A primary followed by any chain of `(…)`, `{…}`, `.name`, `.(expr)`, `'` and `.'`.
    ///
    /// As in MATLAB, only names, fields and brace-indexed cells can be indexed: `(…)` directly
    /// after `(…)` (`zeros(2)(1)`), or `(…)`/`{…}` after a literal, a bracket or a transpose
    /// (`[1 2 3](2)`, `x'(1)`), is a syntax error rather than the indexing Octave allows.
    mutating func parsePostfix() throws(ParseError) -> Expression {
        var expression = try parsePrimary()
        var parenAllowed: Bool
        if case .name = expression.kind { parenAllowed = true } else { parenAllowed = false }
        var braceAllowed = parenAllowed
        var links = 0
        defer { release(links) }
        while true {
            if Self.isPostfixOperator(peek.kind) { try link(&links) }
            switch peek.kind {
            case .symbol(.leftParen):
                guard parenAllowed else { throw unexpected(Self.indexingRule) }
                advance()
                let arguments = try parseArguments(closing: .rightParen)
                expression = Expression(.call(expression, arguments: arguments), at: expression.location)
                parenAllowed = false
                braceAllowed = true
            case .symbol(.leftBrace):
                guard braceAllowed else { throw unexpected(Self.indexingRule) }
                advance()
                let arguments = try parseArguments(closing: .rightBrace)
                expression = Expression(.cellIndex(expression, arguments: arguments), at: expression.location)
                parenAllowed = true
                braceAllowed = true
            case .symbol(.dot):
                parenAllowed = true
                braceAllowed = true
                advance()
                if match(.leftParen) {
                    let name = try parseExpression()
                    try expect(.rightParen, "')'")
                    expression = Expression(.dynamicField(expression, name: name), at: expression.location)
                } else if case .identifier(let name) = peek.kind {
                    advance()
                    expression = Expression(.field(expression, name: name), at: expression.location)
                } else if case .keyword(let word) = peek.kind {
                    advance()
                    expression = Expression(.field(expression, name: word.rawValue), at: expression.location)
                } else {
                    throw unexpected("a field name after '.'")
                }
            case .symbol(.transpose):
                advance()
                expression = Expression(.transpose(expression, conjugate: true), at: expression.location)
                parenAllowed = false
                braceAllowed = false
            case .symbol(.dotTranspose):
                advance()
                expression = Expression(.transpose(expression, conjugate: false), at: expression.location)
                parenAllowed = false
                braceAllowed = false
            default:
                return expression
            }
        }
    }

    /// What the parser expects instead of an index MATLAB does not allow.
    static let indexingRule = "an operator: MATLAB indexes only variables, functions, fields and cell contents, "
        + "and '()' must be the last index (assign the result to a variable first)"

    /// Whether `kind` continues a postfix chain.
    private static func isPostfixOperator(_ kind: TokenKind) -> Bool {
        switch kind {
        case .symbol(.leftParen), .symbol(.leftBrace), .symbol(.dot), .symbol(.transpose), .symbol(.dotTranspose):
            return true
        default:
            return false
        }
    }

    /// Parses index or call arguments up to `closing`: `:` alone, `end` inside, and `Name=value`
    /// (which becomes the two arguments `"Name", value`).
    private mutating func parseArguments(closing: Symbol) throws(ParseError) -> [Expression] {
        indexDepth += 1
        defer { indexDepth -= 1 }
        var arguments: [Expression] = []
        skipNewlines()
        if match(closing) { return arguments }
        while true {
            skipNewlines()
            let token = peek
            if check(.colon) && colonEndsArgument(offset: 1) {
                advance()
                arguments.append(Expression(.colonAll, at: token.location))
            } else if case .identifier(let name) = token.kind, peek(at: 1).kind == .symbol(.assign) {
                advance()
                advance()
                arguments.append(Expression(.string(name), at: token.location))
                arguments.append(try parseExpression())
            } else {
                arguments.append(try parseExpression())
            }
            skipNewlines()
            if match(closing) { return arguments }
            try expect(.comma, "',' or '\(closing.rawValue)'")
        }
    }

    private mutating func parsePrimary() throws(ParseError) -> Expression {
        let token = peek
        switch token.kind {
        case .number(let value):
            advance()
            return Expression(.number(value), at: token.location)
        case .string(let text):
            advance()
            return Expression(.string(text), at: token.location)
        case .charVector(let text):
            advance()
            return Expression(.charVector(text), at: token.location)
        case .identifier(let name):
            advance()
            let callee = Expression(.name(symbols.resolve(name)), at: token.location)
            if case .commandWord = peek.kind {
                var words: [Expression] = []
                while case .commandWord(let word) = peek.kind {
                    words.append(Expression(.charVector(word), at: peek.location))
                    advance()
                }
                return Expression(.call(callee, arguments: words), at: token.location)
            }
            return callee
        case .keyword(.end) where indexDepth > 0:
            advance()
            return Expression(.end, at: token.location)
        case .symbol(.leftParen):
            advance()
            let outerIndexDepth = indexDepth
            indexDepth = 0
            defer { indexDepth = outerIndexDepth }
            skipNewlines()
            let inner = try parseExpression()
            skipNewlines()
            try expect(.rightParen, "')'")
            return inner
        case .symbol(.leftBracket):
            advance()
            return Expression(.matrix(try parseRows(closing: .rightBracket)), at: token.location)
        case .symbol(.leftBrace):
            advance()
            return Expression(.cellArray(try parseRows(closing: .rightBrace)), at: token.location)
        case .symbol(.at):
            advance()
            return try parseHandle(at: token)
        case .symbol(.colon):
            advance()
            return Expression(.colonAll, at: token.location)
        case .keyword(.end):
            throw .endOutsideIndex(at: token.location)
        default:
            throw unexpected("an expression")
        }
    }

    /// Parses the rows of a `[…]` or `{…}` literal: `,` (or a blank) between elements, `;` or a
    /// newline between rows; empty rows are dropped.
    private mutating func parseRows(closing: Symbol) throws(ParseError) -> [[Expression]] {
        var rows: [[Expression]] = []
        var row: [Expression] = []
        while true {
            switch peek.kind {
            case .symbol(closing):
                advance()
                if !row.isEmpty { rows.append(row) }
                return rows
            case .symbol(.semicolon), .newline:
                advance()
                if !row.isEmpty { rows.append(row) }
                row = []
            case .symbol(.comma):
                advance()
            case .eof:
                throw unexpected("'\(closing.rawValue)'")
            default:
                row.append(try parseExpression())
            }
        }
    }

    /// Parses `@name` or `@(params) body` after the `@`.
    private mutating func parseHandle(at start: Token) throws(ParseError) -> Expression {
        if case .identifier(var name) = peek.kind {
            advance()
            while check(.dot), case .identifier(let part) = peek(at: 1).kind {
                advance()
                advance()
                name += "." + part
            }
            return Expression(.functionHandle(name), at: start.location)
        }
        try expect(.leftParen, "a function name or '(' after '@'")
        let outer = symbols
        let outerIndexDepth = indexDepth
        symbols = SymbolTable(parent: outer)
        indexDepth = 0
        defer {
            symbols = outer
            indexDepth = outerIndexDepth
        }
        var parameters: [Variable] = []
        while !check(.rightParen) {
            if match(.comma) { continue }
            if match(.not) {
                parameters.append(symbols.declare("~\(parameters.count)"))
                continue
            }
            guard case .identifier(let name) = peek.kind else { throw unexpected("a parameter name") }
            advance()
            parameters.append(symbols.declare(name))
            guard check(.comma) || check(.rightParen) else { throw unexpected("',' or ')'") }
        }
        advance()
        let bodyStart = current
        let body = try parseExpression()
        let text = "@(" + parameters.map { $0.name.hasPrefix("~") ? "~" : $0.name }.joined(separator: ",") + ")"
            + sourceText(from: bodyStart, to: current)
        let function = AnonymousFunction(parameters: parameters, body: body, symbols: symbols.names,
                                         captures: symbols.captures, text: text)
        return Expression(.anonymousFunction(function), at: start.location)
    }

    /// Rebuilds source text from tokens `[from, to)` as MATLAB shows an anonymous function:
    /// without spaces, elements inside brackets separated by `,` and rows by `;`
    /// (`@(x) [x 1] + 2` shows as `@(x)[x,1]+2`).
    func sourceText(from: Int, to: Int) -> String {
        var text = ""
        for index in from..<to {
            let token = tokens[index]
            switch token.kind {
            case .symbol(.comma) where token.lexeme.isEmpty: text += ","
            case .newline: text += ";"
            default: text += token.lexeme
            }
        }
        return text
    }
}
