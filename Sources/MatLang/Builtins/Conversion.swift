import Foundation

/// Class conversions and number formatting: double single logical char string num2str sprintf.
enum ConversionBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "double", help: """
            double - Convert to double precision
              Y = double(X)    numbers, logicals, char codes; strings are parsed as numbers (NaN if not)
            Example: double('AZ')   % [65 90]
            """) { call in
            try call.requireInputs(1...1)
            if case .categorical(let c) = call.arguments[0] { return [.double(c.codes.map { $0 == 0 ? .nan : Double($0) })] }
            return [try call.arguments[0].toDouble()]
        },
        BuiltinFunction(name: "single", help: """
            single - Convert to single precision
              Y = single(X)
            Example: class(single(3))   % 'single'
            """) { call in
            try call.requireInputs(1...1)
            return [try call.arguments[0].toSingle()]
        },
        BuiltinFunction(name: "logical", help: """
            logical - Convert numbers to logical values (nonzero is true; NaN is an error)
              L = logical(A)
            Example: logical([2 0 -1])   % [true false true]
            """) { call in
            try call.requireInputs(1...1)
            return [.logical(try call.arguments[0].logicalArray())]
        },
        BuiltinFunction(name: "char", help: """
            char - Convert to a character array
              C = char(X)                 character codes to characters
              C = char({'ab', 'cde'})     rows padded with blanks to the same length
              C = char(str)               a string array becomes padded rows
            Example: char([72 105])   % 'Hi'
            """) { call in
            try call.requireInputs(atLeast: 1)
            if call.arguments.count == 1 {
                switch call.arguments[0] {
                case .char: return [call.arguments[0]]
                case .double, .single, .logical:
                    let codes = try call.numeric(0).array
                    guard codes.elements.allSatisfy({ $0 >= 0 && $0 < 65536 }) else {
                        throw call.failure("Character codes must be between 0 and 65535.", at: 0)
                    }
                    return [.char(codes.map { UInt16($0.rounded(.towardZero)) })]
                default: break
                }
            }
            var rows = [String]()
            for (k, argument) in call.arguments.enumerated() {
                switch argument {
                case .char: rows.append(contentsOf: argument.isEmpty ? [""] : try argument.charRows())
                case .string(let a): rows.append(contentsOf: a.elements.map { $0 ?? "" })
                case .cell(let a):
                    for element in a.elements {
                        guard case .char = element else { throw call.failure("Cell elements must be character vectors.", at: k) }
                        rows.append(contentsOf: element.isEmpty ? [""] : try element.charRows())
                    }
                case .categorical(let c): rows.append(contentsOf: c.labels.elements.map { $0 ?? "<undefined>" })
                default: throw call.failure("Conversion to char from \(argument.className) is not possible.", at: k)
                }
            }
            return [charMatrix(rows)]
        },
        BuiltinFunction(name: "string", help: """
            string - Convert to a string array
              str = string(X)    text, numbers (short form), logicals ("true"/"false"), cellstr, categorical
            Example: string(3.5)   % "3.5"
            """) { call in
            try call.requireInputs(1...1)
            return [.string(try call.arguments[0].toStringArray())]
        },
        BuiltinFunction(name: "num2str", help: """
            num2str - Convert numbers to a character array
              s = num2str(x)            integers in full; others with about 5 significant digits
              s = num2str(x, digits)    at most `digits` significant digits (%g)
              s = num2str(x, format)    sprintf format applied to each row
            Matrices give one row per row, columns separated by two spaces or more.
            Example: num2str(pi, 8)   % '3.1415927'
            """) { call in
            try call.requireInputs(1...2)
            let value = call.arguments[0]
            if case .char = value { return [value] }
            if case .string = value { throw call.failure("Input must be numeric, logical or char.", at: 0) }
            let x = try call.numeric(0).array
            guard x.size.count == 2 else { throw call.failure("Input must be 2-D.", at: 0) }
            if call.arguments.count == 2 {
                if call.isText(1) {
                    let engine = FormatEngine(try call.text(1))
                    let rows = try (0..<x.rows).map { (i: Int) throws(RuntimeError) -> String in
                        try engine.format([.row((0..<x.columns).map { x[i, $0] })])
                    }
                    return [charMatrix(rows)]
                }
                let digits = try call.integer(1)
                guard digits > 0, digits <= 1000 else { throw call.failure("Precision must be an integer from 1 to 1000.", at: 1) }
                return [numberRows(x, widthFor: { _ in 0 }, text: { NumberText.cFormat($0, "%.\(digits)g") })]
            }
            if x.count == 1 { return [.charArray(NumberText.compact(x[linear: 0]))] }
            if x.elements.allSatisfy({ !$0.isFinite || $0 == $0.rounded() }) {
                let largest = x.elements.filter(\.isFinite).map(abs).max() ?? 0
                let digits = largest == 0 ? 1 : Int(floor(log10(largest))) + 1
                let width = digits + (x.elements.contains { $0 < 0 } ? 1 : 0) + 2
                return [numberRows(x, widthFor: { _ in width }, text: { NumberText.cFormat($0, "%.0f") })]
            }
            let largest = x.elements.filter(\.isFinite).map(abs).max() ?? 0
            let magnitude = largest == 0 ? 0 : Int(floor(log10(largest)))
            let digits = max(magnitude + 5, 5)
            let width = digits + 7 + (x.elements.contains { $0 < 0 } ? 1 : 0)
            return [numberRows(x, widthFor: { _ in width }, text: { NumberText.cFormat($0, "%.\(digits)g") })]
        },
        BuiltinFunction(name: "sprintf", help: """
            sprintf - Format data into text
              str = sprintf(format, A1, ..., An)
            Conversions %d %i %u %f %e %g %x %o %c %s with flags, width and precision; escapes \\n \\t \\\\;
            the format is recycled over all elements of the arguments, column by column.
            A string format gives a string; a char format gives a char row.
            Example: sprintf('%d,', [1 2 3])   % '1,2,3,'
            """) { call in
            try call.requireInputs(atLeast: 1)
            let text = try FormatEngine(try call.text(0)).format(Array(call.arguments.dropFirst()))
            if case .string = call.arguments[0] { return [.stringScalar(text)] }
            return [text.isEmpty ? .char(NDArray(size: [1, 0], elements: [])) : .charArray(text)]
        },
    ]

    /// A char matrix from rows, padded on the right with blanks (`char({'ab','cde'})`).
    static func charMatrix(_ rows: [String]) -> Value {
        let units = rows.map { Array($0.utf16) }
        let width = units.map(\.count).max() ?? 0
        if rows.count == 1 { return units[0].isEmpty ? .charArray("") : .char(NDArray(row: units[0])) }
        var matrix = NDArray<UInt16>(size: [rows.count, width], repeating: 32)
        for (i, row) in units.enumerated() { for (j, u) in row.enumerated() { matrix[i, j] = u } }
        return .char(matrix)
    }

    /// `num2str` of a matrix: every element right-aligned in its column's width, then the blank
    /// columns every row starts with removed.
    private static func numberRows(_ x: NDArray<Double>, widthFor: (Int) -> Int, text: (Double) -> String) -> Value {
        var rows = [String]()
        for i in 0..<x.rows {
            var row = ""
            for j in 0..<x.columns {
                let t = text(x[i, j])
                let width = max(widthFor(j), j == 0 ? 0 : t.count + 2)
                row += String(repeating: " ", count: max(width - t.count, 0)) + t
            }
            rows.append(row)
        }
        let common = rows.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return charMatrix(rows.map { String($0.dropFirst(common)) })
    }
}
