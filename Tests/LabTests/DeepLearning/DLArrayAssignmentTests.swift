import Foundation
import Lab
import MatLang
import Testing

@Suite("Indexed assignment into a dlarray")
struct DLArrayAssignmentTests {
    /// The single-precision data of dlarray variable `name`, as doubles.
    private static func data(_ name: String, in session: Session) throws -> [Double] {
        guard case .object(let o)? = session.variable(name), let numbers = o.numericValue else {
            Issue.record("\(name) is not a dlarray")
            return []
        }
        return try numbers.doubleArray().elements
    }

    @Test("x(k) = v writes, grows with zeros, deletes with [] and keeps the class and format")
    func writesGrowsAndDeletes() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            x = dlarray(single([1 2 3]), "CB");
            x(2) = 5;               a = extractdata(x);
            x(5) = 1;               b = extractdata(x);
            x(1) = [];              c = extractdata(x);
            x(1) = dlarray(7);      f = dims(x); k = class(x); p = class(extractdata(x));
            y = dlarray([1 2; 3 4]); y(:, 1) = [9; 9];
            m = dlarray([1 2 3]) > 1; m(1) = true; q = class(extractdata(m));
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("a")?.doubleArray().elements == [1, 5, 3])
        #expect(try session.variable("b")?.doubleArray().elements == [1, 5, 3, 0, 1])
        #expect(try session.variable("c")?.doubleArray().elements == [5, 3, 0, 1])
        #expect(try Self.data("x", in: session) == [7, 3, 0, 1])
        #expect(try session.variable("f")?.text() == "CB")
        #expect(try session.variable("k")?.text() == "dlarray")
        #expect(try session.variable("p")?.text() == "single")
        #expect(try Self.data("y", in: session) == [9, 9, 2, 4])
        // An unformatted dlarray takes any number of dimensions.
        #expect(session.runScript("z = dlarray(single(1)); z(1, 1, 2) = 3; s = size(z);", file: "u.m") == .completed)
        #expect(try session.variable("s")?.doubleArray().elements == [1, 1, 2])
        #expect(try session.variable("q")?.text() == "logical")
        #expect(try Self.data("m", in: session) == [1, 1, 1])
    }

    @Test("Bad right sides, bad subscripts and traced values are errors, and the variable stays as it was")
    func badAssignments() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript("x = dlarray(single([1 2 3]), \"CB\");", file: "setup.m")
        for (statement, message) in [
            ("x(2) = \"a\";", "Conversion to dlarray from string"),
            ("x(0) = 1;", "indices must be positive integers"),
            ("x(1:2) = [1 2 3];", "Unable to perform assignment because the left and right sides have a different number of elements"),
            ("x(1) = {1};", "Conversion to dlarray from cell"),
            ("x(1, 1, 2) = 5;", "more dimensions than the format \"CB\" labels"),
        ] {
            #expect(session.runScript(statement, file: "bad.m") != .completed, "\(statement)")
            #expect(transcript.errors.contains(message), "\(statement): \(transcript.errors)")
            #expect(try Self.data("x", in: session) == [1, 2, 3])
        }
        let outcome = session.runScript("""
            [v, g] = dlfeval(@f, dlarray([1; 2]));
            function [v, g] = f(z)
            z(1) = 0;
            v = sum(z, "all");
            g = dlgradient(v, z);
            end
            """, file: "traced.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains("traced by dlfeval"))
        #expect(session.variable("v") == nil)
    }
}
