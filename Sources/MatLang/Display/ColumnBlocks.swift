/// Splits a matrix's text into column groups that fit the terminal width, with MATLAB's
/// `Columns 1 through 8` headers; blank lines are empty strings (dropped by `format compact`).
enum ColumnBlocks {
    /// The lines of a `rows × columns` matrix whose every column is `width` characters wide.
    static func lines(rows: Int, columns: Int, width: Int, totalWidth: Int,
                      element: (Int, Int) -> String) -> [String] {
        let perBlock = max(1, totalWidth / max(width, 1))
        func rowLines(_ range: Range<Int>) -> [String] {
            (0..<rows).map { i in range.map { element(i, $0) }.joined() }
        }
        if columns <= perBlock { return rowLines(0..<columns) }
        var out = [String]()
        var start = 0
        while start < columns {
            let end = min(start + perBlock, columns)
            if !out.isEmpty { out.append("") }
            out.append(end - start == 1 ? "  Column \(start + 1)" : "  Columns \(start + 1) through \(end)")
            out.append("")
            out.append(contentsOf: rowLines(start..<end))
            start = end
        }
        return out
    }
}
