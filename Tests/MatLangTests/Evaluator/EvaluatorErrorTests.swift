import Foundation
import Testing
@testable import MatLang

@Suite struct EvaluatorErrorTests {
    @Test func unknownNamesSuggestTheNearestDefinedName() throws {
        let session = try Session().run("learningRate = 0.1;")
        #expect {
            try session.run("y = learningRat * 2;")
        } throws: { error in
            guard case .runtime(.undefined(let name, let suggestion), let location, _, _) = error as? ExecutionError else { return false }
            return name == "learningRat" && suggestion == "learningRate" && location.line == 1 && location.column == 1
        }
    }

    @Test func aFailingStatementLeavesEveryVariableAsItWas() throws {
        let session = try Session().run("x = 1; c = {1}; s.a = 1;")
        #expect(throws: ExecutionError.self) { try session.run("x = [1 2] * [3 4];") }
        #expect(throws: ExecutionError.self) { try session.run("[x, c] = twooutputs(undefinedName);") }
        #expect(throws: ExecutionError.self) { try session.run("s.a(2).b = [1 2] + [1 2 3];") }
        #expect(try session.number("x") == 1)
        #expect(session.size("c") == [1, 1])
        #expect(try session.interpreter.baseWorkspace.value(of: "s")?.singleField("a").scalarDouble() == 1)
    }

    @Test func anIndexedAssignmentThatFailsLeavesTheArrayAsItWas() throws {
        // `x(i) = v` writes in place: the workspace lets go of the array while it is written,
        // so a failure must put it back untouched.
        let session = try Session().run("x = [1 2 3]; g = zeros(2, 2, 2);")
        #expect(throws: ExecutionError.self) { try session.run("x(0) = 5;") }
        #expect(throws: ExecutionError.self) { try session.run("x(2, :) = [1 2];") }
        #expect(throws: ExecutionError.self) { try session.run("g(1, 1, :) = [1 2 3];") }
        #expect(throws: ExecutionError.self) { try session.run("x(1) = {4};") }
        #expect(session.size("x") == [1, 3])
        #expect(try session.numbers("x") == [1, 2, 3])
        #expect(session.size("g") == [2, 2, 2])
        #expect(try session.numbers("g") == Array(repeating: 0, count: 8))
    }

    @Test func indexedAssignmentSubscriptsMayReadTheArrayBeingAssigned() throws {
        let session = try Session().run("x = [1 2 3]; x(numel(x) + 1) = 7; x(x > 2) = 0; x(end + 1) = x(1);")
        #expect(try session.numbers("x") == [1, 2, 0, 0, 1])
    }

    @Test func errorsCarryTheLocationOfTheFailingStatementInsideFunctions() throws {
        let source = "a = 1;\nb = inner(a);\nfunction r = inner(x)\n  r = x + missingThing;\nend\n"
        let session = Session()
        do {
            try session.run(source, file: "script.m")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "script.m", line: 4, column: 3))
            guard case .runtime(_, _, let function, let stack) = error else { return }
            #expect(function == "inner")
            #expect(stack.map(\.line) == [2, 4])
            #expect(error.rendered(source: source).hasPrefix("Error using inner\nUnrecognized function or variable 'missingThing'."))
        }
    }

    @Test func syntaxErrorsRunNothing() throws {
        let session = Session()
        #expect {
            try session.run("x = 1;\ny = (2 + ;")
        } throws: { error in
            guard case .syntax(let parse, _) = error as? ExecutionError else { return false }
            return parse.location.line == 2
        }
        #expect(session.size("x") == nil)
    }

    @Test func theInterruptFlagStopsALoopAndIsCleared() throws {
        let session = Session()
        var statements = 0
        session.interpreter.statementHook = { _, _ in
            statements += 1
            if statements % 50 == 0 { session.interpreter.interrupt.request() }
        }
        #expect {
            try session.run("n = 0; while 1, n = n + 1; end")
        } throws: { error in
            (error as? ExecutionError)?.runtimeError == .interrupted
        }
        #expect(!session.interpreter.interrupt.isRequested)
        #expect(try session.number("n") > 0)
        #expect(throws: ExecutionError.self) { try session.run("try, while 1, n = n + 1; end, catch, end") }
    }

    @Test func theStatementHookSeesEveryStatementWithItsWorkspace() throws {
        let session = Session()
        var lines: [Int] = []
        var functionScopes: [String?] = []
        session.interpreter.statementHook = { location, workspace in
            lines.append(location.line)
            functionScopes.append(workspace.functionName)
        }
        try session.run("a = 1;\nb = f(a);\nfunction y = f(x)\n  y = x;\nend", file: "s.m")
        #expect(lines == [1, 2, 4])
        #expect(functionScopes == [nil, nil, "f"])
    }

    @Test func unassignedOutputsAreReported() throws {
        let session = Session()
        #expect {
            try session.run("v = noout();\nfunction r = noout()\nend\n")
        } throws: { error in
            (error as? ExecutionError)?.message.contains("Output argument \"r\"") == true
        }
    }
}

@Suite struct EvaluatorNestingTests {
    struct Quit: Error {}

    @Test func errorsOfOtherDomainsPassThroughTryCatchUnchanged() throws {
        let session = Session()
        session.interpreter.statementHook = { location, _ in
            if location.line == 2 { throw Quit() }
        }
        #expect {
            try session.run("try\n  x = 1;\ncatch\n  caught = 1;\nend")
        } throws: { error in
            guard case .foreign(let inner, let location) = error as? ExecutionError else { return false }
            return inner is Quit && location.line == 2
        }
        #expect(session.size("caught") == nil)
    }

    @Test func codeCanRunInsideAPausedFunctionsWorkspace() throws {
        let session = Session()
        var seen: Double?
        session.interpreter.statementHook = { location, workspace in
            guard location.line == 4, workspace.functionName == "f" else { return }
            session.interpreter.statementHook = nil
            try session.interpreter.run(source: "probe = x * 10;", in: workspace)
            seen = try workspace.value(of: "probe")?.scalarDouble()
        }
        try session.run("y = f(4);\nfunction r = f(x)\n  t = x + 1;\n  r = t;\nend\n", file: "s.m")
        #expect(seen == 40)
        #expect(try session.number("y") == 5)
        #expect(session.size("probe") == nil)
    }

    @Test func anonymousFunctionsDisplayLikeMatlab() throws {
        let session = try Session().run("f = @(x) x.^2 + 1")
        #expect(session.output.contains("@(x)x.^2+1"))
    }

    @Test func runningAScriptFileUsesItsFolderForFunctionFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-run-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "function y = triple(x)\n  y = 3 * x;\nend\n".write(to: folder.appendingPathComponent("triple.m"), atomically: true, encoding: .utf8)
        let script = folder.appendingPathComponent("main.m")
        try "v = triple(5);\n".write(to: script, atomically: true, encoding: .utf8)
        let session = Session(folder: "/")
        try session.interpreter.run(file: script.path)
        #expect(try session.number("v") == 15)
    }
}
