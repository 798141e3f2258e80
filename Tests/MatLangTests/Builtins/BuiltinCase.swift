import MatLang

/// One call of a built-in from Swift and the fixture encoding of its outputs.
struct BuiltinCase: Sendable, CustomStringConvertible {
    let name: String
    let arguments: [Value]
    let nargout: Int
    let expected: [String]

    init(_ name: String, _ arguments: [Value], nargout: Int = 1, _ expected: String...) {
        self.name = name
        self.arguments = arguments
        self.nargout = nargout
        self.expected = expected
    }

    var description: String { "\(name) → \(expected.joined(separator: " | "))" }

    /// Runs the call in a fresh context and returns the encoded outputs.
    func run() throws -> [String] {
        let context = BuiltinTestContext()
        let outputs = try context.registry.call(name, arguments: arguments, nargout: nargout, context: context)
        return outputs.prefix(max(nargout, 1)).flatMap { FixtureEncoding.lines($0) }
    }
}

/// A double matrix from rows.
func m(_ rows: [Double]...) -> Value { .matrix(rows) }

/// A double row vector.
func r(_ values: Double...) -> Value { .row(values) }

/// A double scalar.
func n(_ value: Double) -> Value { .number(value) }
