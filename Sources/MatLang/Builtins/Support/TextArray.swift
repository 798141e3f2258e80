/// Text arguments in their three MATLAB shapes — a char row, a string array, a cell array of
/// char rows — read as Swift strings and written back in the same shape.
struct TextArray {
    /// How the text arrived, which decides how results are returned.
    enum Kind {
        /// A char row vector: one text, results are char.
        case char
        /// A string array: results are strings of the same size.
        case string
        /// A cell array of char vectors: results are cells of the same size.
        case cell
    }

    /// The shape the text came in.
    var kind: Kind
    /// The size of the array (`1×1` for a char row).
    var size: [Int]
    /// The texts in column-major order (`nil` is a missing string).
    var texts: [String?]

    /// Reads a char row, a string array or a cellstr; other values throw.
    init(_ value: Value, function: String, position: Int) throws(RuntimeError) {
        switch value {
        case .char(let a):
            guard a.rows <= 1 || a.isEmpty else {
                throw .invalidArgument(function: function, position: position, reason: "Char input must be a row vector.")
            }
            kind = .char
            size = [1, 1]
            texts = [String(decoding: a.elements, as: UTF16.self)]
        case .string(let a):
            kind = .string
            size = a.size
            texts = a.elements
        case .cell(let a):
            kind = .cell
            size = a.size
            texts = []
            for element in a.elements {
                guard case .char(let c) = element, c.rows <= 1 || c.isEmpty else {
                    throw .invalidArgument(function: function, position: position,
                                           reason: "Cell array elements must be character vectors.")
                }
                texts.append(String(decoding: c.elements, as: UTF16.self))
            }
        default:
            throw .invalidArgument(function: function, position: position,
                                   reason: "Input must be a string array, character vector, or cell array of character vectors.")
        }
    }

    /// Texts in the given kind and size: char gives a row (the single text), string a string
    /// array, cell a cell array of char rows.
    static func value(_ texts: [String?], kind: Kind, size: [Int]) -> Value {
        switch kind {
        case .char: return .charArray(texts.first.flatMap { $0 } ?? "")
        case .string: return .string(NDArray(size: size, elements: texts))
        case .cell: return .cell(NDArray(size: size, elements: texts.map { .charArray($0 ?? "") }))
        }
    }

    /// The texts transformed one by one, in the input's kind and size.
    func mapped(_ transform: (String) -> String) -> Value {
        TextArray.value(texts.map { $0.map(transform) }, kind: kind, size: size)
    }

    /// A logical array of the input's size (`1×1` for a char row) from a test of each text.
    func test(_ predicate: (String) -> Bool) -> Value {
        .logical(NDArray(size: size, elements: texts.map { $0.map(predicate) ?? false }))
    }
}
