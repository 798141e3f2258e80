/// Decides whether typed source is a whole statement or needs more lines.
///
/// A light scan, not a parse: it counts block keywords (`for`, `parfor`, `while`, `if`,
/// `switch`, `try`, `function`, `spmd` against `end` and Octave's `endfor`, …), open brackets,
/// `%{ … %}` block comments and a trailing `...` continuation, skipping strings, comments,
/// field names (`s.end`), `end` inside indexing, and command syntax (`dbstop if error`,
/// `help for`). Source that is malformed in a way more lines cannot fix (an unterminated
/// string, an `end` too many) counts as complete, so that the parser reports the error.
public enum SourceCompleteness {
    /// Whether `source` can be run as it is, or the REPL should read a continuation line.
    public static func isComplete(_ source: String) -> Bool {
        var progress = Progress()
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            progress.add(line: line)
        }
        return progress.isComplete
    }

    /// The scan of an entry's lines so far, fed one line at a time, so that checking an entry
    /// after each of its lines costs time linear in the entry's length.
    public struct Progress: Sendable {
        private var scanner = Scanner()

        /// The scan of no lines.
        public init() {}

        /// Scans the next line (without its newline).
        public mutating func add<Line: StringProtocol>(line: Line) {
            scanner.scan(line: Array(line))
        }

        /// Whether the lines so far are a whole statement (``SourceCompleteness/isComplete(_:)``).
        public var isComplete: Bool {
            scanner.blockCommentDepth == 0 && scanner.brackets.isEmpty && scanner.blockDepth <= 0 && !scanner.continues
        }
    }

    private static let openers: Set<String> = [
        "for", "parfor", "while", "if", "switch", "try", "function", "spmd",
        "unwind_protect", "do",
    ]
    private static let closers: Set<String> = [
        "end", "endfor", "endparfor", "endwhile", "endif", "endswitch", "end_try_catch",
        "endfunction", "endspmd", "end_unwind_protect", "until",
    ]
    private static let keywords: Set<String> = openers.union(closers).union([
        "else", "elseif", "case", "otherwise", "catch", "return", "break", "continue",
        "global", "persistent", "unwind_protect_cleanup",
    ])

    private struct Scanner {
        var blockDepth = 0
        var blockCommentDepth = 0
        var brackets: [Character] = []
        var continues = false

        mutating func scan(line: [Character]) {
            let trimmed = String(line).trimmingSpaces
            if brackets.isEmpty && !continues && (trimmed == "%{" || trimmed == "#{") {
                blockCommentDepth += 1
                return
            }
            if blockCommentDepth > 0 {
                if trimmed == "%}" || trimmed == "#}" { blockCommentDepth -= 1 }
                return
            }
            let continuedFromAbove = continues
            continues = false
            var index = 0
            var previous: Character? = nil
            var previousIsValue = false
            var atStatementStart = !continuedFromAbove && brackets.isEmpty
            while index < line.count {
                let character = line[index]
                if character == " " || character == "\t" || character == "\r" {
                    index += 1
                    previous = character
                    continue
                }
                if character == "%" || character == "#" { return }
                if character == ".", index + 2 < line.count, line[index + 1] == ".", line[index + 2] == "." {
                    continues = true
                    return
                }
                if character == "\"" {
                    index = Self.skipString(line, from: index, quote: "\"")
                    previous = "\""
                    previousIsValue = true
                    atStatementStart = false
                    continue
                }
                if character == "'" {
                    let isTranspose = previousIsValue && previous != " " && previous != "\t"
                    if isTranspose {
                        index += 1
                    } else {
                        index = Self.skipString(line, from: index, quote: "'")
                    }
                    previous = "'"
                    previousIsValue = true
                    atStatementStart = false
                    continue
                }
                if character.isLetter || character == "_" {
                    var end = index
                    while end < line.count, line[end].isLetter || line[end].isNumber || line[end] == "_" {
                        end += 1
                    }
                    let word = String(line[index..<end])
                    let isField = previous == "."
                    if brackets.isEmpty && !isField {
                        if SourceCompleteness.openers.contains(word) {
                            blockDepth += 1
                        } else if SourceCompleteness.closers.contains(word) {
                            blockDepth -= 1
                        } else if atStatementStart && Self.startsCommandSyntax(line, after: end)
                            && !SourceCompleteness.keywords.contains(word)
                        {
                            index = Self.skipCommandArguments(line, from: end)
                            previous = nil
                            previousIsValue = false
                            continue
                        }
                    }
                    index = end
                    previous = line[end - 1]
                    previousIsValue = true
                    atStatementStart = false
                    continue
                }
                if character.isNumber {
                    while index < line.count, line[index].isNumber || line[index].isLetter || line[index] == "." {
                        index += 1
                    }
                    previous = line[index - 1]
                    previousIsValue = true
                    atStatementStart = false
                    continue
                }
                switch character {
                case "(", "[", "{":
                    brackets.append(character)
                    previousIsValue = false
                case ")", "]", "}":
                    if let open = brackets.last, Self.matches(open, character) { brackets.removeLast() }
                    previousIsValue = true
                case ",", ";":
                    previousIsValue = false
                    if brackets.isEmpty { atStatementStart = true }
                    previous = character
                    index += 1
                    continue
                case ".":
                    previousIsValue = index + 1 < line.count && line[index + 1] == "'"
                    if previousIsValue { index += 1 }
                default:
                    previousIsValue = false
                }
                atStatementStart = false
                previous = character
                index += 1
            }
        }

        static func matches(_ open: Character, _ close: Character) -> Bool {
            (open == "(" && close == ")") || (open == "[" && close == "]") || (open == "{" && close == "}")
        }

        /// The index just past the string that starts at `start`; the line's end when unterminated.
        static func skipString(_ line: [Character], from start: Int, quote: Character) -> Int {
            var index = start + 1
            while index < line.count {
                if line[index] == quote {
                    if index + 1 < line.count && line[index + 1] == quote {
                        index += 2
                        continue
                    }
                    return index + 1
                }
                index += 1
            }
            return index
        }

        /// Whether the word ending at `end` is a command such as `hold on` or `dbstop if error`:
        /// a space, then an argument that does not begin an operator, assignment or call.
        static func startsCommandSyntax(_ line: [Character], after end: Int) -> Bool {
            guard end < line.count, line[end] == " " || line[end] == "\t" else { return false }
            var index = end
            while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
            guard index < line.count else { return false }
            let next = line[index]
            return next.isLetter || next.isNumber || next == "'" || next == "_"
        }

        /// The index of the `,` or `;` ending a command's arguments (quoted text may contain them), or the line's end.
        static func skipCommandArguments(_ line: [Character], from start: Int) -> Int {
            var index = start
            while index < line.count {
                switch line[index] {
                case ",", ";", "%":
                    return index
                case "'":
                    index = skipString(line, from: index, quote: "'")
                default:
                    index += 1
                }
            }
            return index
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
