import MatLang
import Testing

@Suite("Conversion and formatting")
struct ConversionTests {
    static let cases: [BuiltinCase] = [
        BuiltinCase("double", [char("AZ")], "double 1x2 65 90"),
        BuiltinCase("double", [str("2.5")], "double 1x1 2.5"),
        BuiltinCase("single", [n(.pi)], "single 1x1 3.14159274"),
        BuiltinCase("logical", [r(2, 0, -1)], "logical 1x3 1 0 1"),
        BuiltinCase("char", [r(72, 105)], "char 1x2 \"Hi\""),
        BuiltinCase("char", [.cellRow([char("ab"), char("cde")])], "char 2x3 \"acbd e\""),
        BuiltinCase("string", [r(1, 2.5)], "string 1x2 \"1\" \"2.5\""),
        BuiltinCase("num2str", [n(.pi)], "char 1x6 \"3.1416\""),
        BuiltinCase("num2str", [n(.pi), n(8)], "char 1x9 \"3.1415927\""),
        BuiltinCase("num2str", [r(1, 2, 3)], "char 1x7 \"1  2  3\""),
        BuiltinCase("num2str", [r(1.5, 2.25)], "char 1x15 \"1.5        2.25\""),
        BuiltinCase("num2str", [n(1e10)], "char 1x11 \"10000000000\""),
        BuiltinCase("num2str", [n(1e-5)], "char 1x5 \"1e-05\""),
        BuiltinCase("num2str", [m([1, 10], [100, 2])], "char 2x8 \" 1 010      1 02\""),
        BuiltinCase("sprintf", [char("%d,"), r(1, 2, 3)], "char 1x6 \"1,2,3,\""),
        BuiltinCase("sprintf", [char("%d %d\\n"), m([1, 2], [3, 4])], "char 1x8 \"1 3\\n2 4\\n\""),
        BuiltinCase("sprintf", [char("%5.2f|%-4d|%+d"), n(.pi), n(3), n(3)], "char 1x13 \" 3.14|3   |+3\""),
        BuiltinCase("sprintf", [char("%d %s"), n(1), char("ab"), n(2), char("cd")], "char 1x8 \"1 ab2 cd\""),
        BuiltinCase("sprintf", [char("%d"), char("A")], "char 1x2 \"65\""),
        BuiltinCase("sprintf", [char("%s"), n(65)], "char 1x1 \"A\""),
        BuiltinCase("sprintf", [char("%d"), n(1.5)], "char 1x12 \"1.500000e+00\""),
        BuiltinCase("sprintf", [char("%d apples"), .empty], "char 1x7 \" apples\""),
        BuiltinCase("sprintf", [char("%d and %d\\n"), r(1, 2, 3)], "char 1x14 \"1 and 2\\n3 and \""),
        BuiltinCase("sprintf", [char("%x %o %e %g"), n(255), n(8), n(12345.678), n(1e-10)], "char 1x24 \"ff 10 1.234568e+04 1e-10\""),
        BuiltinCase("sprintf", [char("%*d|%.3s|%%|%c"), n(5), n(3), char("abcdef"), n(72)], "char 1x13 \"    3|abc|%|H\""),
        BuiltinCase("sprintf", [char("%d %f"), .number(.infinity), .number(.nan)], "char 1x7 \"Inf NaN\""),
        BuiltinCase("sprintf", [str("%d-%d"), r(1, 2)], "string 1x1 \"1-2\""),
        BuiltinCase("sprintf", [char("a\\tb\\x41\\101\\\\")], "char 1x6 \"a\\tbAA\\\\\""),
    ]

    @Test("conversions, num2str and sprintf follow MATLAB", arguments: cases)
    func conversion(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("logical of NaN is refused")
    func logicalNaN() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.nanToLogical) { try context.run("logical", n(.nan)) }
    }

    @Test("sprintf refuses cell arguments and names itself")
    func sprintfCell() throws {
        let context = BuiltinTestContext()
        do {
            _ = try context.run("sprintf", char("%d"), .cellRow([n(1)]))
            Issue.record("expected an error")
        } catch let error as RuntimeError {
            #expect(error.functionName == "sprintf")
        }
    }
}
