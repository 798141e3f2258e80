/// One lesson file of the catalog: `NN-name.m` with its title from the first `%%` line.
public struct Lesson: Sendable, Equatable {
    /// The number from the file name (`2` for `02-vanishing-gradients.m`).
    public let number: Int
    /// The name after the number (`vanishing-gradients`).
    public let name: String
    /// The one-line title: the text after the file's first `%%`.
    public let title: String
    /// The full path of the file.
    public let path: String

    /// Creates a lesson entry.
    public init(number: Int, name: String, title: String, path: String) {
        self.number = number
        self.name = name
        self.title = title
        self.path = path
    }

    /// Reads number and name from a file name `NN-name.m`; nil for any other name.
    static func parseFileName(_ fileName: String) -> (number: Int, name: String)? {
        guard fileName.hasSuffix(".m") else { return nil }
        let stem = fileName.dropLast(2)
        guard let dash = stem.firstIndex(of: "-"), let number = Int(stem[..<dash]) else { return nil }
        let name = stem[stem.index(after: dash)...]
        guard !name.isEmpty else { return nil }
        return (number, String(name))
    }

    /// The title on the first `%%` line of `source`, or an empty string.
    static func title(of source: String) -> String {
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("%%") else { continue }
            let rest = trimmed.dropFirst(2)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            return String(rest.drop { $0 == " " || $0 == "\t" }).trimmingTrailingSpaces()
        }
        return ""
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
