/// A variable-name pattern as `clear` and `whos` take it: a plain name, or a wildcard with `*`
/// (any run of characters) and `?` (one character).
struct NamePattern: Sendable, Equatable {
    /// The pattern text as typed.
    let text: String

    /// Whether `name` matches the whole pattern.
    func matches(_ name: String) -> Bool {
        Self.match(Array(text), Array(name))
    }

    /// Whether the pattern holds a wildcard character.
    var isWildcard: Bool { text.contains("*") || text.contains("?") }

    private static func match(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var star: Int?
        var resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = n
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
