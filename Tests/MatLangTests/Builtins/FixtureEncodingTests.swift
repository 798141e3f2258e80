import MatLang
import Testing

@Suite("Fixture encoding")
struct FixtureEncodingTests {
    @Test("values encode as class, size and full-precision elements")
    func encodes() {
        #expect(FixtureEncoding.lines(m([1, 2], [3, 4.5])) == ["double 2x2 1 3 2 4.5"])
        #expect(FixtureEncoding.lines(char("a\"b\n")) == ["char 1x4 \"a\\\"b\\n\""])
        #expect(FixtureEncoding.lines(.cellRow([n(1)])) == ["cell 1x1", "  double 1x1 1"])
    }

    @Test("matching tolerates rounding but not wrong values, sizes or classes")
    func matching() {
        #expect(FixtureEncoding.matches(["double 1x1 0.30000000000000004"], ["double 1x1 0.3"]))
        #expect(!FixtureEncoding.matches(["double 1x2 4 7"], ["double 1x2 4 6"]))
        #expect(!FixtureEncoding.matches(["double 2x1 4 6"], ["double 1x2 4 6"]))
        #expect(!FixtureEncoding.matches(["single 1x2 4 6"], ["double 1x2 4 6"]))
        #expect(!FixtureEncoding.matches(["char 1x2 \"ab\""], ["char 1x2 \"ac\""]))
        #expect(FixtureEncoding.matches(["double 1x1 NaN"], ["double 1x1 NaN"]))
    }
}
