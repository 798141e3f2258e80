/// The known names closest to a misspelt one, for "did you mean" suggestions.
enum NearestNames {
    /// Up to `limit` names within a small edit distance of `name` (at most 2 edits, fewer for
    /// short names), nearest first, then names that start with `name`.
    static func nearest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.lowercased())
        let allowed = min(2, max(1, target.count / 3))
        var scored: [(String, Int)] = []
        for candidate in Set(candidates) where candidate != name {
            let lowered = candidate.lowercased()
            let distance = editDistance(target, Array(lowered))
            if distance <= allowed {
                scored.append((candidate, distance))
            } else if target.count >= 2, lowered.hasPrefix(String(target)) {
                scored.append((candidate, allowed + 1))
            }
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance, with a swap of neighbours counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[a.count][b.count]
    }
}
