import Foundation
import MatLang
import Testing

/// Every expression of the Octave fixture table, run through the interpreter and compared with
/// the expected class, size and values.
@Suite("Octave fixture table")
struct FixtureTableTests {
    static let cases: [FixtureCase] = (try? FixtureTable.load()) ?? []

    @Test("the fixture table holds at least 300 cases")
    func tableSize() {
        #expect(Self.cases.count >= 300)
    }

    @Test("every fixture expression evaluates to Octave's (or MATLAB's) answer", arguments: cases)
    func fixture(_ c: FixtureCase) throws {
        let interpreter = Interpreter()
        let names = (0..<c.nargout).map { "fixture_out\($0 + 1)" }
        let source = c.nargout == 0 ? "\(c.expression);" : "[\(names.joined(separator: ", "))] = \(c.expression);"
        guard let expected = c.expected else {
            #expect(throws: ExecutionError.self, "\(c)") { try interpreter.run(source: source) }
            return
        }
        try interpreter.run(source: source)
        for (k, name) in names.enumerated() {
            let value = try #require(interpreter.baseWorkspace.value(of: name), "\(c): no output \(k + 1)")
            let actual = FixtureEncoding.lines(value)
            #expect(FixtureEncoding.matches(actual, expected[k]), "\(c): got \(actual), expected \(expected[k])")
        }
    }
}
