import Foundation
import Testing
@testable import MatLang

@Suite struct EvaluatorFunctionTests {
    @Test func localFunctionsSeeNarginNargoutVararginAndVarargout() throws {
        let session = try Session().run("""
        [p, q, r] = spread(1, 2, 3, 4);
        n0 = howmany();
        n2 = howmany(5, 6);
        [o1, o2] = outs();
        function varargout = spread(first, varargin)
          varargout{1} = first;
          for k = 1:nargout - 1
            varargout{k + 1} = varargin{k} * 10;
          end
        end
        function n = howmany(varargin)
          n = nargin;
        end
        function [a, b] = outs()
          a = nargout;
          b = numel([a a]);
        end
        """)
        #expect(try session.number("p") == 1)
        #expect(try session.number("q") == 20)
        #expect(try session.number("r") == 30)
        #expect(try session.number("n0") == 0)
        #expect(try session.number("n2") == 2)
        #expect(try session.number("o1") == 2)
        #expect(try session.number("o2") == 2)
    }

    @Test func tildeDiscardsOutputsAndRecursionWorks() throws {
        let session = try Session().run("""
        [~, second] = twooutputs();
        f = fact(5);
        function r = fact(n)
          if n <= 1
            r = 1;
            return
          end
          r = n * fact(n - 1);
        end
        """)
        #expect(try session.number("second") == 2)
        #expect(try session.number("f") == 120)
        #expect(session.size("ans") == nil)
    }

    @Test func closuresCaptureValuesAtCreation() throws {
        let session = try Session().run("""
        k = 2;
        scale = @(x) x * k;
        k = 10;
        a = scale(3);
        sq = @(v) v.^2;
        compose = @(f, g) @(x) f(g(x));
        h = compose(scale, sq);
        b = h(3);
        named = @twice;
        c = named(4);
        function y = twice(x)
          y = 2 * x;
        end
        """)
        #expect(try session.number("a") == 6)
        #expect(try session.number("b") == 18)
        #expect(try session.number("c") == 8)
    }

    @Test func handlesToLocalFunctionsWorkAfterTheScriptHasFinished() throws {
        let session = try Session().run("g = @helper;\nfunction y = helper(x)\n  y = x + 100;\nend\n", file: "/tmp/script.m")
        try session.run("z = g(1);")
        #expect(try session.number("z") == 101)
    }

