extension Parser {
    /// Parses statements until one of `terminators` (not consumed) or the end of input.
    mutating func parseBlock(until terminators: Set<Keyword>) throws(ParseError) -> [Statement] {
        try deeper()
        defer { expressionDepth -= 1 }
        var statements: [Statement] = []
        skipSeparators()
        while !isAtEnd {
            if case .keyword(let keyword) = peek.kind, terminators.contains(keyword) { break }
            if let statement = try parseStatement() { statements.append(statement) }
            skipSeparators()
        }
        return statements
    }

    /// Consumes the `end` closing a construct opened at `opened`.
    mutating func expectEnd(_ construct: String, opened: SourceLocation) throws(ParseError) {
        guard check(.keyword(.end)) else {
            if isAtEnd { throw .missingEnd(construct: construct, opened: opened, at: peek.location) }
            throw unexpected("'end'")
        }
        advance()
    }

    /// Parses one statement; `nil` for an empty one.
    mutating func parseStatement() throws(ParseError) -> Statement? {
        let start = peek
        switch start.kind {
        case .keyword(let keyword):
            return try parseKeywordStatement(keyword, at: start.location)
        case .symbol(.leftBracket) where isMultipleAssignment():
            return try parseMultipleAssignment()
        default:
            break
        }
        let expression = try parseExpression()
        if check(.assign) {
            let target = try assignmentTarget(from: expression)
            advance()
            let value = try parseExpression()
            return Statement(.assignment([target], value, display: try endStatement()), at: start.location)
        }
        return Statement(.expression(expression, display: try endStatement()), at: start.location)
    }

    /// Consumes a statement terminator; returns whether the result is displayed (no `;`).
    mutating func endStatement() throws(ParseError) -> Bool {
        switch peek.kind {
        case .symbol(.semicolon):
            advance()
            return false
        case .symbol(.comma), .newline:
            advance()
            return true
        case .eof, .keyword:
            return true
        default:
            throw unexpected("end of statement (newline, ';' or ',')")
        }
    }

    private mutating func parseKeywordStatement(_ keyword: Keyword, at location: SourceLocation) throws(ParseError) -> Statement? {
        switch keyword {
        case .if: return try parseIf(at: location)
        case .for, .parfor: return try parseFor(at: location)
        case .while: return try parseWhile(at: location)
        case .switch: return try parseSwitch(at: location)
        case .try: return try parseTry(at: location)
        case .break, .continue:
            advance()
            guard loopDepth > 0 else { throw .outsideLoop(keyword: keyword.rawValue, at: location) }
            _ = try endStatement()
            return Statement(keyword == .break ? .break : .continue, at: location)
        case .return:
            advance()
            _ = try endStatement()
            return Statement(.return, at: location)
        case .global, .persistent:
            throw .unsupported(feature: keyword.rawValue, at: location)
        case .end:
            throw .endOutsideIndex(at: location)
        case .function:
            throw unexpected("a statement ('function' cannot appear inside a block)")
        case .elseif, .else, .case, .otherwise, .catch:
            throw .unexpectedToken(found: "'\(keyword.rawValue)'", expected: "a statement", at: location)
        }
    }

    private mutating func parseIf(at location: SourceLocation) throws(ParseError) -> Statement {
        advance()
        var branches: [(condition: Expression, body: [Statement])] = []
        var otherwise: [Statement]?
        let condition = try parseExpression()
        branches.append((condition, try parseBlock(until: [.elseif, .else, .end])))
        while true {
            if check(.keyword(.elseif)) {
                advance()
                let condition = try parseExpression()
                branches.append((condition, try parseBlock(until: [.elseif, .else, .end])))
            } else if check(.keyword(.else)) {
                advance()
                otherwise = try parseBlock(until: [.end])
            } else {
                break
            }
        }
        try expectEnd("if", opened: location)
        return Statement(.if(branches: branches, otherwise: otherwise), at: location)
    }

    private mutating func parseFor(at location: SourceLocation) throws(ParseError) -> Statement {
        advance()
        let parenthesized = match(.leftParen)
        guard case .identifier(let name) = peek.kind else { throw unexpected("a loop variable name") }
        advance()
        let variable = symbols.resolve(name)
        try expect(.assign, "'='")
        let values = try parseExpression()
        if parenthesized { try expect(.rightParen, "')'") }
        loopDepth += 1
        let body = try parseBlock(until: [.end])
        loopDepth -= 1
        try expectEnd("for", opened: location)
        return Statement(.for(variable: variable, values: values, body: body), at: location)
    }

    private mutating func parseWhile(at location: SourceLocation) throws(ParseError) -> Statement {
        advance()
        let condition = try parseExpression()
        loopDepth += 1
        let body = try parseBlock(until: [.end])
        loopDepth -= 1
        try expectEnd("while", opened: location)
        return Statement(.while(condition: condition, body: body), at: location)
    }

