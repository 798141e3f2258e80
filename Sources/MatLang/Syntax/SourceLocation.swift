/// A position in source text: the file it came from, a 1-based line and a 1-based column.
///
/// Every token and every syntax node carries one, so errors can point at the exact place
/// (`lesson.m:12:5`) and the debugger can stop on a line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as given to the lexer (`"<repl>"` for typed lines).
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column number, counted in bytes of UTF-8.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
