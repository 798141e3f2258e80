/// Turns MatLang source text into tokens, deciding MATLAB's context-sensitive cases as it goes.
///
/// The lexer, not the parser, settles the questions that depend on spacing:
/// - `'` is a transpose after a value (`a'`, `x(1)'`) and a char-vector quote elsewhere; inside
///   `[]`/`{}` a space before it makes it a quote (`[a 'b']`).
/// - Inside `[]`/`{}`, whitespace between two values separates elements: a synthetic `,` is
///   emitted (`[1 -2]` is two elements, `[1 - 2]` and `[1 -  2]` are one, `[a' b']` two); the
///   space between an anonymous function's parameters and its body separates nothing
///   (`{@(x) x.^2, @(x) -x}` is two elements).
/// - Command syntax: a name at the start of a statement followed by a space and a word-like
///   argument (`hold on`, `clear x y`, `print -dsvg`, `disp 'hi'`) yields `.commandWord` tokens.
/// - `...` continues a line; `%` starts a comment; `%{`/`%}` on lines of their own bracket a
///   (nestable) block comment.
public struct Lexer {
    private enum Nest { case paren, anonymousParameters, bracket, brace, indexBrace }

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var nesting: [Nest] = []
    private var tokens: [Token] = []
    private var sawSpace = false
    private var atStatementStart = true
    /// The index in `tokens` of the `)` that closed an anonymous function's parameter list:
    /// the body follows it, so a space after it separates nothing (`{@(x) x+1, 2}`).
    private var anonymousParametersEnd: Int?

    /// Creates a lexer over `source`, naming `file` in every location.
    public init(source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
    }

    /// Lexes the whole source; the last token is always `.eof`.
    public static func tokenize(_ source: String, file: String = "<repl>") throws(ParseError) -> [Token] {
        var lexer = Lexer(source: source, file: file)
        return try lexer.run()
    }

    private var inLiteralBrackets: Bool {
        guard let top = nesting.last else { return false }
        return top == .bracket || top == .brace
    }

    private func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    private func location(at offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }

    private var lastEndsValue: Bool {
        guard let last = tokens.last, anonymousParametersEnd != tokens.count - 1 else { return false }
        switch last.kind {
        case .identifier, .number, .string, .charVector: return true
        case .symbol(let symbol):
            return [.rightParen, .rightBracket, .rightBrace, .transpose, .dotTranspose].contains(symbol)
        case .keyword(.end): return !nesting.isEmpty
        default: return false
        }
    }

    private mutating func emit(_ kind: TokenKind, from start: Int) {
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        tokens.append(Token(kind: kind, lexeme: text, location: location(at: start), spaceBefore: sawSpace))
        sawSpace = false
    }

    /// Inside `[]`/`{}`, emits a synthetic comma when whitespace separates two elements.
    private mutating func separateIfNeeded(startsValue: Bool, at start: Int) {
        guard inLiteralBrackets, sawSpace, startsValue, lastEndsValue else { return }
        tokens.append(Token(kind: .symbol(.comma), lexeme: "", location: location(at: start), spaceBefore: true))
    }

