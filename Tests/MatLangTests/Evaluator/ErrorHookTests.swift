import Foundation
import Testing
@testable import MatLang

@Suite struct ErrorHookTests {
    @Test func theErrorHookSeesAnUncaughtErrorOnceAtTheFailingLineInItsFunctionsWorkspace() throws {
        let session = Session()
        var seen: [(line: Int, function: String?, t: Double?)] = []
        session.interpreter.errorHook = { error, workspace in
            seen.append((error.location.line, workspace.functionName, try workspace.value(of: "t")?.scalarDouble()))
        }
        #expect(throws: ExecutionError.self) {
            try session.run("a = 1;\nb = f(a);\nfunction y = f(x)\n  t = x + 1;\n  y = t + undefinedName;\nend", file: "s.m")
        }
        #expect(seen.count == 1)
        #expect(seen.first?.line == 5)
        #expect(seen.first?.function == "f")
        #expect(seen.first?.t == 2)
    }

    @Test func errorsRaisedByBuiltInsReachTheHookAtTheirStatement() throws {
        let session = Session()
        var lines: [Int] = []
        session.interpreter.errorHook = { error, _ in lines.append(error.location.line) }
        #expect(throws: ExecutionError.self) { try session.run("x = 1;\ny = 2;\nfail('a:b', 'boom');\nz = 3;", file: "s.m") }
        #expect(lines == [3])
    }

    @Test func errorsThatATryCatchesNeverReachTheHook() throws {
        let session = Session()
        var calls = 0
        session.interpreter.errorHook = { _, _ in calls += 1 }
        try session.run("try\n  y = g();\ncatch err\n  caught = err.message;\nend\nfunction r = g()\n  r = [1 2] * [3 4];\nend", file: "s.m")
        #expect(calls == 0)
        #expect(session.size("caught") != nil)
        #expect(throws: ExecutionError.self) { try session.run("try\n  q = 1;\ncatch\nend\nw = undefinedName;", file: "t.m") }
        #expect(calls == 1)
    }

    @Test func anErrorInACatchHandlerIsUncaught() throws {
        let session = Session()
        var lines: [Int] = []
        session.interpreter.errorHook = { error, _ in lines.append(error.location.line) }
        #expect(throws: ExecutionError.self) {
            try session.run("try\n  fail('a:b', 'first');\ncatch\n  fail('a:b', 'second');\nend", file: "s.m")
        }
        #expect(lines == [4])
    }

    @Test func throwingFromTheErrorHookReplacesTheError() throws {
        struct Stop: Error {}
        let session = Session()
        session.interpreter.errorHook = { _, _ in throw Stop() }
        #expect {
            try session.run("x = 1;\ny = undefinedName;", file: "s.m")
        } throws: { error in
            guard case .foreign(let inner, let location) = error as? ExecutionError else { return false }
            return inner is Stop && location.line == 2
        }
        #expect(try session.number("x") == 1)
    }

    @Test func anErrorLeavingANestedRunIsNotReportedAgainByTheEnclosingStatement() throws {
        let session = Session()
        var lines: [Int] = []
        session.interpreter.errorHook = { error, _ in lines.append(error.location.line) }
        session.interpreter.statementHook = { location, workspace in
            guard location.file == "outer.m" else { return }
            try session.interpreter.run(source: "a = 1;\nb = undefinedName;", file: "inner.m", in: workspace)
        }
        #expect(throws: ExecutionError.self) { try session.run("x = 1;", file: "outer.m") }
        #expect(lines == [2])
    }

    @Test func anErrorCaughtOutsideANestedRunDoesNotHideTheNextOne() throws {
        let session = Session()
        var lines: [Int] = []
        session.interpreter.errorHook = { error, _ in lines.append(error.location.line) }
        session.interpreter.statementHook = { location, workspace in
            guard location.file == "outer.m", location.line == 1 else { return }
            #expect(throws: ExecutionError.self) { try session.interpreter.run(source: "q = nope;", file: "typed.m", in: workspace) }
        }
        #expect(throws: ExecutionError.self) { try session.run("x = 1;\ny = alsoNope;", file: "outer.m") }
        #expect(lines == [1, 2])
    }

    @Test func eachRunReportsItsOwnError() throws {
        let session = Session()
        var count = 0
        session.interpreter.errorHook = { _, _ in count += 1 }
        #expect(throws: ExecutionError.self) { try session.run("y = undefinedName;") }
        #expect(throws: ExecutionError.self) { try session.run("y = undefinedName;") }
        #expect(count == 2)
    }

    @Test func aRunNestedInTheStatementHookLeavesTheRunningStatementsLocationAlone() throws {
        let session = Session()
        session.interpreter.statementHook = { location, workspace in
            guard location.line == 2 else { return }
            try session.interpreter.run(source: "probe = 1;", in: workspace)
        }
        #expect {
            try session.run("x = 1;\ny = g(fail('a:b', 'late'));\nfunction r = g(v)\n  r = v;\nend", file: "s.m")
        } throws: { error in
            guard case .runtime(_, let location, _, let stack) = error as? ExecutionError else { return false }
            return location.line == 2 && location.file == "s.m" && stack.map(\.line) == [2]
        }
    }

    @Test func theCallStackAndCurrentLocationDescribeTheRunningStatement() throws {
        let session = Session()
        var snapshot: (sites: [Int], current: Int?, depth: Int)?
        session.interpreter.statementHook = { location, _ in
            guard location.line == 4 else { return }
            snapshot = (session.interpreter.callSites.map(\.line), session.interpreter.currentLocation?.line,
                        session.interpreter.callDepth)
        }
        try session.run("a = 1;\nb = f(a);\nfunction y = f(x)\n  y = x;\nend", file: "s.m")
        #expect(snapshot?.sites == [2])
        #expect(snapshot?.current == 4)
        #expect(snapshot?.depth == 1)
    }
}
