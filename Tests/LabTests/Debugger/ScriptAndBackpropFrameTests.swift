import Lab
import MatLang
import Testing

@Suite struct ScriptAndBackpropFrameTests {
    static let files = [
        "grad.m": "x = dlarray([1 2 3]);\n[v, g] = dlfeval(@f, x);\ngd = extractdata(g);\n"
            + "function [y, g] = f(x)\n  y = sum(x .^ 2);\n  g = dlgradient(y, x);\nend\n",
    ]

    @Test func dbstackInABackwardPassShowsTheScriptCallStackAboveTheBackpropChain() throws {
        let lab = try ScriptDebugHarness(files: Self.files, deepLearning: true)
        let text = lab.type(["dbstop in backprop", "dbstop in grad at 2", "run grad", "dbcont", "dbstack", "dbcont", "gd"])
        #expect(text.contains("Breakpoint in grad at grad.m:2.\n2  [v, g] = dlfeval(@f, x);\nK>> dbcont\nPaused before backward pass 1"))
        let stack = try #require(text.components(separatedBy: "K>> dbstack\n").last)
        #expect(stack.hasPrefix("  grad  grad.m:2  [v, g] = dlfeval(@f, x);\n  f     grad.m:6  g = dlgradient(y, x);\n"))
        #expect(lab.transcript.errors.isEmpty)
        let gradient = try #require(lab.session.workspace.value(of: "gd")).doubleArray().elements
        #expect(gradient == [2, 4, 6])
    }

    @Test func aBackwardPassStartedFromAPausedScriptKeepsItsOwnCommands() throws {
        let lab = try ScriptDebugHarness(files: Self.files, deepLearning: true)
        let text = lab.type(["dbstop in grad at 3", "run grad", "dbstop in backprop", "[v2, g2] = dlfeval(@f, x);",
                             "dbstack", "dbcont", "where", "dbcont"])
        #expect(text.contains("K>> [v2, g2] = dlfeval(@f, x);\nPaused before backward pass"))
        let stacks = text.components(separatedBy: "K>> dbstack\n")
        #expect(stacks.count == 2)
        #expect(stacks.last?.hasPrefix("  grad  grad.m:3  gd = extractdata(g);\n") == true)
        #expect(text.contains("K>> where\n→ grad  grad.m:3  gd = extractdata(g);\n"))
        #expect(lab.transcript.errors.isEmpty)
    }
}
