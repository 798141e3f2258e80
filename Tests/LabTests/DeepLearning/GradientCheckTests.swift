import Autograd
import Foundation
import Lab
import MatLang
import TestSupport
import Testing

/// Golden files in `Fixtures/` beside this source, re-recorded with `GRADLAB_RECORD=1`.
enum DeepLearningGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Checks `text` against `Fixtures/name`, showing the differing lines.
    static func check(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if let message = GoldenFile.mismatch(text, goldenAt: folder.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}

@Suite("gradcheck compares dlgradient with finite differences")
struct GradientCheckTests {
    /// A small sigmoid/ReLU network, a batch of 6 and one-hot targets.
    static let setup = """
        rng(4);
        net = dlnetwork([featureInputLayer(4) fullyConnectedLayer(6) sigmoidLayer fullyConnectedLayer(5) reluLayer ...
                         fullyConnectedLayer(3) softmaxLayer]);
        X = dlarray(randn(4, 6), "CB");
        T = onehotencode(categorical([1 2 3 1 2 3]), 1);

        """

    /// A session whose `gradcheck` sees the backward pass's gradients changed by `adjust`.
    static func session(adjust: (@Sendable (inout [Tensor]) -> Void)? = nil) -> (Session, Transcript) {
        let (session, state, transcript, _) = makeDeepLearningSession(seed: 0)
        if let adjust {
            session.register(GradientCheckBuiltins.functions(state: state, adjustGradients: adjust))
        }
        return (session, transcript)
    }

    @Test("Correct gradients pass on every learnable, with built-in and user losses", arguments: [
        ("R = gradcheck(net, X, T);", 1e-3, [5.0, 5, 5, 5, 5, 3]),
        ("R = gradcheck(net, X, T, @mse, Entries=8);", 1e-3, [8, 6, 8, 5, 8, 3]),
        ("R = gradcheck(net, X, T, @(Y, T) sum((Y - T).^2, 'all') / 6);", 1e-3, [5, 5, 5, 5, 5, 3]),
        ("R = gradcheck(net, X, T, @(Y, T) l2loss(Y, T));", 5e-2, [5, 5, 5, 5, 5, 3]),
    ])
    func correctGradientsPass(call: String, bound: Double, entries: [Double]) throws {
        let (session, transcript) = Self.session()
        let outcome = session.runScript(Self.setup + call + "\nok = all([R.Passed]); worst = max([R.MaxRelativeError]); n = [R.Entries];", file: "t.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        #expect(try session.variable("ok")?.isTrue() == true)
        #expect(try #require(session.variable("worst")).scalarDouble() < bound)
        #expect(try session.variable("n")?.doubleArray().elements == entries)
    }

    @Test("A wrong backward pass is reported row by row, and the printed table matches its golden file")
    func wrongGradientIsReported() throws {
        let (session, transcript) = Self.session { gradients in
            gradients = gradients.map { Tensor(zeros: $0.shape) }
        }
        let outcome = session.runScript(Self.setup + "gradcheck(net, X, T)", file: "t.m")
        #expect(outcome == .completed)
        #expect(transcript.errors == "")
        DeepLearningGolden.check(transcript.text, "gradcheck-zero-gradients.txt")
    }

    @Test("Only the learnable whose gradient is wrong fails")
    func oneWrongLearnable() throws {
        let (session, transcript) = Self.session { gradients in
            gradients[2] = Tensor(shape: gradients[2].shape, scalars: gradients[2].scalars.map { $0 * 1.2 })
        }
        let outcome = session.runScript(Self.setup + "R = gradcheck(net, X, T); passed = [R.Passed];", file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        let passed = try #require(session.variable("passed")).doubleArray().elements
        #expect(passed == [1, 1, 0, 1, 1, 1])
    }

    @Test("Bad arguments name gradcheck and the argument, and leave the workspace as it was", arguments: [
        ("R = gradcheck(net, X, T(1:2, :));", "size of the network output (3×6)"),
        ("R = gradcheck(net, X, 2 * T);", "one-hot"),
        ("R = gradcheck(net, X, T, @(Y, T) 3);", "scalar dlarray computed from its inputs"),
        ("R = gradcheck(net, dlarray(ones(5, 6), \"CB\"), T);", "gradcheck"),
        ("R = gradcheck(X, X, T);", "Expected a dlnetwork"),
        ("R = gradcheck(net, X, T, Entries=0);", "Entries"),
    ])
    func badInput(source: String, message: String) {
        let (session, transcript) = Self.session()
        _ = session.runScript(Self.setup, file: "setup.m")
        let outcome = session.runScript(source, file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains("gradcheck"), "\(transcript.errors)")
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
        #expect(session.variable("R") == nil)
    }
}
