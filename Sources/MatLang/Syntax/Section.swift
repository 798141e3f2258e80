/// One `%%` section of a script: its title, the lines it spans and their text.
///
/// A script with code before its first `%%` gets a first, untitled section for it. Lines inside a
/// `%{ … %}` block comment never start a section.
public struct Section: Sendable, Equatable {
    /// The text after `%%` on the section's first line (empty for the untitled leading section).
    public let title: String
    /// The first line (1-based) — the `%%` line itself for a titled section.
    public let firstLine: Int
    /// The last line (1-based, inclusive).
    public let lastLine: Int
    /// The section's source text, lines `firstLine...lastLine` joined by newlines.
    public let source: String

    /// Creates a section.
    public init(title: String, firstLine: Int, lastLine: Int, source: String) {
        self.title = title
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.source = source
    }

    /// Splits a script's source into sections at lines that start (after blanks) with `%%`
    /// followed by a blank or the end of the line.
    public static func split(_ source: String) -> [Section] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sections: [Section] = []
        var start = 0
        var title = ""
        var blockDepth = 0
        func close(before end: Int) {
            guard end > start else { return }
            let body = lines[start..<end]
            let hasContent = !title.isEmpty || body.contains { !$0.allSatisfy(\.isWhitespace) }
            guard hasContent else { return }
            sections.append(Section(title: title, firstLine: start + 1, lastLine: end,
                                    source: body.joined(separator: "\n")))
        }
        for (number, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }.trimmingTrailingBlanks()
            if trimmed == "%{" { blockDepth += 1; continue }
            if trimmed == "%}" { blockDepth = max(0, blockDepth - 1); continue }
            guard blockDepth == 0, trimmed.hasPrefix("%%") else { continue }
            let rest = trimmed.dropFirst(2)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            close(before: number)
            start = number
            title = String(rest).trimmingBlanks()
        }
        close(before: lines.count)
        return sections
    }
}

extension Substring {
    fileprivate func trimmingTrailingBlanks() -> Substring {
        var text = self
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}

extension String {
    fileprivate func trimmingBlanks() -> String {
        String(drop { $0.isWhitespace }.trimmingTrailingBlanks())
    }
}

extension Program {
    /// The top-level statements that start within `section`'s lines, in order.
    public func statements(in section: Section) -> [Statement] {
        statements.filter { (section.firstLine...section.lastLine).contains($0.location.line) }
    }
}
