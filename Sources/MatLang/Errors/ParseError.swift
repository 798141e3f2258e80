/// Why a piece of MatLang source could not be read, with where it happened.
///
/// Causes are data; `message` and `rendered(source:)` are the one place that turns them into text.
public enum ParseError: Error, Sendable, Equatable {
    /// A character that starts no token (`$`, a stray `` ` ``).
    case unexpectedCharacter(Character, at: SourceLocation)
    /// A string or char vector literal whose closing quote is missing on its line.
    case unterminatedString(at: SourceLocation)
    /// A `%{` block comment with no matching `%}`.
    case unterminatedBlockComment(at: SourceLocation)
    /// A token the grammar does not allow here; `expected` says what would have been valid.
    case unexpectedToken(found: String, expected: String, at: SourceLocation)
    /// A block (`if`, `for`, `function`, …) opened at `opened` that reached the end of input without `end`.
    case missingEnd(construct: String, opened: SourceLocation, at: SourceLocation)
    /// A closing bracket that does not match the one that is open (or none is open).
    case unbalancedBracket(found: String, expected: String?, at: SourceLocation)
    /// The left side of `=` is not something that can be assigned to.
    case invalidAssignmentTarget(at: SourceLocation)
    /// A language feature this subset deliberately does not support (`global`, `persistent`).
    case unsupported(feature: String, at: SourceLocation)
    /// `end` used outside any indexing expression.
    case endOutsideIndex(at: SourceLocation)
    /// `break` or `continue` outside any loop.
    case outsideLoop(keyword: String, at: SourceLocation)

    /// Where the error was found.
    public var location: SourceLocation {
        switch self {
        case .unexpectedCharacter(_, let at), .unterminatedString(let at),
             .unterminatedBlockComment(let at), .unexpectedToken(_, _, let at),
             .missingEnd(_, _, let at), .unbalancedBracket(_, _, let at),
             .invalidAssignmentTarget(let at), .unsupported(_, let at),
             .endOutsideIndex(let at), .outsideLoop(_, let at):
            return at
        }
    }

    /// The one-line explanation, without the location.
    public var message: String {
        switch self {
        case .unexpectedCharacter(let character, _):
            return "Invalid text character '\(character)'."
        case .unterminatedString:
            return "String is not terminated properly."
        case .unterminatedBlockComment:
            return "Block comment '%{' is not terminated by '%}'."
        case .unexpectedToken(let found, let expected, _):
            return "Unexpected \(found); expected \(expected)."
        case .missingEnd(let construct, let opened, _):
            return "'\(construct)' opened at line \(opened.line) is missing its 'end'."
        case .unbalancedBracket(let found, let expected, _):
            if let expected { return "Unbalanced brackets: found '\(found)' where '\(expected)' closes the open bracket." }
            return "Unbalanced brackets: '\(found)' has no matching opening bracket."
        case .invalidAssignmentTarget:
            return "The left side of '=' cannot be assigned to; use a variable name, an indexed variable or a field."
        case .unsupported(let feature, _):
            return "'\(feature)' is not supported in GradLab; pass values as function arguments instead."
        case .endOutsideIndex:
            return "'end' used outside an index or without a matching block."
        case .outsideLoop(let keyword, _):
            return "'\(keyword)' is only valid inside a 'for' or 'while' loop."
        }
    }

    /// The full diagnostic: `file:line:column: error: message`, then the source line and a caret
    /// under the column when the source is given.
    public func rendered(source: String? = nil) -> String {
        let at = location
        var text = "\(at.file):\(at.line):\(at.column): error: \(message)"
        if let source {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if at.line >= 1, at.line <= lines.count {
                let line = String(lines[at.line - 1]).replacingTabs()
                text += "\n" + line + "\n" + String(repeating: " ", count: max(0, at.column - 1)) + "^"
            }
        }
        return text
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
