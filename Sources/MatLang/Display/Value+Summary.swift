extension Value {
    /// The size joined by `separator`: `28×28×1×5000` for display, `28x28x1x5000` for `whos`.
    public func sizeText(separator: String = "×") -> String {
        size.map(String.init).joined(separator: separator)
    }

    /// A one-line summary of size and class (`28×28×1×5000 double`, `1×1 FullyConnectedLayer`).
    public var summary: String {
        if case .object(let o) = self { return o.summary }
        return sizeText() + " " + className
    }

    /// A number as MATLAB writes it alone in `format short`, without padding (`5`, `3.1416`,
    /// `1.0000e-05`).
    static func scalarText(_ x: Double, isSingle: Bool = false) -> String {
        NumericLayout(values: [x], precision: .short, isSingle: isSingle, isScalar: true).text(x)
    }

    /// Inline text for a short numeric or logical row (`1 2 3`), or nil when it should be summarised.
    private func inlineRow() -> String? {
        guard size.count == 2, size[0] == 1, count >= 1, count <= 10 else { return nil }
        let isSingle: Bool
        if case .single = self { isSingle = true } else { isSingle = false }
        switch self {
        case .double, .single, .logical:
            guard let values = try? doubleArray().elements else { return nil }
            return values.map { Value.scalarText($0, isSingle: isSingle) }.joined(separator: " ")
        default:
            return nil
        }
    }

    /// Lines `name: value` with the names right-aligned, as MATLAB shows struct fields and object
    /// properties (`    Name: 'fc_1'`, `Weights: [10×784 single]`); `indent` is the width of
    /// the margin before the longest name.
    public static func fieldLines(_ fields: [(String, Value)], indent: Int = 4) -> [String] {
        let width = fields.map { $0.0.count }.max() ?? 0
        return fields.map { name, value in
            String(repeating: " ", count: indent + width - name.count) + name + ": " + value.fieldText
        }
    }

    /// How a struct field value reads after `name: ` (`1`, `[1 2 3]`, `'abc'`, `[3×3 double]`,
    /// `{2×1 cell}`, `@sin`).
    public var fieldText: String {
        switch self {
        case .double(let a) where a.size == [0, 0]:
            return "[]"
        case .double, .single, .logical:
            if count == 1, let inline = inlineRow() { return inline }
            if let inline = inlineRow() { return "[" + inline + "]" }
            return "[" + summary + "]"
        case .char(let a):
            if a.isEmpty { return "''" }
            if a.rows == 1 && a.size.count == 2 { return "'" + String(decoding: a.elements, as: UTF16.self) + "'" }
            return "[" + summary + "]"
        case .string(let a):
            if a.count == 1 { return a[linear: 0].map { "\"" + $0 + "\"" } ?? "<missing>" }
            return "[" + summary + "]"
        case .cell:
            return "{" + summary + "}"
        case .functionHandle(let f):
            return f.text
        case .categorical(let c) where c.codes.count == 1:
            return c.labels[linear: 0] ?? "<undefined>"
        default:
            return "[" + summary + "]"
        }
    }

    /// How a value reads inside the braces of a cell display (`[5]`, `[1 2 3]`, `'abc'`,
    /// `2×2 double`, `1×1 cell`, `@sin`).
    var cellElementText: String {
        switch self {
        case .double, .single, .logical:
            if let inline = inlineRow() { return "[" + inline + "]" }
            return summary
        case .char(let a):
            if a.rows == 1 && a.size.count == 2 { return "'" + String(decoding: a.elements, as: UTF16.self) + "'" }
            return summary
        case .string(let a) where a.count == 1:
            return "[" + (a[linear: 0].map { "\"" + $0 + "\"" } ?? "<missing>") + "]"
        case .functionHandle(let f):
            return f.text
        default:
            return summary
        }
    }
}
