/// Numeric CSV files, as `readmatrix` / `writematrix` treat them.
///
/// Reading: fields are separated by commas (a field in double quotes may contain
/// commas); blank lines are skipped; the first line is skipped as a header when any of
/// its cells is not a number; an empty cell is NaN; `NaN`, `Inf` and `-Inf` are
/// numbers; every data row must have as many fields as the first. Anything else is a
/// ``DataError`` naming the file, line and column.
public enum CSVFile {
    /// Reads the numeric CSV file at `path`.
    public static func read(from path: String) throws(DataError) -> NumericMatrix {
        let bytes = try FileBytes.read(path)
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// Parses CSV text; `path` names the source in errors.
    public static func parse(_ text: String, path: String) throws(DataError) -> NumericMatrix {
        var rows: [[Double]] = []
        var width: Int?
        var sawFirstLine = false
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so lines end at any newline character.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = splitFields(line)
            let firstLine = !sawFirstLine
            sawFirstLine = true
            if firstLine && fields.contains(where: { !$0.isEmptyCell && $0.number == nil }) {
                continue
            }
            var row: [Double] = []
            row.reserveCapacity(fields.count)
            for (index, field) in fields.enumerated() {
                if field.isEmptyCell {
                    row.append(.nan)
                } else if let value = field.number {
                    row.append(value)
                } else {
                    throw .nonNumericCell(at: TextLocation(path: path, line: lineNumber, column: field.column),
                                          field: index + 1, text: String(field.text))
                }
            }
            if let width, width != fields.count {
                let column = fields.count > width ? fields[width].column : line.count + 1
                throw .raggedRow(at: TextLocation(path: path, line: lineNumber, column: column),
                                 expected: width, found: fields.count)
            }
            width = fields.count
            rows.append(row)
        }
        let columns = width ?? 0
        var values = [Double](repeating: 0, count: rows.count * columns)
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() { values[r + rows.count * c] = value }
        }
        return NumericMatrix(rows: rows.count, columns: columns, values: values)
    }

    /// Writes `matrix` to `path` as CSV, one line per row.
    public static func write(_ matrix: NumericMatrix, to path: String) throws(DataError) {
        try FileBytes.write(Array(format(matrix).utf8), to: path)
    }

    /// The CSV text of `matrix`: shortest round-trip decimals, integers without a
    /// fraction, `NaN`, `Inf`, `-Inf`, a newline after every row.
    public static func format(_ matrix: NumericMatrix) -> String {
        var text = ""
        for r in 0..<matrix.rows {
            for c in 0..<matrix.columns {
                if c > 0 { text += "," }
                text += formatNumber(matrix[r, c])
            }
            text += "\n"
        }
        return text
    }

    /// One number as ``format(_:)`` writes it.
    static func formatNumber(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A field of a line: its text without surrounding spaces and quotes, and the
    /// 1-based character column where the field starts.
    struct Field {
        let text: Substring
        let column: Int

        var isEmptyCell: Bool { text.isEmpty }

        /// The field as a number, or nil when it is not one.
        var number: Double? {
            switch text.lowercased() {
            case "nan", "+nan", "-nan": return .nan
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            default:
                guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
                return Double(text)
            }
        }
    }

    /// Splits a line at commas outside double quotes.
    static func splitFields(_ line: Substring) -> [Field] {
        var fields: [Field] = []
        var start = line.startIndex
        var column = 1
        var startColumn = 1
        var quoted = false
        var index = line.startIndex
        while index <= line.endIndex {
            let atEnd = index == line.endIndex
            if !atEnd && line[index] == "\"" { quoted.toggle() }
            if atEnd || (line[index] == "," && !quoted) {
                fields.append(Field(text: trim(line[start..<index]), column: startColumn))
                if atEnd { break }
                start = line.index(after: index)
                startColumn = column + 1
            }
            index = line.index(after: index)
            column += 1
        }
        return fields
    }

    private static func trim(_ text: Substring) -> Substring {
        var text = text.drop(while: { $0 == " " || $0 == "\t" })
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        if text.count >= 2 && text.first == "\"" && text.last == "\"" {
            text = text.dropFirst().dropLast()
        }
        return text
    }
}
