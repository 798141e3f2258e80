import Lab
import MatLang
import Testing

@Suite struct ScriptBreakpointTranscriptTests {
    @Test func aBreakpointStopsBeforeItsLineWithMatlabsPromptAndLineEcho() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 3", "run main", "a", "b", "dbcont"])
        #expect(text.contains(">> run main\nBreakpoint in main at main.m:3.\n3  b = triple(a + 1);\nK>> a\n" + lab.shown("a", 1)))
        #expect(lab.transcript.errors.contains("Unrecognized function or variable 'b'."))
        #expect(text.hasSuffix("K>> dbcont\n>> ^D\n"))
        #expect(lab.number("d") == 112)
        #expect(!lab.session.isPaused)
    }

    @Test func dbstepRunsOneLineSkippingBlankLinesAndEnterRepeatsIt() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 2", "run main", "dbstep", "n", "", "disp(c)", "dbcont"])
        #expect(text.contains("Breakpoint in main at main.m:2.\n2  a = 1;\nK>> dbstep\n3  b = triple(a + 1);\n"
                              + "K>> n\n5  c = b + helper(b);\nK>> \n6  d = c * 2;\nK>> disp(c)\n    56\nK>> dbcont\n>> ^D\n"))
        #expect(lab.number("d") == 112)
    }

    @Test func dbstepInEntersAFunctionFileAndDbstepOutReturnsToTheCaller() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 3", "run main", "dbstep in", "x", "dbstep out", "b", "dbcont"])
        #expect(text.contains("K>> dbstep in\nIn triple at triple.m:2.\n2  y = 3 * x;\nK>> x\n" + lab.shown("x", 2)))
        #expect(text.contains("K>> dbstep out\nIn main at main.m:5.\n5  c = b + helper(b);\nK>> b\n" + lab.shown("b", 6)))
        #expect(lab.transcript.errors.isEmpty)
        #expect(lab.number("d") == 112)
    }

    @Test func dbstepInEntersALocalFunctionAndWhosShowsItsVariables() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 5", "run main", "dbstep in", "s", "whos", "t", "dbstep out", "dbcont"])
        #expect(text.contains("K>> dbstep in\nIn helper at main.m:9.\n9  t = x - 1;\nK>> s\n10  y = t * 10;\n"))
        let listing = try #require(text.components(separatedBy: "K>> whos\n").last?.components(separatedBy: "K>> t").first)
        #expect(listing.contains("t "))
        #expect(listing.contains("x "))
        #expect(!listing.contains("a "))
        #expect(text.contains("K>> t\n" + lab.shown("t", 5)))
        #expect(text.contains("K>> dbstep out\nIn main at main.m:6.\n6  d = c * 2;\n"))
        #expect(lab.number("d") == 112)
    }

    @Test func dbstackListsTheFramesAndDbupMovesWhereExpressionsRun() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in triple at 2", "run main", "where", "u", "a", "dbstack", "u", "d", "x", "dbdown", "c"])
        #expect(text.contains("K>> where\n  main    main.m:3    b = triple(a + 1);\n→ triple  triple.m:2  y = 3 * x;\n"))
        #expect(text.contains("K>> u\nIn main at main.m:3.\n3  b = triple(a + 1);\nK>> a\n" + lab.shown("a", 1)))
        #expect(text.contains("K>> dbstack\n→ main    main.m:3    b = triple(a + 1);\n  triple  triple.m:2  y = 3 * x;\n"))
        #expect(text.contains("K>> u\n") && lab.transcript.errors.contains("Already in the outermost frame."))
        #expect(text.contains("K>> d\nIn triple at triple.m:2.\n2  y = 3 * x;\nK>> x\n" + lab.shown("x", 2)))
        #expect(lab.transcript.errors.contains("Already in the innermost frame."))
        #expect(lab.number("d") == 112)
    }

    @Test func dbcontAfterSteppingEndsWithTheWorkspaceOfAnUnpausedRun() throws {
        let plain = try ScriptDebugHarness()
        plain.type(["run main"])
        let paused = try ScriptDebugHarness()
        paused.type(["dbstop in main at 2", "dbstop in main at 9", "run main", "s", "dbstep in", "s", "c", "s", "c"])
        #expect(paused.transcript.errors.isEmpty)
        #expect(plain.session.workspace.variableNames == paused.session.workspace.variableNames)
        for name in plain.session.workspace.variableNames {
            let expected = try #require(plain.session.workspace.value(of: name))
            #expect(paused.session.workspace.value(of: name)?.isEqual(to: expected) == true)
        }
        #expect(paused.number("c") == 56)
    }

    @Test func steppingPastTheLastLineEndsTheRunAndTheNextEntryDoesNotStop() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 6", "run main", "dbstep", "z = 7"])
        #expect(text.contains("6  d = c * 2;\nK>> dbstep\n>> z = 7\n"))
        #expect(lab.number("z") == 7)
        #expect(!lab.session.isPaused)
    }

    @Test func aConditionalBreakpointStopsOnlyWhenItsConditionIsTrue() throws {
        let lab = try ScriptDebugHarness(files: ["loop.m": "total = 0;\nfor k = 1:5\n  total = total + k;\nend\n"])
        let text = lab.type(["dbstop in loop at 3 if k == 4", "run loop", "k", "total", "dbcont"])
        #expect(text.components(separatedBy: "Breakpoint in").count == 2)
        #expect(text.contains("Breakpoint in loop at loop.m:3 (`k == 4` is true).\n3  total = total + k;\nK>> k\n" + lab.shown("k", 4)))
        #expect(text.contains("K>> total\n" + lab.shown("total", 6)))
        #expect(lab.number("total") == 15)
    }

    @Test func aBreakpointInALoopStopsOnEveryPass() throws {
        let lab = try ScriptDebugHarness(files: ["loop.m": "s = 0;\nfor k = 1:3\n  s = s + k;\nend\n"])
        let text = lab.type(["dbstop in loop at 3", "run loop", "c", "c", "k", "c"])
        #expect(text.components(separatedBy: "Breakpoint in loop at loop.m:3.").count == 4)
        #expect(text.contains("K>> k\n" + lab.shown("k", 3)))
        #expect(lab.number("s") == 6)
    }

    @Test func dbquitAbandonsTheRunAndKeepsWhatRanBefore() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 5", "run main", "q", "b"])
        #expect(text.contains("K>> q\nDebugging stopped (dbquit)"))
        #expect(!lab.transcript.errors.contains("Error"))
        #expect(lab.number("b") == 6)
        #expect(lab.number("c") == nil)
        #expect(text.hasSuffix(">> b\n" + lab.shown("b", 6) + ">> ^D\n"))
    }

    @Test func theEndOfInputWhilePausedQuitsTheRun() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 5", "run main"])
        #expect(text.contains("5  c = b + helper(b);\nK>> ^D\nDebugging stopped (dbquit)"))
        #expect(lab.number("c") == nil)
    }
}