    private mutating func parseSwitch(at location: SourceLocation) throws(ParseError) -> Statement {
        advance()
        let subject = try parseExpression()
        skipSeparators()
        var cases: [(value: Expression, body: [Statement])] = []
        var otherwise: [Statement]?
        while true {
            if check(.keyword(.case)) {
                advance()
                let value = try parseExpression()
                cases.append((value, try parseBlock(until: [.case, .otherwise, .end])))
            } else if check(.keyword(.otherwise)) {
                advance()
                otherwise = try parseBlock(until: [.case, .otherwise, .end])
            } else {
                break
            }
        }
        try expectEnd("switch", opened: location)
        return Statement(.switch(subject: subject, cases: cases, otherwise: otherwise), at: location)
    }

    private mutating func parseTry(at location: SourceLocation) throws(ParseError) -> Statement {
        advance()
        let body = try parseBlock(until: [.catch, .end])
        var errorVariable: Variable?
        var handler: [Statement] = []
        if check(.keyword(.catch)) {
            advance()
            if case .identifier(let name) = peek.kind {
                let after = peek(at: 1).kind
                if after == .newline || after == .eof || after == .symbol(.semicolon) || after == .symbol(.comma) {
                    advance()
                    errorVariable = symbols.resolve(name)
                }
            }
            handler = try parseBlock(until: [.end])
        }
        try expectEnd("try", opened: location)
        return Statement(.try(body: body, errorVariable: errorVariable, handler: handler), at: location)
    }

    /// Whether a statement starting with `[` is `[a, b] = …` (the matching `]` is followed by `=`).
    private func isMultipleAssignment() -> Bool {
        var depth = 0
        var index = current
        while index < tokens.count {
            switch tokens[index].kind {
            case .symbol(.leftBracket), .symbol(.leftParen), .symbol(.leftBrace): depth += 1
            case .symbol(.rightBracket), .symbol(.rightParen), .symbol(.rightBrace):
                depth -= 1
                if depth == 0 {
                    return index + 1 < tokens.count && tokens[index + 1].kind == .symbol(.assign)
                }
            case .eof: return false
            default: break
            }
            index += 1
        }
        return false
    }

    private mutating func parseMultipleAssignment() throws(ParseError) -> Statement {
        let location = advance().location
        var targets: [AssignmentTarget] = []
        while !check(.rightBracket) {
            if match(.comma) || peek.kind == .newline { if peek.kind == .newline { advance() }; continue }
            if check(.not) {
                advance()
                targets.append(.ignored)
                continue
            }
            let expression = try parsePostfix()
            targets.append(try assignmentTarget(from: expression))
        }
        advance()
        try expect(.assign, "'='")
        let value = try parseExpression()
        return Statement(.assignment(targets, value, display: try endStatement()), at: location)
    }

    /// Turns a parsed expression on the left of `=` into an assignment target.
    func assignmentTarget(from expression: Expression) throws(ParseError) -> AssignmentTarget {
        var path: [Accessor] = []
        var node = expression
        while true {
            switch node.kind {
            case .name(let variable):
                return .variable(variable, path: path.reversed(), at: expression.location)
            case .call(let base, let arguments):
                path.append(.paren(arguments))
                node = base
            case .cellIndex(let base, let arguments):
                path.append(.brace(arguments))
                node = base
            case .field(let base, let name):
                path.append(.field(name))
                node = base
            case .dynamicField(let base, let name):
                path.append(.dynamicField(name))
                node = base
            default:
                throw .invalidAssignmentTarget(at: node.location)
            }
        }
    }

    /// Parses `function [outs] = name(params) … [end]`.
    mutating func parseFunction() throws(ParseError) -> FunctionDefinition {
        let location = advance().location
        let outer = symbols
        let outerLoopDepth = loopDepth
        symbols = SymbolTable()
        loopDepth = 0
        defer {
            symbols = outer
            loopDepth = outerLoopDepth
        }
        var outputs: [Variable] = []
        var name: String
        if match(.leftBracket) {
            while !check(.rightBracket) {
                if match(.comma) { continue }
                guard case .identifier(let output) = peek.kind else { throw unexpected("an output name") }
                advance()
                outputs.append(symbols.declare(output))
            }
            advance()
            try expect(.assign, "'='")
            name = try functionName()
        } else {
            let first = try functionName()
            if match(.assign) {
                outputs.append(symbols.declare(first))
                name = try functionName()
            } else {
                name = first
            }
        }
        var parameters: [Variable] = []
        if match(.leftParen) {
            while !check(.rightParen) {
                if match(.comma) { continue }
                if match(.not) {
                    parameters.append(symbols.declare("~\(parameters.count)"))
                    continue
                }
                guard case .identifier(let parameter) = peek.kind else { throw unexpected("a parameter name") }
                advance()
                parameters.append(symbols.declare(parameter))
            }
            advance()
        }
        let body = try parseBlock(until: [.end, .function])
        if check(.keyword(.end)) { advance() }
        return FunctionDefinition(name: name, parameters: parameters, outputs: outputs, body: body,
                                  symbols: symbols.names, location: location)
    }

    private mutating func functionName() throws(ParseError) -> String {
        guard case .identifier(let name) = peek.kind else { throw unexpected("a function name") }
        advance()
        return name
    }
}
