import Testing
@testable import MatLang

struct OctaveOperatorTests {
    /// One parsed line of ``OctaveOperatorTable/text``.
    struct Case {
        let op: BinaryOperator
        let lhs: String
        let rhs: String
        /// nil when the operation must fail.
        let expected: (className: String, size: [Int], elements: [Double])?

        var label: String { "\(lhs) \(op.symbol) \(rhs)" }

        init?(line: Substring) {
            let fields = line.trimmingCharacters(in: .whitespaces).split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count >= 4, let op = OctaveOperatorTests.operators[String(fields[0])] else { return nil }
            self.op = op
            self.lhs = String(fields[1])
            self.rhs = String(fields[2])
            if fields[3] == "error" {
                expected = nil
            } else {
                let size = fields[4].split(separator: ",").compactMap { Int($0) }
                let elements = fields.count > 5
                    ? fields[5].split(separator: ",").map { Self.number(String($0)) } : []
                expected = (String(fields[3]), size, elements)
            }
        }

        private static func number(_ text: String) -> Double {
            switch text {
            case "NaN": return .nan
            case "Inf": return .infinity
            case "-Inf": return -.infinity
            default: return Double(text) ?? .nan
            }
        }
    }

    static let operators: [String: BinaryOperator] = [
        "plus": .plus, "minus": .minus, "times": .times, "rdivide": .rdivide, "ldivide": .ldivide,
        "power": .power, "eq": .eq, "ne": .ne, "lt": .lt, "le": .le, "gt": .gt, "ge": .ge,
        "and": .and, "or": .or, "mtimes": .mtimes, "mrdivide": .mrdivide, "mldivide": .mldivide,
        "mpower": .mpower,
    ]

    static let cases: [Case] = OctaveOperatorTable.text.split(separator: "\n").compactMap(Case.init(line:))

    @Test("The Octave table parses completely")
    func tableParses() {
        #expect(Self.cases.count == OctaveOperatorTable.text.split(separator: "\n").count)
        #expect(Self.cases.count > 3000)
    }

    @Test("Every binary operator on every operand pair matches GNU Octave's class, size and values")
    func matchesOctave() throws {
        var failures = [String]()
        for c in Self.cases {
            guard let lhs = OctaveOperatorTable.operands[c.lhs]?.value,
                  let rhs = OctaveOperatorTable.operands[c.rhs]?.value else {
                failures.append("\(c.label): unknown operand")
                continue
            }
            let result: Value
            do {
                result = try Value.binary(c.op, lhs, rhs)
            } catch {
                if c.expected != nil { failures.append("\(c.label): threw \(error.message)") }
                continue
            }
            guard let expected = c.expected else {
                failures.append("\(c.label): expected an error, got \(result.testSummary)")
                continue
            }
            let tolerance = expected.className == "single" ? 1e-6 : 1e-12
            let got = result.testDoubles
            let close = got.count == expected.elements.count && zip(got, expected.elements).allSatisfy { x, y in
                (x.isNaN && y.isNaN) || x == y || abs(x - y) <= tolerance * max(1, abs(y))
            }
            if result.className != expected.className || result.size != expected.size || !close {
                failures.append("\(c.label): got \(result.testSummary), want \(expected.className) "
                    + "\(expected.size) \(expected.elements)")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) mismatches:\n" + failures.prefix(40).joined(separator: "\n")))
    }
}
