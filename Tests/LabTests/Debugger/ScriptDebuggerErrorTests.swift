import Lab
import MatLang
import Testing

@Suite struct ScriptDebuggerErrorTests {
    static let failing = [
        "err.m": "x = 5;\ny = scale(x);\nz = 1;\nfunction r = scale(v)\n  w = v * 2;\n  r = w + missingName;\nend\n",
        "caught.m": "try\n  q = [1 2] * [3 4];\ncatch\n  q = 0;\nend\nfine = 1;\n",
    ]

    @Test func dbstopIfErrorPausesAtTheFailingLineInItsFrame() throws {
        let lab = try ScriptDebugHarness(files: Self.failing)
        let text = lab.type(["dbstop if error", "run err", "w", "where", "dbstep", "dbcont", "x"])
        #expect(text.contains("Unrecognized function or variable 'missingName'."))
        #expect(text.contains("Paused at the error in scale at err.m:6.\n6  r = w + missingName;\nK>> w\n" + lab.shown("w", 10)))
        #expect(text.contains("K>> where\n  err    err.m:2  y = scale(x);\n→ scale  err.m:6  r = w + missingName;\n"))
        #expect(lab.transcript.errors.contains("The line raised an error and cannot run on"))
        #expect(text.components(separatedBy: "Paused at the error").count == 2)
        #expect(text.contains("K>> dbcont\nError using scale\nUnrecognized function or variable 'missingName'.\n"))
        #expect(text.contains(">> x\n" + lab.shown("x", 5)))
        #expect(lab.number("z") == nil)
        #expect(lab.number("x") == 5)
    }

    @Test func anErrorTypedWhilePausedDoesNotHideTheScriptsLaterError() throws {
        let lab = try ScriptDebugHarness(files: Self.failing)
        let text = lab.type(["dbstop if error", "dbstop in err at 5", "run err", "nosuch + 1", "dbcont", "dbcont", "x"])
        #expect(text.contains("Breakpoint in scale at err.m:5."))
        #expect(text.contains("Paused at the error in scale at err.m:6."))
        #expect(text.components(separatedBy: "Paused at the error").count == 2)
        #expect(text.hasSuffix(">> x\n" + lab.shown("x", 5) + ">> ^D\n"))
    }

    @Test func errorsCaughtByTryDoNotPause() throws {
        let lab = try ScriptDebugHarness(files: Self.failing)
        let text = lab.type(["dbstop if error", "run caught"])
        #expect(!text.contains("K>>"))
        #expect(lab.number("q") == 0)
        #expect(lab.number("fine") == 1)
    }

    @Test func dbclearIfErrorStopsPausingOnErrors() throws {
        let lab = try ScriptDebugHarness(files: Self.failing)
        let text = lab.type(["dbstop if error", "dbclear if error", "run err"])
        #expect(!text.contains("K>>"))
        #expect(lab.transcript.errors.contains("missingName"))
        #expect(lab.session.interpreter.errorHook == nil)
    }