    private mutating func run() throws(ParseError) -> [Token] {
        while position < bytes.count {
            let c = bytes[position]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
                sawSpace = true
            case UInt8(ascii: "\n"):
                lexNewline()
            case UInt8(ascii: "%"):
                try lexComment()
            case UInt8(ascii: ".") where peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: "."):
                skipContinuation()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                separateIfNeeded(startsValue: true, at: position)
                try lexNumber()
            case UInt8(ascii: ".") where isDigit(peek(1)) && (sawSpace || !lastEndsValue):
                separateIfNeeded(startsValue: true, at: position)
                try lexNumber()
            case _ where isIdentifierStart(c):
                try lexWord()
            case UInt8(ascii: "\""):
                separateIfNeeded(startsValue: true, at: position)
                try lexQuoted(quote: c)
            case UInt8(ascii: "'"):
                if lastEndsValue && !(sawSpace && inLiteralBrackets) {
                    let start = position
                    position += 1
                    emit(.symbol(.transpose), from: start)
                } else {
                    separateIfNeeded(startsValue: true, at: position)
                    try lexQuoted(quote: c)
                }
            default:
                try lexSymbol()
            }
        }
        tokens.append(Token(kind: .eof, lexeme: "", location: location(at: position), spaceBefore: sawSpace))
        return tokens
    }

    private mutating func lexNewline() {
        let start = position
        position += 1
        if nesting.isEmpty || inLiteralBrackets {
            emit(.newline, from: start)
            if nesting.isEmpty { atStatementStart = true }
        } else {
            sawSpace = true
        }
        line += 1
        lineStart = position
    }

    private mutating func skipContinuation() {
        while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
        if position < bytes.count {
            position += 1
            line += 1
            lineStart = position
        }
        sawSpace = true
    }

    private func restOfLineIsBlank(from index: Int) -> Bool {
        var i = index
        while i < bytes.count && bytes[i] != UInt8(ascii: "\n") {
            if !isBlank(bytes[i]) { return false }
            i += 1
        }
        return true
    }

    private func lineIsBlankBefore(_ index: Int) -> Bool {
        var i = lineStart
        while i < index {
            if !isBlank(bytes[i]) { return false }
            i += 1
        }
        return true
    }

    private mutating func lexComment() throws(ParseError) {
        if peek(1) == UInt8(ascii: "{") && lineIsBlankBefore(position) && restOfLineIsBlank(from: position + 2) {
            try skipBlockComment()
            return
        }
        while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
    }

    /// Skips a `%{ … %}` block (nesting allowed), leaving the position at the newline ending `%}`.
    private mutating func skipBlockComment() throws(ParseError) {
        let opened = location(at: position)
        var depth = 0
        while position < bytes.count {
            let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let text = bytes[position..<lineEnd].filter { !isBlank($0) }
            if text == Array("%{".utf8) { depth += 1 }
            if text == Array("%}".utf8) { depth -= 1 }
            position = lineEnd
            if depth == 0 { return }
            if position < bytes.count {
                position += 1
                line += 1
                lineStart = position
            }
        }
        throw .unterminatedBlockComment(at: opened)
    }

    private mutating func lexNumber() throws(ParseError) {
        let start = position
        while isDigit(peek()) { position += 1 }
        if peek() == UInt8(ascii: "."), !isOperatorAfterDot(peek(1)), !(peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".")) {
            position += 1
            while isDigit(peek()) { position += 1 }
        }
        let e = peek()
        if e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var look = 1
            if peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") { look = 2 }
            if isDigit(peek(look)) {
                position += look
                while isDigit(peek()) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else {
            throw .unexpectedCharacter(text.first ?? "?", at: location(at: start))
        }
        emit(.number(value), from: start)
        atStatementStart = false
    }

    private func isOperatorAfterDot(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "*") || c == UInt8(ascii: "/") || c == UInt8(ascii: "\\")
            || c == UInt8(ascii: "^") || c == UInt8(ascii: "'")
    }

    private mutating func lexQuoted(quote: UInt8) throws(ParseError) {
        let start = position
        position += 1
        var content: [UInt8] = []
        while true {
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                throw .unterminatedString(at: location(at: start))
            }
            let c = bytes[position]
            if c == quote {
                if peek(1) == quote {
                    content.append(quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            content.append(c)
            position += 1
        }
        let text = String(decoding: content, as: UTF8.self)
        emit(quote == UInt8(ascii: "\"") ? .string(text) : .charVector(text), from: start)
        atStatementStart = false
    }

    private mutating func lexWord() throws(ParseError) {
        let start = position
        while position < bytes.count && isIdentifierPart(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Lexer.keywords[text] {
            if keyword == .end && !nesting.isEmpty {
                separateIfNeeded(startsValue: true, at: start)
            }
            emit(.keyword(keyword), from: start)
            atStatementStart = [.else, .try, .otherwise].contains(keyword)
            return
        }
        separateIfNeeded(startsValue: true, at: start)
        let commandStart = atStatementStart && nesting.isEmpty
        emit(.identifier(text), from: start)
        atStatementStart = false
        if commandStart && startsCommandArguments() {
            try lexCommandWords()
        }
    }

    /// Whether the text after a statement-initial name makes it command syntax (`hold on`).
    private func startsCommandArguments() -> Bool {
        guard isBlank(peek()) else { return false }
        var i = position
        while i < bytes.count && isBlank(bytes[i]) { i += 1 }
        guard i < bytes.count else { return false }
        let c = bytes[i]
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        if isIdentifierStart(c) || isDigit(c) { return !followsAsOperand(from: i) }
        if c == UInt8(ascii: "'") { return true }
        if c == UInt8(ascii: "-") { return isIdentifierStart(next) }
        return false
    }

    /// Whether the word at `index` is followed by a lone `=`, as in `x y = 1`, which is never
    /// command syntax.
    private func followsAsOperand(from index: Int) -> Bool {
        var i = index
        while i < bytes.count && isIdentifierPart(bytes[i]) { i += 1 }
        while i < bytes.count && isBlank(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "=") && (i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "="))
    }

    /// Lexes the rest of a command-syntax statement into words split on blanks; quotes group
    /// words (`disp 'a b'`), parentheses keep commas (`dbstop if f(a, b)`); `,`, `;`, a newline
    /// or a `%` after a blank end the command.
    private mutating func lexCommandWords() throws(ParseError) {
        while true {
            while position < bytes.count && isBlank(bytes[position]) { position += 1; sawSpace = true }
            guard position < bytes.count else { return }
            let c = bytes[position]
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "%") { return }
            let start = position
            var word: [UInt8] = []
            var depth = 0
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\n") { break }
                if depth == 0 && (isBlank(b) || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")) { break }
                if b == UInt8(ascii: "(") { depth += 1 }
                if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                if b == UInt8(ascii: "'") {
                    position += 1
                    while true {
                        guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                            throw .unterminatedString(at: location(at: start))
                        }
                        if bytes[position] == UInt8(ascii: "'") {
                            if peek(1) == UInt8(ascii: "'") { word.append(UInt8(ascii: "'")); position += 2; continue }
                            position += 1
                            break
                        }
                        word.append(bytes[position])
                        position += 1
                    }
                    continue
                }
                word.append(b)
                position += 1
            }
            let text = String(decoding: word, as: UTF8.self)
            tokens.append(Token(kind: .commandWord(text), lexeme: String(decoding: bytes[start..<position], as: UTF8.self),
                                location: location(at: start), spaceBefore: true))
            sawSpace = false
        }
    }

    private mutating func lexSymbol() throws(ParseError) {
        let start = position
        let c = bytes[position]
        let next = peek(1)
        if let symbol = Lexer.twoCharacterSymbol(c, next) {
            position += 2
            emit(.symbol(symbol), from: start)
            atStatementStart = false
            return
        }
        guard let symbol = Lexer.singleCharacterSymbols[Int(c)] else {
            let scalarEnd = utf8ScalarEnd(from: position)
            let text = String(decoding: bytes[position..<scalarEnd], as: UTF8.self)
            throw .unexpectedCharacter(text.first ?? "?", at: location(at: start))
        }
        switch symbol {
        case .plus, .minus:
            let unaryLooking = !isBlank(next) && next != UInt8(ascii: "\n")
            separateIfNeeded(startsValue: unaryLooking, at: start)
        case .not, .at, .leftBracket:
            separateIfNeeded(startsValue: true, at: start)
        case .leftParen:
            separateIfNeeded(startsValue: true, at: start)
            nesting.append(tokens.last?.kind == .symbol(.at) ? .anonymousParameters : .paren)
        case .leftBrace:
            let indexes = lastEndsValue && !(sawSpace && inLiteralBrackets)
            separateIfNeeded(startsValue: true, at: start)
            nesting.append(indexes ? .indexBrace : .brace)
        default:
            break
        }
        if symbol == .leftBracket { nesting.append(.bracket) }
        var closesParameters = false
        if symbol == .rightParen || symbol == .rightBracket || symbol == .rightBrace {
            closesParameters = nesting.last == .anonymousParameters
            try close(symbol, at: start)
        }
        position += 1
        emit(.symbol(symbol), from: start)
        if closesParameters { anonymousParametersEnd = tokens.count - 1 }
        atStatementStart = nesting.isEmpty && (symbol == .comma || symbol == .semicolon)
    }

    /// Single-byte operators and punctuation, indexed by ASCII code.
    private static let singleCharacterSymbols: [Symbol?] = {
        var table = [Symbol?](repeating: nil, count: 256)
        for symbol in Symbol.allCases where symbol.rawValue.utf8.count == 1 && symbol != .transpose {
            table[Int(symbol.rawValue.utf8.first!)] = symbol
        }
        return table
    }()

    /// The two-byte operator starting with `c`, `next`, if any (`.*`, `==`, `&&`, …; not `.'`
    /// after a digit, which the number lexer has already handled).
    private static func twoCharacterSymbol(_ c: UInt8, _ next: UInt8) -> Symbol? {
        switch (c, next) {
        case (UInt8(ascii: "."), UInt8(ascii: "*")): return .elementTimes
        case (UInt8(ascii: "."), UInt8(ascii: "/")): return .elementDivide
        case (UInt8(ascii: "."), UInt8(ascii: "\\")): return .elementLeftDivide
        case (UInt8(ascii: "."), UInt8(ascii: "^")): return .elementPower
        case (UInt8(ascii: "."), UInt8(ascii: "'")): return .dotTranspose
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return .equal
        case (UInt8(ascii: "~"), UInt8(ascii: "=")): return .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return .lessEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return .greaterEqual
        case (UInt8(ascii: "&"), UInt8(ascii: "&")): return .shortAnd
        case (UInt8(ascii: "|"), UInt8(ascii: "|")): return .shortOr
        default: return nil
        }
    }

    private static let keywords: [String: Keyword] = Dictionary(uniqueKeysWithValues: Keyword.allCases.map { ($0.rawValue, $0) })

    private mutating func close(_ symbol: Symbol, at start: Int) throws(ParseError) {
        let expected: Symbol?
        switch nesting.last {
        case .paren, .anonymousParameters: expected = .rightParen
        case .bracket: expected = .rightBracket
        case .brace, .indexBrace: expected = .rightBrace
        case nil: expected = nil
        }
        guard expected == symbol else {
            throw .unbalancedBracket(found: symbol.rawValue, expected: expected?.rawValue, at: location(at: start))
        }
        nesting.removeLast()
    }

    private func utf8ScalarEnd(from index: Int) -> Int {
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }
}

private func isBlank(_ c: UInt8) -> Bool {
    c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
}

private func isDigit(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
}

private func isIdentifierStart(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || c == UInt8(ascii: "_")
}

private func isIdentifierPart(_ c: UInt8) -> Bool {
    isIdentifierStart(c) || isDigit(c)
}
