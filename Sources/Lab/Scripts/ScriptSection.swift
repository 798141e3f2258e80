import MatLang

/// One `%%` section of a script as the Lab shows and runs it: its title, its lines, its code and
/// the prose comment lines directly under the title (shown as text when the section runs).
public struct ScriptSection: Sendable, Equatable {
    /// The 1-based position of the section in its script.
    public let number: Int
    /// The text after `%%` (empty for code before the first `%%`).
    public let title: String
    /// The first line (1-based), the `%%` line for a titled section.
    public let firstLine: Int
    /// The last line (1-based, inclusive).
    public let lastLine: Int
    /// The section's whole text, lines `firstLine...lastLine`.
    public let source: String
    /// The comment lines that follow the title before the first code line, without their `%`.
    public let prose: [String]

    /// Makes a section from the parser's split, reading the prose under its title.
    init(_ section: Section, number: Int) {
        self.number = number
        self.title = section.title
        self.firstLine = section.firstLine
        self.lastLine = section.lastLine
        self.source = section.source
        var lines = section.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !section.title.isEmpty, !lines.isEmpty { lines.removeFirst() }
        var prose: [String] = []
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                if !prose.isEmpty { prose.append("") }
                continue
            }
            guard trimmed.hasPrefix("%"), !trimmed.hasPrefix("%{"), !trimmed.hasPrefix("%%") else { break }
            var text = trimmed.dropFirst()
            if text.first == " " { text = text.dropFirst() }
            prose.append(String(text))
        }
        while prose.last == "" { prose.removeLast() }
        self.prose = prose
    }

    /// A display name: the title, or `(untitled)` for code before the first `%%`.
    public var displayTitle: String { title.isEmpty ? "(untitled)" : title }

    /// The code lines of the section: everything after the title and the prose, up to the local
    /// functions at the end of a script.
    public var codeLines: [String] {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !title.isEmpty, !lines.isEmpty { lines.removeFirst() }
        while let first = lines.first {
            let trimmed = first.drop { $0 == " " || $0 == "\t" }
            guard trimmed.isEmpty || (trimmed.hasPrefix("%") && !trimmed.hasPrefix("%{")) else { break }
            lines.removeFirst()
        }
        if let function = lines.firstIndex(where: { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return words.first == "function"
        }) {
            lines.removeSubrange(function...)
        }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines
    }
}
