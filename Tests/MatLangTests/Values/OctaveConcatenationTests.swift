import Testing
@testable import MatLang

struct OctaveConcatenationTests {
    /// Cases where MatLang deliberately differs from Octave, keyed by `lhs|rhs|dimension`:
    /// `[]` is dropped entirely, so it does not turn logical into double; numbers become char
    /// code units rounded and clamped at 0 (`char(1.5)` is 2, negatives 0), where Octave truncates
    /// and wraps negatives modulo 256.
    static let matlabDifferences: [String: String] = [
        "L|e|1": "logical|1,2|1,0", "L|e|2": "logical|1,2|1,0", "L|e|3": "logical|1,2|1,0",
        "e|L|1": "logical|1,2|1,0", "e|L|2": "logical|1,2|1,0", "e|L|3": "logical|1,2|1,0",
        "r|ch|1": "char|2,3|1,97,0,98,3,99", "r|ch|2": "char|1,6|1,0,3,97,98,99",
        "r|ch|3": "char|1,3,2|1,0,3,97,98,99",
        "ch|r|1": "char|2,3|97,1,98,0,99,3", "ch|r|2": "char|1,6|97,98,99,1,0,3",
        "ch|r|3": "char|1,3,2|97,98,99,1,0,3",
        "ch|sg|2": "char|1,5|97,98,99,2,0", "sg|ch|2": "char|1,5|2,0,97,98,99",
    ]

    @Test("Concatenation matches GNU Octave's class, size and values")
    func matchesOctave() {
        var failures = [String]()
        var checked = 0
        for line in OctaveConcatenationTable.text.split(separator: "\n") {
            let fields = line.trimmingCharacters(in: .whitespaces)
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let a = OctaveConcatenationTable.operands[fields[0]],
                  let b = OctaveConcatenationTable.operands[fields[1]], let dimension = Int(fields[2]) else {
                failures.append("unreadable line \(line)")
                continue
            }
            checked += 1
            let key = fields[0...2].joined(separator: "|")
            let expected = Self.matlabDifferences[key] ?? fields[3...].joined(separator: "|")
            let label = "cat(\(dimension), \(a.octave), \(b.octave))"
            do {
                let result = try Value.concatenate([a.value, b.value], along: dimension)
                let got = "\(result.className)|\(result.size.map(String.init).joined(separator: ","))|"
                    + result.testDoubles.map { OctaveIndexingTests.format($0) }.joined(separator: ",")
                if got != expected { failures.append("\(label): got \(got); want \(expected)") }
            } catch {
                if expected != "error" { failures.append("\(label): threw \(error.message); want \(expected)") }
            }
        }
        #expect(checked == 363)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) mismatches:\n" + failures.prefix(60).joined(separator: "\n")))
    }
}
