/// One lexical unit of MatLang source, with where it starts.
public struct Token: Sendable, Equatable {
    /// What kind of token this is, with its payload.
    public let kind: TokenKind
    /// The exact source text of the token (empty for synthetic separators).
    public let lexeme: String
    /// Where the token starts.
    public let location: SourceLocation
    /// Whether whitespace (or a continuation) came directly before this token.
    public let spaceBefore: Bool

    /// Creates a token.
    public init(kind: TokenKind, lexeme: String, location: SourceLocation, spaceBefore: Bool) {
        self.kind = kind
        self.lexeme = lexeme
        self.location = location
        self.spaceBefore = spaceBefore
    }
}

/// The kinds of MatLang tokens.
public enum TokenKind: Sendable, Equatable {
    /// A name: a variable, a function or a field.
    case identifier(String)
    /// A reserved word (`if`, `for`, `end`, `function`, …).
    case keyword(Keyword)
    /// A numeric literal (`1`, `.5`, `1e-3`).
    case number(Double)
    /// A double-quoted string literal with `""` already unescaped.
    case string(String)
    /// A single-quoted char vector literal with `''` already unescaped.
    case charVector(String)
    /// One argument word of command syntax (`on` in `hold on`).
    case commandWord(String)
    /// An operator or punctuation mark.
    case symbol(Symbol)
    /// The end of a line (also ends a statement; a row separator inside brackets).
    case newline
    /// The end of the source.
    case eof
}

/// Reserved words of the language.
public enum Keyword: String, Sendable, CaseIterable {
    case `if`, elseif, `else`, end, `for`, parfor, `while`, `break`, `continue`
    case `switch`, `case`, otherwise, `try`, `catch`, `return`, function
    case global, persistent
}

/// Operators and punctuation.
public enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", times = "*", divide = "/", leftDivide = "\\", power = "^"
    case elementTimes = ".*", elementDivide = "./", elementLeftDivide = ".\\", elementPower = ".^"
    case transpose = "'", dotTranspose = ".'"
    case equal = "==", notEqual = "~=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and = "&", or = "|", shortAnd = "&&", shortOr = "||", not = "~"
    case assign = "=", colon = ":", comma = ",", semicolon = ";", dot = "."
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", at = "@"
}

extension TokenKind {
    /// A short human description used in parse error messages.
    public var displayName: String {
        switch self {
        case .identifier(let name): return "'\(name)'"
        case .keyword(let word): return "'\(word.rawValue)'"
        case .number: return "number"
        case .string: return "string"
        case .charVector: return "character vector"
        case .commandWord(let word): return "'\(word)'"
        case .symbol(let symbol): return "'\(symbol.rawValue)'"
        case .newline: return "end of line"
        case .eof: return "end of input"
        }
    }
}