    @Test func breakpointsOnLinesWithoutCodeMoveToTheNextCodeLineAndSaySo() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 4", "dbstop in main.m at 8", "dbstop in triple", "dbstatus", "run main", "c", "c", "c"])
        #expect(text.contains("Line 4 of main.m has no code; the breakpoint is at line 5: c = b + helper(b);\n"))
        #expect(text.contains("Line 8 of main.m has no code; the breakpoint is at line 9: t = x - 1;\n"))
        #expect(text.contains(">> dbstatus\ndbstop in main.m at 5\ndbstop in main.m at 9\ndbstop in triple.m at 2\n>> run main"))
        #expect(text.contains("Breakpoint in triple at triple.m:2."))
        #expect(text.contains("Breakpoint in main at main.m:5."))
        #expect(text.contains("Breakpoint in helper at main.m:9."))
        #expect(lab.number("d") == 112)
    }

    @Test func dbclearRemovesOneFileOrEveryBreakpoint() throws {
        let lab = try ScriptDebugHarness(deepLearning: true)
        lab.type(["dbstop in main at 3", "dbstop in main at 5", "dbstop in triple at 2", "dbstop if error", "dbstop in backprop"])
        lab.type(["dbclear in main at 3", "dbstatus"])
        #expect(lab.transcript.text.hasSuffix(">> dbstatus\ndbstop in main.m at 5\ndbstop in triple.m at 2\ndbstop if error\ndbstop in backprop\n>> ^D\n"))
        lab.type(["dbclear in triple", "dbclear in backprop", "dbstatus"])
        #expect(lab.transcript.text.hasSuffix(">> dbstatus\ndbstop in main.m at 5\ndbstop if error\n>> ^D\n"))
        lab.type(["dbclear all", "dbstatus", "run main"])
        #expect(lab.transcript.text.hasSuffix(">> dbstatus\nNo breakpoints are set.\n>> run main\n>> ^D\n"))
        #expect(lab.session.interpreter.statementHook == nil)
        #expect(lab.session.interpreter.errorHook == nil)
    }

    @Test(arguments: [
        ("dbstop in nowhere at 3", "Cannot find 'nowhere' (or 'nowhere.m') in "),
        ("dbstop in main at 40", "Line 40 is past the end of 'main.m' (11 lines)."),
        ("dbstop in main at 11", "'main.m' has no code on or after line 11."),
        ("dbstop in main at zero", "Usage: dbstop in FILE [at LINE] [if EXPR]"),
        ("dbstop in main at 3 if k ==", "The breakpoint condition `k ==` is not an expression"),
        ("dbstop in main at 3 if k = 2", "The breakpoint condition `k = 2` is not an expression"),
        ("dbstop sometimes", "Usage: dbstop in FILE [at LINE] [if EXPR]"),
        ("dbclear in main at 3", "No breakpoint is set in 'main.m' at line 3."),
        ("dbclear in main at three", "Usage: dbclear [all] | dbclear in FILE [at LINE]"),
    ])
    func badBreakpointsAreClearErrorsAndSetNothing(command: String, message: String) throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type([command, "dbstatus", "y = 2"])
        #expect(lab.transcript.errors.contains(message))
        #expect(text.contains(">> dbstatus\nNo breakpoints are set.\n"))
        #expect(lab.number("y") == 2)
    }

    @Test func aConditionThatFailsIsReportedAndTreatedAsFalse() throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type(["dbstop in main at 3 if nosuch > 1", "run main"])
        #expect(lab.transcript.errors.contains("The condition `nosuch > 1` of the breakpoint at main.m:3 failed and was treated as false"))
        #expect(lab.transcript.errors.contains("nosuch"))
        #expect(!text.contains("K>>"))
        #expect(lab.number("d") == 112)
    }

    @Test(arguments: ["dbstep", "dbstep in", "dbcont", "dbquit", "dbstack", "dbup", "dbdown"])
    func steppingCommandsWithNothingPausedSayHowToPause(command: String) throws {
        let lab = try ScriptDebugHarness()
        let text = lab.type([command, "y = 1 + 1"])
        let verb = String(command.split(separator: " ")[0])
        #expect(lab.transcript.errors.contains("`\(verb)` works only while the debugger is paused (K>>); set a breakpoint with `dbstop in FILE at LINE`"))
        #expect(text.hasSuffix("y =\n\n     2\n\n>> ^D\n"))
    }

    @Test func dbstepBackInAScriptExplainsThatLinesCannotBeUndone() throws {
        let lab = try ScriptDebugHarness()
        lab.type(["dbstop in main at 3", "run main", "dbstep back", "dbstep 2", "dbcont"])
        #expect(lab.transcript.errors.contains("a script line that ran cannot be undone"))
        #expect(lab.transcript.text.contains("K>> dbstep 2\n6  d = c * 2;\n"))
    }

    @Test func theHooksAreOnlyInstalledWhileABreakpointOrAStepIsPending() throws {
        let lab = try ScriptDebugHarness()
        #expect(lab.session.interpreter.statementHook == nil)
        lab.type(["dbstop in main at 6"])
        #expect(lab.session.interpreter.statementHook != nil)
        #expect(lab.session.interpreter.errorHook == nil)
        lab.type(["dbstop if error"])
        #expect(lab.session.interpreter.errorHook != nil)
        lab.type(["dbclear all", "run main"])
        #expect(lab.session.interpreter.statementHook == nil)
        #expect(lab.session.interpreter.errorHook == nil)
    }
}
