import Testing
@testable import MatLang

struct OctaveIndexingTests {
    /// Cases where MatLang deliberately differs from Octave, with MatLang's result (`error` or
    /// `class|size|elements`), keyed by `kind|base|subscripts|rhs`:
    /// - deleting with several subscripts where every subscript but one spans its whole
    ///   dimension (`v(1, 4) = []` on a row) deletes, as MATLAB does; Octave rejects it;
    /// - `K(:, 2) = []` on a `2×3×4` array deletes column 2 of the folded `2×12` view, consistent
    ///   with reading `K(:, 2)`; Octave deletes column 2 of every page;
    /// - `y = []; y(2, :, [1 4]) = []` reports the out-of-range row instead of doing nothing.
    static let matlabDifferences: [String: String] = [
        "assign|v|p11|del": "double|1,3|20,30,40",
        "assign|v|p14|del": "double|1,3|10,20,30",
        "assign|v|p111|del": "double|1,3|20,30,40",
        "assign|w|p11|del": "double|2,1|6,7",
        "assign|w|p111|del": "double|2,1|6,7",
        "assign|q|p11|del": "double|0,1|",
        "assign|q|p111|del": "double|0,1|",
        "assign|b|p11|del": "logical|1,3|0,1,1",
        "assign|b|p14|del": "logical|1,3|1,0,1",
        "assign|b|p111|del": "logical|1,3|0,1,1",
        "assign|t|p11|del": "char|1,4|101,108,108,111",
        "assign|t|p14|del": "char|1,4|104,101,108,111",
        "assign|t|p15|del": "char|1,4|104,101,108,108",
        "assign|t|p111|del": "char|1,4|101,108,108,111",
        "assign|K|pc2|del": "double|2,11|1,2,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24",
        "assign|e|p2c14|del": "error",
    ]

    /// MATLAB's rules that differ from Octave across many cases: `[]` takes the class of what is
    /// assigned into it (Octave keeps double for logical), and deleting with a linear index from
    /// a matrix leaves a row (Octave leaves a column).
    static func matlabRule(_ fields: [String], octave: String) -> String {
        var parts = octave.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return octave }
        if fields[0] == "assign" && fields[1] == "e" && fields[3] == "lt" && parts[0] == "double" {
            parts[0] = "logical"
        }
        let singleSubscript = OctaveIndexingTable.subscripts[fields[2]]?.values.count == 1
        if fields[0] == "assign" && ["M", "K"].contains(fields[1]) && fields[3] == "del" && singleSubscript {
            let dims = parts[1].split(separator: ",")
            if dims.count == 2 && dims[1] == "1" && dims[0] != "1" { parts[1] = "1,\(dims[0])" }
        }
        return parts.joined(separator: "|")
    }

    @Test("Indexing and indexed assignment match GNU Octave's class, size and values")
    func matchesOctave() throws {
        var failures = [String]()
        var checked = 0
        for line in OctaveIndexingTable.text.split(separator: "\n") {
            let fields = line.trimmingCharacters(in: .whitespaces)
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5,
                  let base = OctaveIndexingTable.bases[fields[1]],
                  let subscripts = OctaveIndexingTable.subscripts[fields[2]] else {
                failures.append("unreadable line \(line)")
                continue
            }
            let key = fields[0...3].joined(separator: "|")
            let expectedText = Self.matlabDifferences[key]
                ?? Self.matlabRule(fields, octave: fields[4...].joined(separator: "|"))
            let label = fields[0] == "read"
                ? "x = \(base.octave); x(\(subscripts.octave))"
                : "y = \(base.octave); y(\(subscripts.octave)) = \(OctaveIndexingTable.rightSides[fields[3]]?.octave ?? "?")"
            checked += 1
            let result: Value
            do {
                if fields[0] == "read" {
                    result = try base.value.indexed(subscripts.values)
                } else {
                    guard let rhs = OctaveIndexingTable.rightSides[fields[3]]?.value else {
                        failures.append("\(label): unknown right side")
                        continue
                    }
                    var y = base.value
                    try y.assign(rhs, at: subscripts.values)
                    result = y
                }
            } catch {
                if expectedText != "error" { failures.append("\(label): threw \(error.message); want \(expectedText)") }
                continue
            }
            let got = "\(result.className)|\(result.size.map(String.init).joined(separator: ","))|"
                + result.testDoubles.map { Self.format($0) }.joined(separator: ",")
            if got != expectedText { failures.append("\(label): got \(got); want \(expectedText)") }
        }
        #expect(checked > 1900)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) mismatches:\n" + failures.prefix(60).joined(separator: "\n")))
    }

    /// Formats an element like Octave's `%.17g` for the integers and simple values in the table.
    static func format(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
