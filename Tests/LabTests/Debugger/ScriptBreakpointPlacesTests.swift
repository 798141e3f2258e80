import Lab
import MatLang
import Testing

@Suite struct ScriptBreakpointPlacesTests {
    static let sections = [
        "lesson.m": "%% Data\nx = 1:4;\ntotal = sum(x);\n%% Scale\nscaled = twice(total);\n\n"
            + "function r = twice(a)\n  r = 2 * a;\nend\n",
    ]

    @Test func aBreakpointStopsInASectionRunByRunadvance() throws {
        let lab = try ScriptDebugHarness(files: Self.sections)
        let text = lab.type(["open lesson", "dbstop in lesson at 8", "ra", "ra", "a", "dbstack", "c"])
        #expect(text.contains("Breakpoint in twice at lesson.m:8.\n8  r = 2 * a;\nK>> a\n" + lab.shown("a", 10)))
        #expect(text.contains("K>> dbstack\n  lesson  lesson.m:5  scaled = twice(total);\n→ twice   lesson.m:8  r = 2 * a;\n"))
        #expect(lab.number("scaled") == 20)
    }

    @Test func aLineWithSeveralStatementsStopsOnceBeforeTheFirst() throws {
        let lab = try ScriptDebugHarness(files: ["two.m": "p = 1; q = 2;\nr = p + q;\n"])
        let text = lab.type(["dbstop in two at 1", "run two", "exist q", "dbstep", "disp(q)", "dbcont"])
        #expect(text.components(separatedBy: "Breakpoint in").count == 2)
        #expect(text.contains("Breakpoint in two at two.m:1.\n1  p = 1; q = 2;\nK>> exist q\nans =\n\n     0\n\n"))
        #expect(text.contains("K>> dbstep\n2  r = p + q;\nK>> disp(q)\n     2\nK>> dbcont\n"))
        #expect(lab.number("r") == 3)
    }

    @Test func dbstopInAFileWithoutALineStopsAtItsFirstCodeLine() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in triple.m", "dbstatus", "b = triple(7);", "x", "dbcont", "b"])
        #expect(text.contains(">> dbstatus\ndbstop in triple.m at 2\n"))
        #expect(text.contains("Breakpoint in triple at triple.m:2.\n2  y = 3 * x;\nK>> x\n" + lab.shown("x", 7)))
        #expect(text.hasSuffix(">> b\n" + lab.shown("b", 21) + ">> ^D\n"))
    }

    @Test func aFunctionCalledFromTheCommandLineStopsAndListsOnlyFileFrames() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in triple at 2", "v = triple(4) + 1", "where", "dbup", "dbstep out", "v"])
        #expect(text.contains("K>> where\n→ triple  triple.m:2  y = 3 * x;\n"))
        #expect(lab.transcript.errors.contains("Already in the outermost frame."))
        #expect(text.contains("K>> dbstep out\nv =\n\n    13\n\n>> v\n"))
    }

    @Test func aStopInsideAFunctionKeepsTheLocalFunctionsCallableAtThePrompt() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 6", "run main", "helper(2)", "dbcont"])
        #expect(text.contains("K>> helper(2)\n" + lab.shown("ans", 10)))
        #expect(lab.transcript.errors.isEmpty)
    }
}
