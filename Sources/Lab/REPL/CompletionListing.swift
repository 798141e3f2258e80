/// Lays out completion candidates in columns, the way shells list them after a second Tab.
public enum CompletionListing {
    /// The candidates arranged column by column to fit `width` columns, one line per row,
    /// each line ending in a newline. Candidates are sorted and listed down each column.
    public static func format(_ candidates: [String], width: Int) -> String {
        let sorted = candidates.sorted()
        guard let longest = sorted.map(\.count).max() else { return "" }
        let cell = longest + 2
        let columnCount = max(1, min(sorted.count, max(width, cell) / cell))
        let rowCount = (sorted.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < sorted.count else { break }
                let word = sorted[index]
                let isLastInRow = column == columnCount - 1 || index + rowCount >= sorted.count
                line += isLastInRow ? word : word + String(repeating: " ", count: cell - word.count)
            }
            text += line + "\n"
        }
        return text
    }
}
