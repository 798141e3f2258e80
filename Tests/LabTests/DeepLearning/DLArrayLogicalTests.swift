import Foundation
import Lab
import MatLang
import Testing

@Suite("Comparisons and logical operators on dlarrays")
struct DLArrayLogicalTests {
    /// Runs `source` in a fresh deep-learning session; fails the test on an error.
    static func run(_ source: String) -> Session {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(source, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        return session
    }

    /// `x` is `[-1 2; 3 -4]`, so its elements in column-major order are −1, 3, 2, −4.
    @Test("Each operator gives a logical dlarray with MATLAB's element-wise result and the operand's format", arguments: [
        ("x > 0", [false, true, true, false]),
        ("x >= 2", [false, true, true, false]),
        ("x < 0", [true, false, false, true]),
        ("x <= -1", [true, false, false, true]),
        ("x == 3", [false, true, false, false]),
        ("x ~= 3", [true, false, true, true]),
        ("0 > x", [true, false, false, true]),
        ("(x > 0) & (x < 3)", [false, false, true, false]),
        ("(x > 2) | (x < -2)", [false, true, false, true]),
        ("~(x > 0)", [true, false, false, true]),
        ("x > [0; 2]", [false, true, true, false]),
        ("x == dlarray([-1 0; 3 0])", [true, true, false, false]),
    ])
    func operators(expression: String, expected: [Bool]) throws {
        let session = Self.run("""
            x = dlarray([-1 2; 3 -4], "CB");
            m = \(expression);
            c = class(m); f = dims(m); d = extractdata(m); k = class(d);
            """)
        #expect(try session.variable("c")?.text() == "dlarray")
        #expect(try session.variable("f")?.text() == "CB")
        #expect(try session.variable("k")?.text() == "logical")
        guard case .logical(let d)? = session.variable("d") else {
            Issue.record("extractdata did not give a logical array")
            return
        }
        #expect(d.size == [2, 2])
        #expect(d.elements == expected)
    }

    @Test("A comparison is a constant in the trace: the gradient of sum(x .* (x > 0)) is the mask")
    func maskIsNotDifferentiated() throws {
        let session = Self.run("""
            [v, g] = dlfeval(@f, dlarray([-1; 2; 0; 3]));
            g = double(extractdata(g));
            function [v, g] = f(x)
            v = sum(x .* (x > 0), "all");
            g = dlgradient(v, x);
            end
            """)
        #expect(try session.variable("g")?.doubleArray().elements == [0, 1, 0, 1])
    }

    @Test("A logical dlarray mixes with numbers like MATLAB's logical and shows its class")
    func logicalArithmeticAndDisplay() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            m = dlarray([1 0 2], "CB") > 0;
            s = extractdata(sum(m, "all")); n = class(extractdata(m + 1));
            m
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("s")?.scalarDouble() == 2)
        #expect(try session.variable("n")?.text() == "single")
        #expect(transcript.text.contains("1×3 logical dlarray"))
        #expect(transcript.text.contains("   1   0   1"))
    }

    @Test("if, while, && and || take a dlarray condition by its data, as MATLAB's logical(dlX) does")
    func conditions() throws {
        let session = Self.run("""
            x = dlarray(single([-1 2 3]), "CB");
            a = 0; if x(2) > 0, a = 1; end
            b = 0; if x, b = 1; end
            c = 0; if x > -2, c = 1; end
            d = 0; if x(1) > 0 || x(3) > 0, d = 1; end
            e = 0; if x(1) > 0 && x(3) > 0, e = 1; end
            n = 0; while dlarray(n) < 3, n = n + 1; end
            """)
        for (name, expected) in [("a", 1.0), ("b", 1), ("c", 1), ("d", 1), ("e", 0), ("n", 3)] {
            #expect(try session.variable(name)?.scalarDouble() == expected, "\(name)")
        }
    }

    @Test("A dlarray condition holding NaN, or an object without numbers, is an error naming the class")
    func badConditions() {
        let (session, _, transcript, _) = makeDeepLearningSession()
        #expect(session.runScript("if dlarray(NaN), a = 1; end", file: "nan.m") != .completed)
        #expect(transcript.errors.contains("NaN"))
        #expect(session.runScript("if fullyConnectedLayer(3), b = 1; end", file: "layer.m") != .completed)
        #expect(transcript.errors.contains("Conversion to logical from nnet.cnn.layer.FullyConnectedLayer is not possible"))
        #expect(session.variable("a") == nil && session.variable("b") == nil)
    }

    @Test("Sizes that do not agree are an error naming the operator, and the workspace is unchanged")
    func mismatchedSizes() {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript("x = dlarray(ones(2, 3), \"CB\");", file: "setup.m")
        let outcome = session.runScript("m = x > ones(3, 2);", file: "bad.m")
        #expect(outcome != .completed)
        #expect(!transcript.errors.isEmpty)
        #expect(session.variable("m") == nil)
    }
}
