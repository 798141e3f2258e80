import Foundation
import Lab
import MatLang
import Testing

@Suite("Everyday dlarray functions: values and gradients")
struct DLArrayFunctionTests {
    @Test("dlgradient through each function equals central finite differences", arguments: [
        "max(x)", "min(x, [], 2)", "max(x, [], \"all\")", "max(x, 0.3)", "min(x, x')",
        "reshape(x, 1, [])", "permute(reshape(x, 3, 1, 3), [3 1 2])", "[x; 2 * x]", "cat(2, x, x .^ 2)",
        "leakyrelu(x, 0.2)", "leakyrelu(x)", "stripdims(x) .* 3",
    ])
    func gradientMatchesFiniteDifferences(expression: String) throws {
        let (session, _, transcript, _) = makeDeepLearningSession(seed: 2)
        let outcome = session.runScript("""
            x0 = [0.31 -1.27 2.05; 0.72 -0.44 1.13; -2.2 0.9 -0.15];
            w = dlarray(reshape(1:numel(double(extractdata(g0(dlarray(x0))))), size(g0(dlarray(x0)))) / 7);
            [y, g] = dlfeval(@f, dlarray(x0), w);
            h = 1e-2;
            fd = zeros(3, 3);
            for k = 1:9
                e = zeros(3, 3); e(k) = h;
                fd(k) = (double(extractdata(loss(dlarray(x0 + e), w))) - double(extractdata(loss(dlarray(x0 - e), w)))) / (2*h);
            end
            gd = double(extractdata(g));
            function [y, g] = f(x, w)
            y = loss(x, w);
            g = dlgradient(y, x);
            end
            function y = loss(x, w)
            y = sum(w .* g0(x), "all");
            end
            function y = g0(x)
            y = \(expression);
            end
            """, file: "t.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        let fd = try #require(session.variable("fd")).doubleArray().elements
        let gd = try #require(session.variable("gd")).doubleArray().elements
        #expect(fd.count == 9 && gd.count == 9)
        for (a, b) in zip(fd, gd) { #expect(abs(a - b) < 2e-3 * max(1, abs(a)), "\(fd) vs \(gd)") }
    }

    @Test("Values, sizes and formats follow MATLAB", arguments: [
        ("max(x)", "single", [3, 2], [1, 2], "CB"),
        ("min(x, [], \"all\")", "single", [-4], [1, 1], "CB"),
        ("max(x, 0)", "single", [0, 3, 2, 0], [2, 2], "CB"),
        ("reshape(x, 1, [])", "single", [-1, 3, 2, -4], [1, 4], ""),
        ("permute(x, [2 1])", "single", [-1, 2, 3, -4], [2, 2], ""),
        ("[x, x]", "single", [-1, 3, 2, -4, -1, 3, 2, -4], [2, 4], "CB"),
        ("leakyrelu(x, 0.5)", "single", [-0.5, 3, 2, -2], [2, 2], "CB"),
        ("stripdims(x)", "single", [-1, 3, 2, -4], [2, 2], ""),
        ("isnan(x ./ 0 - x ./ 0)", "logical", [1, 1, 1, 1], [2, 2], "CB"),
        ("isfinite(x ./ [0 1; 1 0])", "logical", [0, 1, 1, 0], [2, 2], "CB"),
        ("sign(x)", "single", [-1, 1, 1, -1], [2, 2], "CB"),
        ("round(x / 3)", "single", [0, 1, 1, -1], [2, 2], "CB"),
        ("floor(x / 3)", "single", [-1, 1, 0, -2], [2, 2], "CB"),
        ("mean(x, \"all\")", "single", [0], [1, 1], "CB"),
        ("sum(x, \"ALL\")", "single", [0], [1, 1], "CB"),
        ("mean(x)", "single", [1, -1], [1, 2], "CB"),
        ("sum(x, 2)", "single", [1, -1], [2, 1], "CB"),
        ("mean(x(1, :))", "single", [0.5], [1, 1], "CB"),
    ])
    func values(expression: String, type: String, elements: [Double], size: [Int], format: String) throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            x = dlarray([-1 2; 3 -4], "CB");
            y = \(expression);
            c = class(y); t = underlyingType(y); f = dims(y); d = double(extractdata(y)); s = size(y);
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("c")?.text() == "dlarray")
        #expect(try session.variable("t")?.text() == type)
        #expect(try session.variable("f")?.text() == format)
        #expect(try session.variable("d")?.doubleArray().elements == elements)
        #expect(try session.variable("s")?.doubleArray().elements == size.map(Double.init))
    }

    @Test("Rounding inside dlfeval is a constant: the gradient of sum(x .* round(x)) is round(x)")
    func roundingIsConstant() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            [v, g] = dlfeval(@f, dlarray([0.4; 1.6; -2.7]));
            g = double(extractdata(g));
            function [v, g] = f(x)
            v = sum(x .* round(x), "all");
            g = dlgradient(v, x);
            end
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("g")?.doubleArray().elements == [0, 2, -3])
    }

    @Test("The second output of max is the index, and helpers answer questions about dlarrays")
    func helpers() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            x = dlarray(ones(28, 28, 1, 8), "SSCB");
            s = finddim(x, "S"); b = finddim(x, "B"); t = finddim(x, "T");
            a = isdlarray(x); n = isdlarray(3);
            [m, i] = max(dlarray([1 7 3]));
            plain = max([4 9 2]);
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("s")?.doubleArray().elements == [1, 2])
        #expect(try session.variable("b")?.doubleArray().elements == [4])
        #expect(session.variable("t")?.size == [1, 0])
        #expect(try session.variable("a")?.isTrue() == true)
        #expect(try session.variable("n")?.isTrue() == false)
        #expect(try session.variable("i")?.scalarDouble() == 2)
        #expect(try session.variable("plain")?.scalarDouble() == 9)
    }

    @Test("Bad arguments name the function", arguments: [
        ("y = reshape(x, 3, []);", "Number of elements must not change"),
        ("y = permute(x, [1 1]);", "permutation"),
        ("y = max(x, 2, 1);", "max(X, [], dim)"),
        ("y = finddim(x, \"Q\");", "Label must be one of"),
        ("y = leakyrelu(x, \"a\");", "Scale must be a finite real scalar"),
        ("y = [x; ones(3)];", "cat"),
    ])
    func badInput(source: String, message: String) {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript("x = dlarray([-1 2; 3 -4], \"CB\");", file: "setup.m")
        let outcome = session.runScript(source, file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
        #expect(session.variable("y") == nil)
    }
}
