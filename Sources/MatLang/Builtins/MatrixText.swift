import Foundation

/// Numbers as text in MATLAB syntax: mat2str int2str.
enum MatrixTextBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "mat2str", help: """
            mat2str - A 2-D matrix as text that evaluates back to it
              str = mat2str(A)      '[1 2;3 4]'; numbers with up to 15 significant digits
              str = mat2str(A, n)   with up to n significant digits
            Logical values are written true/false, text in quotes; a scalar has no brackets.
            Example: mat2str([0.5 1; 2 NaN])   % '[0.5 1;2 NaN]'
            """) { call in
            try call.requireInputs(1...2)
            let digits = call.arguments.count == 2 ? try call.integer(1) : 15
            guard digits >= 1 else { throw call.failure("Precision must be a positive integer.", at: 1) }
            return [.charArray(try text(of: call.arguments[0], digits: digits, function: call.name))]
        },
        BuiltinFunction(name: "int2str", help: """
            int2str - Round to integers and convert to text
              str = int2str(A)   round(A) written as num2str writes integers
            Example: int2str(2.7)   % '3'
            """) { call in
            try call.requireInputs(1...1)
            let x = try call.numeric(0)
            guard let num2str = ConversionBuiltins.functions.first(where: { $0.name == "num2str" }) else {
                throw RuntimeError.undefined(name: "num2str", suggestion: nil)
            }
            let rounded = Value.double(x.array.map { $0.rounded(.toNearestOrAwayFromZero) })
            return try num2str.body(BuiltinCall(name: call.name, arguments: [rounded], nargout: 1, context: call.context))
        },
    ]

    /// The MATLAB expression for `value`.
    private static func text(of value: Value, digits: Int, function: String) throws(RuntimeError) -> String {
        guard value.size.count == 2 else {
            throw .invalidArgument(function: function, position: 1, reason: "Input matrix must be 2-D.")
        }
        let (rows, columns) = (value.size[0], value.size[1])
        let elements: [String]
        switch value {
        case .double, .single:
            elements = try value.doubleArray().elements.map { number($0, digits: digits) }
        case .logical(let a):
            elements = a.elements.map { $0 ? "true" : "false" }
        case .char(let a):
            let lines = (0..<rows).map { i in
                "'" + String(decoding: (0..<columns).map { a[linear: i + $0 * rows] }, as: UTF16.self)
                    .replacingOccurrences(of: "'", with: "''") + "'"
            }
            return rows == 1 ? lines[0] : "[" + lines.joined(separator: ";") + "]"
        case .string(let a):
            elements = a.elements.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" } ?? "<missing>" }
        default:
            throw .invalidArgument(function: function, position: 1,
                                   reason: "Input must be numeric, logical, char or string, not \(value.className).")
        }
        if rows * columns == 0 {
            let empty = "zeros(\(rows),\(columns))"
            return value.className == "logical" ? "false(\(rows),\(columns))" : (rows == 0 && columns == 0 ? "[]" : empty)
        }
        if rows * columns == 1 { return elements[0] }
        let lines = (0..<rows).map { i in (0..<columns).map { elements[i + $0 * rows] }.joined(separator: " ") }
        return "[" + lines.joined(separator: ";") + "]"
    }

    /// A number with up to `digits` significant digits (`%.{digits}g`), `Inf`, `-Inf`, `NaN`.
    private static func number(_ x: Double, digits: Int) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Inf" : "Inf" }
        return String(format: "%.\(min(digits, 17))g", x == 0 ? 0 : x)
    }
}