    @Test func tooManyInputsNamesTheFunction() throws {
        let session = Session()
        #expect {
            try session.run("y = one(1, 2);\nfunction r = one(x)\n  r = x;\nend\n")
        } throws: { error in
            guard case .runtime(.tooManyInputs(let name), _, let function, _) = error as? ExecutionError else { return false }
            return name == "one" && function == "one"
        }
    }

    @Test func functionFilesInTheCurrentFolderAreCallable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("function [y, n] = addone(x)\n  y = x + 1;\n  n = helper();\nend\nfunction n = helper()\n  n = 42;\nend\n", to: "addone.m")
        let session = try Session(folder: folder.url.path).run("[a, b] = addone(2);")
        #expect(try session.number("a") == 3)
        #expect(try session.number("b") == 42)
        #expect(session.interpreter.functionExists("addone"))
        #expect(!session.interpreter.functionExists("helper"))
    }

    @Test func aFunctionFileWrittenOrChangedBetweenRunsIsSeenByTheNextRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("numel.m")
        let session = try Session(folder: folder.url.path).run("a = numel([5 6 7]);")
        #expect(try session.number("a") == 3)
        // A function file shadows the built-in from the next run on, and an edit is read again.
        try "function n = numel(x)\n  n = 100;\nend\n".write(to: file, atomically: true, encoding: .utf8)
        _ = try session.run("b = numel([5 6 7]);")
        #expect(try session.number("b") == 100)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: file.path)
        try "function n = numel(x)\n  n = 200;\nend\n".write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 10)], ofItemAtPath: file.path)
        _ = try session.run("c = numel([5 6 7]);")
        #expect(try session.number("c") == 200)
        try FileManager.default.removeItem(at: file)
        _ = try session.run("d = numel([5 6 7]);")
        #expect(try session.number("d") == 3)
    }

    @Test func aFunctionFileSeesAFunctionFileWrittenAfterItsFirstCall() throws {
        // `caller.m` is read once and kept; what its calls resolve to is looked up again in
        // each run, so a new `numel.m` beside it replaces the built-in for it too.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("function n = caller()\n  n = numel([1 2 3]);\nend\n", to: "caller.m")
        let session = try Session(folder: folder.url.path).run("a = caller();")
        try folder.write("function n = numel(x)\n  n = 100;\nend\n", to: "numel.m")
        _ = try session.run("b = caller();")
        #expect(try session.number("a") == 3)
        #expect(try session.number("b") == 100)
    }

    @Test func aNameResolvesByTheScopeItIsCalledFrom() throws {
        // The script's local `numel` is not visible from a function file, which gets the
        // built-in; each keeps its own answer through a loop that calls both.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("function n = count3()\n  n = numel([1 2 3]);\nend\n", to: "count3.m")
        let session = try Session(folder: folder.url.path).run("""
        for k = 1:3
          a(k) = numel([1 2]);
          b(k) = count3();
          c(k) = viaHandle(@numel);
        end
        function n = viaHandle(f)
          n = f([1 2 3 4]);
        end
        function n = numel(x)
          n = -1;
        end
        """)
        #expect(try session.numbers("a") == [-1, -1, -1])
        #expect(try session.numbers("b") == [3, 3, 3])
        #expect(try session.numbers("c") == [-1, -1, -1])
        _ = try session.run("d = numel([1 2]);")
        #expect(try session.number("d") == 2)
    }

    @Test func aRegistryAddedLaterIsCalledInsteadOfTheBuiltinItShadows() throws {
        let session = try Session().run("a = numel([1 2 3]);")
        // An expression evaluated outside a run keeps what names resolved to; adding a
        // registry must forget it.
        #expect(try session.interpreter.value(of: "numel([1 2 3])").scalarDouble() == 3)
        let later = BuiltinRegistry()
        later.register(BuiltinFunction(name: "numel", help: "numel replaced") { _ in [.number(7)] })
        session.interpreter.register(later)
        #expect(try session.interpreter.value(of: "numel([1 2 3])").scalarDouble() == 7)
        _ = try session.run("b = numel([1 2 3]);")
        #expect(try session.number("a") == 3)
        #expect(try session.number("b") == 7)
    }

    @Test func csListsExpandInCallsBracketsAndBraces() throws {
        let session = try Session().run("""
        c = {1, 2, 3};
        v = [c{:}];
        n = countargs(c{1:end});
        s(1).a = 5; s(2).a = 7;
        w = [s.a];
        d = {c{2:3}, 'x'};
        g = {1, 3; 2, 4};
        byColumn = [g{1:end}];
        byColon = [g{:}];
        none = countargs(g{1:end - 4});
        e = {};
        empty = countargs(e{1:end}, e{:});
        """)
        #expect(try session.numbers("v") == [1, 2, 3])
        #expect(try session.number("n") == 3)
        #expect(try session.numbers("w") == [5, 7])
        #expect(session.size("d") == [1, 3])
        #expect(try session.numbers("byColumn") == [1, 2, 3, 4])
        #expect(try session.numbers("byColon") == [1, 2, 3, 4])
        #expect(try session.number("none") == 0)
        #expect(try session.number("empty") == 0)
        #expect(throws: ExecutionError.self) { try session.run("t = 'abc'; u = t{1:end};") }
    }

    @Test func endInsideIndicesUsesTheIndexedValue() throws {
        let session = try Session().run("""
        x = 1:5;
        last = x(end);
        tail = x(end-1:end);
        x(end + 1) = 6;
        m = [1 2 3; 4 5 6];
        corner = m(end, end);
        cols = size(m(:, 2:end), 2);
        c = {1, 'two', 3};
        inner = x(c{end});
        k = 2;
        mixed = m(k, end);
        nested = m(end, x(end - 4) + x(end - 5) - 1);
        wide = zeros(2, 3, 4);
        wide(k, end, end) = 9;
        deep = size(wide(:, end, 1:end - 1));
        """)
        #expect(try session.number("last") == 5)
        #expect(try session.numbers("tail") == [4, 5])
        #expect(try session.numbers("x") == [1, 2, 3, 4, 5, 6])
        #expect(try session.number("corner") == 6)
        #expect(try session.number("cols") == 2)
        #expect(try session.number("inner") == 3)
        #expect(try session.number("mixed") == 6)
        #expect(try session.number("nested") == 5)
        #expect(try session.numbers("wide").last == 9)
        #expect(try session.numbers("wide").reduce(0, +) == 9)
        #expect(try session.numbers("deep") == [2, 1, 3])
    }

    @Test func nestedIndexedAssignmentBuildsStructsAndCells() throws {
        let session = try Session().run("""
        a.b(2).c{3} = 7;
        v = a.b(2).c{3};
        n = numel(a.b);
        t = {};
        t{2} = 'x';
        x = [1 2 3];
        x(2) = [];
        """)
        #expect(try session.number("v") == 7)
        #expect(try session.number("n") == 2)
        #expect(session.size("t") == [1, 2])
        #expect(try session.numbers("x") == [1, 3])
    }
}

@Suite struct EvaluatorScriptFileTests {
    @Test func aScriptFileCalledByNameRunsInTheCallersWorkspace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("setupValue = base * 2;\n", to: "setup.m")
        let session = try Session(folder: folder.url.path).run("base = 21;\nsetup")
        #expect(try session.number("setupValue") == 42)
    }

    @Test func anExpressionCanBeEvaluatedWithoutTouchingAns() throws {
        let session = try Session().run("g = [3 4];")
        let value = try session.interpreter.value(of: "sum(g .^ 2) < 30")
        #expect(try value.isTrue())
        #expect(session.size("ans") == nil)
    }

    @Test func anExpressionEvaluatedAgainSeesTheWorkspaceAsItIsNow() throws {
        let session = try Session().run("g = [3 4];")
        #expect(try session.interpreter.value(of: "sum(g .^ 2)").scalarDouble() == 25)
        _ = try session.run("g = [1 2];")
        #expect(try session.interpreter.value(of: "sum(g .^ 2)").scalarDouble() == 5)
        _ = try session.run("g = single(7);")
        #expect(try session.interpreter.value(of: "sum(g .^ 2)").scalarDouble() == 49)
        #expect(throws: ExecutionError.self) { try session.interpreter.value(of: "sum(g .^ ") }
        #expect(throws: ExecutionError.self) { try session.interpreter.value(of: "sum(g .^ ") }
    }
}

/// A fresh folder under the temporary directory for function files.
private struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-fn-\(UInt32.random(in: 0...UInt32.max))")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    /// Writes `text` to the file `name` in the folder.
    func write(_ text: String, to name: String) throws {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Removes the folder and what it holds.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
