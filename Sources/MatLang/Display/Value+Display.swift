extension Value {
    /// The text MATLAB prints for `name = value` without a semicolon: `x =`, then the value,
    /// with blank lines around it in `format loose`.
    ///
    /// N-d numeric arrays print one `name(:,:,k) =` section per page; arrays larger than
    /// `format.summaryThreshold` print a one-line summary instead.
    public func display(name: String, format: DisplayFormat = .standard) -> String {
        let loose = format.spacing == .loose
        if let pages = pageSections(format: format) {
            let caption = pageCaption.map { section(header: "\(name) =", lines: [$0], loose: loose) }
            return (caption ?? "") + pages.map { label, lines in
                section(header: "\(name)\(label) =", lines: lines, loose: loose)
            }.joined(separator: loose ? "\n" : "")
        }
        return section(header: "\(name) =", lines: bodyLines(format: format), loose: loose)
    }

    /// The text `disp(x)` prints: the value without a name, quotes only inside containers.
    public func dispText(format: DisplayFormat = .standard) -> String {
        let lines: [String]
        switch self {
        case .char(let a) where a.size.count == 2:
            lines = (try? charRows()) ?? []
            return lines.isEmpty && a.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        case .string(let a) where a.count == 1:
            return (a[linear: 0] ?? "<missing>") + "\n"
        case .functionHandle(let f):
            return f.text + "\n"
        case .double(let a) where a.isEmpty:
            return ""
        case .single(let a) where a.isEmpty:
            return ""
        default:
            if let pages = pageSections(format: format) {
                return pages.map { label, lines in
                    section(header: "\(label) =", lines: lines, loose: format.spacing == .loose)
                }.joined()
            }
            lines = displayBody(format: format).content
        }
        let kept = format.spacing == .compact ? lines.filter { !$0.isEmpty } : lines
        let trimmed = kept.drop { $0.isEmpty }
        return trimmed.map { $0 + "\n" }.joined()
    }

    /// `header`, then the lines, with blank lines around them when loose and none when compact.
    private func section(header: String, lines: [String], loose: Bool) -> String {
        if loose { return header + "\n\n" + lines.joined(separator: "\n") + "\n\n" }
        return header + "\n" + lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// For numeric, logical and char arrays of three or more dimensions: one `(:,:,k)` section
    /// per page; nil for every other value.
    private func pageSections(format: DisplayFormat) -> [(String, [String])]? {
        guard size.count > 2, count > 0, count <= format.summaryThreshold else { return nil }
        let pageSize = size[0] * size[1]
        let pageCount = count / max(pageSize, 1)
        guard pageSize > 0 else { return nil }
        var sections = [(String, [String])]()
        for page in 0..<pageCount {
            var index = [Int]()
            var rest = page
            for extent in size.dropFirst(2) {
                index.append(rest % extent + 1)
                rest /= extent
            }
            let label = "(:,:," + index.map(String.init).joined(separator: ",") + ")"
            let positions = Value.row((0..<pageSize).map { Double(page * pageSize + $0 + 1) })
            guard let slice = try? indexed([positions]).reshapedValue([size[0], size[1]]) else { return nil }
            sections.append((label, slice.displayBody(format: format).content))
        }
        return sections
    }

    /// The class line shown once above the pages of an N-d logical, char or single array.
    private var pageCaption: String? {
        switch self {
        case .logical, .char: return "  " + sizeText() + " " + className + " array"
        case .single: return "  " + numericCaption()
        default: return nil
        }
    }

    /// The value with a new size of equal element count.
    fileprivate func reshapedValue(_ newSize: [Int]) throws(RuntimeError) -> Value {
        switch self {
        case .double(let a): return .double(a.reshaped(to: newSize))
        case .single(let a): return .single(a.reshaped(to: newSize))
        case .logical(let a): return .logical(a.reshaped(to: newSize))
        case .char(let a): return .char(a.reshaped(to: newSize))
        case .string(let a): return .string(a.reshaped(to: newSize))
        case .cell(let a): return .cell(a.reshaped(to: newSize))
        case .structure(let s): return .structure(s.withRecords(s.records.reshaped(to: newSize)))
        case .categorical(var c):
            c.codes = c.codes.reshaped(to: newSize)
            return .categorical(c)
        case .functionHandle, .object:
            throw .invalidArgument(function: "reshape", position: 1, reason: "Cannot reshape \(className).")
        }
    }

    /// The lines under the `x =` header; empty strings are blank lines.
    func bodyLines(format: DisplayFormat) -> [String] { displayBody(format: format).lines }

    /// The caption (`1×2 logical array`) and content lines of a value's display.
    func displayBody(format: DisplayFormat) -> DisplayBody {
        if count > format.summaryThreshold { return DisplayBody(content: ["  " + summary]) }
        switch self {
        case .double(let a):
            return DisplayBody(content: numericLines(a, isSingle: false, format: format))
        case .single(let a):
            let lines = numericLines(a.map { Double($0) }, isSingle: true, format: format)
            return DisplayBody(caption: a.isEmpty ? nil : "  " + numericCaption(), content: lines)
        case .logical(let a):
            if a.isEmpty { return DisplayBody(content: ["  " + sizeText() + " empty logical array"]) }
            let rows = ColumnBlocks.lines(rows: a.rows, columns: a.columns, width: 4, totalWidth: format.width) { i, j in
                a[i, j] ? "   1" : "   0"
            }
            return DisplayBody(caption: a.isScalar ? "  logical" : "  " + sizeText() + " logical array", content: rows)
        case .char(let a):
            if a.isEmpty { return DisplayBody(content: ["  " + sizeText() + " empty char array"]) }
            let rows = ((try? charRows()) ?? []).map { "    '" + $0 + "'" }
            return DisplayBody(caption: a.rows == 1 ? nil : "  " + sizeText() + " char array", content: rows)
        case .string(let a):
            if a.isEmpty { return DisplayBody(content: ["  " + sizeText() + " empty string array"]) }
            let texts = a.map { $0.map { "\"" + $0 + "\"" } ?? "<missing>" }
            if a.isScalar { return DisplayBody(content: ["    " + texts[linear: 0]]) }
            return DisplayBody(caption: "  " + sizeText() + " string array", content: Value.gridLines(texts, padLeft: false))
        case .cell(let a):
            if a.isEmpty { return DisplayBody(content: ["  " + sizeText() + " empty cell array"]) }
            return DisplayBody(caption: "  " + sizeText() + " cell array", content: Value.cellGridLines(a))
        case .structure(let s):
            return structLines(s)
        case .functionHandle(let f):
            return DisplayBody(caption: "  function_handle with value:", content: ["    " + f.text])
        case .categorical(let c):
            if c.codes.isEmpty { return DisplayBody(content: ["  " + sizeText() + " empty categorical array"]) }
            let labels = c.labels.map { $0 ?? "<undefined>" }
            let header = c.codes.isScalar ? "  categorical" : "  " + sizeText() + " categorical array"
            return DisplayBody(caption: header, content: Value.gridLines(labels, padLeft: true))
        case .object(let o):
            if let body = o.displayBody(format: format) {
                return DisplayBody(content: body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            return DisplayBody(content: ["  " + o.summary])
        }
    }

    /// Lines of a numeric array: `[]`, an empty summary, or aligned columns with a scale factor.
    private func numericLines(_ a: NDArray<Double>, isSingle: Bool, format: DisplayFormat) -> [String] {
        if a.size == [0, 0], !isSingle { return ["     []"] }
        if a.isEmpty {
            return ["  " + sizeText() + " empty " + className + (a.size.count == 2 ? " matrix" : " array")]
        }
        let layout = NumericLayout(values: a.elements, precision: format.precision, isSingle: isSingle,
                                   isScalar: a.isScalar)
        let rows = ColumnBlocks.lines(rows: a.rows, columns: a.columns, width: layout.width,
                                      totalWidth: format.width) { i, j in layout.padded(a[i, j]) }
        if let scale = layout.scaleLine { return [scale, ""] + rows }
        return rows
    }

    /// The class line MATLAB shows above a numeric array that is not double: `single` for a
    /// scalar, `1×3 single row vector`, `3×1 single column vector`, `2×2 single matrix`,
    /// `2×2×2 single array`.
    private func numericCaption() -> String {
        if count == 1 { return className }
        let shape: String
        if size.count > 2 {
            shape = "array"
        } else if size[0] == 1 {
            shape = "row vector"
        } else if size[1] == 1 {
            shape = "column vector"
        } else {
            shape = "matrix"
        }
        return sizeText() + " " + className + " " + shape
    }

    /// Lines of a struct: scalar fields with right-aligned names, or the field list of an array.
    private func structLines(_ s: StructArray) -> DisplayBody {
        if s.count == 1 {
            if s.fieldNames.isEmpty { return DisplayBody(content: ["  struct with no fields."]) }
            let fields = Value.fieldLines(Array(zip(s.fieldNames, s.records[linear: 0])))
            return DisplayBody(caption: "  struct with fields:", content: fields)
        }
        let kind = s.count == 0 ? sizeText() + " empty struct array" : sizeText() + " struct array"
        if s.fieldNames.isEmpty { return DisplayBody(content: ["  " + kind + " with no fields."]) }
        return DisplayBody(content: ["  " + kind + " with fields:", ""] + s.fieldNames.map { "    " + $0 })
    }

    /// Rows of texts in columns four spaces apart, each column as wide as its longest entry.
    static func gridLines(_ texts: NDArray<String>, padLeft: Bool) -> [String] {
        let (rows, columns) = (texts.rows, texts.columns)
        let widths = (0..<columns).map { j in (0..<rows).map { texts[$0, j].count }.max() ?? 0 }
        return (0..<rows).map { i in
            "    " + (0..<columns).map { j in
                let t = texts[i, j]
                let pad = String(repeating: " ", count: widths[j] - t.count)
                return padLeft ? pad + t : t + pad
            }.joined(separator: "    ")
        }
    }

    /// Rows of a cell array: `{[1]}    {'abc'}`, numbers padded inside their brackets.
    static func cellGridLines(_ a: NDArray<Value>) -> [String] {
        let texts = a.map { $0.cellElementText }
        let (rows, columns) = (a.rows, a.columns)
        let widths = (0..<columns).map { j in (0..<rows).map { texts[$0, j].count }.max() ?? 0 }
        return (0..<rows).map { i in
            "    " + (0..<columns).map { j in
                let t = texts[i, j]
                let pad = String(repeating: " ", count: widths[j] - t.count)
                if t.hasPrefix("["), t.hasSuffix("]"), !t.hasPrefix("[\"") {
                    return "{[" + pad + t.dropFirst() + "}"
                }
                return "{" + t + pad + "}"
            }.joined(separator: "    ")
        }
    }
}
