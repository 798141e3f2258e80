import Foundation

/// One case of the Octave fixture table (Tests/MatLangTests/Fixtures/octave-cases.txt).
struct FixtureCase: Sendable, CustomStringConvertible {
    /// The MATLAB expression.
    let expression: String
    /// How many outputs to request (`[o1, …, oN] = expression`).
    let nargout: Int
    /// Whether the expected value follows MATLAB where Octave differs.
    let followsMatlab: Bool
    /// The expected encoded outputs, or nil when the expression must raise an error.
    let expected: [[String]]?
    /// The line of the `case` header in the fixture file.
    let line: Int

    var description: String { "line \(line): \(expression)" }
}

/// Reads the fixture table.
enum FixtureTable {
    /// The fixture file beside the tests.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/octave-cases.txt")

    /// Every case in the file, in order.
    static func load() throws -> [FixtureCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases = [FixtureCase]()
        var header: (expression: String, nargout: Int, matlab: Bool, line: Int)?
        var outputs = [[String]]()
        var isError = false
        func flush() {
            guard let h = header else { return }
            cases.append(FixtureCase(expression: h.expression, nargout: h.nargout, followsMatlab: h.matlab,
                                     expected: isError ? nil : outputs, line: h.line))
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("case") {
                flush()
                var nargout = 1
                var matlab = false
                var rest = line.dropFirst(4)
                if rest.hasPrefix("[") {
                    let close = rest.firstIndex(of: "]")!
                    for flag in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") {
                        if flag == "matlab" { matlab = true } else if let k = Int(flag) { nargout = k }
                    }
                    rest = rest[rest.index(after: close)...]
                }
                header = (String(rest.dropFirst()), nargout, matlab, index + 1)
                outputs = []
                isError = false
            } else if line == "  error" {
                isError = true
            } else if line.hasPrefix("  ") {
                let body = String(line.dropFirst(2))
                if body.hasPrefix(" ") && !outputs.isEmpty {
                    outputs[outputs.count - 1].append(body)
                } else {
                    outputs.append([body])
                }
            }
        }
        flush()
        return cases
    }
}
