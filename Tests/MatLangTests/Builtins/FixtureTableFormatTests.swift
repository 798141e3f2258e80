import Testing

@Suite("Octave fixture table format")
struct FixtureTableFormatTests {
    @Test("the fixture table parses into at least 300 cases, each with its outputs or an expected error")
    func parses() throws {
        let cases = try FixtureTable.load()
        #expect(cases.count >= 300)
        for c in cases {
            if let expected = c.expected {
                #expect(expected.count == c.nargout, "\(c)")
            }
        }
        #expect(cases.contains { $0.followsMatlab })
        #expect(cases.contains { $0.expected == nil })
    }
}
