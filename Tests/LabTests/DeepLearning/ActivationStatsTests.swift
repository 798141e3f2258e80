import Foundation
import Lab
import MatLang
import Testing

@Suite("actstats shows saturation and dead ReLUs per activation layer")
struct ActivationStatsTests {
    /// A network with explicit weights: a saturating sigmoid, a ReLU with a dead unit, a tanh.
    static let setup = """
        W1 = [6 0; -6 0; 0 0.5]; W2 = [1 0 0; 0 -1 0; 0 0 1];
        net = dlnetwork([featureInputLayer(2) fullyConnectedLayer(3, Weights=W1, Bias=zeros(3,1)) sigmoidLayer ...
                         fullyConnectedLayer(3, Weights=W2, Bias=[0; 0; -0.5]) reluLayer ...
                         fullyConnectedLayer(3, Weights=eye(3), Bias=zeros(3,1)) tanhLayer]);
        X = dlarray([1 -1 2 0.5; 0 1 -2 3], "CB");

        """

    @Test("The printed table matches its golden file")
    func table() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(Self.setup + "actstats(net, X)", file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        DeepLearningGolden.check(transcript.text, "actstats.txt")
    }

    @Test("The struct array holds the numbers, NaN where a field does not apply")
    func records() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(Self.setup + """
            S = actstats(net, X);
            n = numel(S); types = [S.Type]; dead = S(2).DeadUnits; zero = S(2).ZeroShare;
            sigmoidDead = S(1).DeadUnits; saturated = S(1).SaturatedShare; h = S(3).Histogram;
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("n")?.scalarDouble() == 3)
        #expect(try session.variable("types")?.toStringArray().elements == ["sigmoid", "ReLU", "tanh"])
        #expect(try session.variable("dead")?.scalarDouble() == 1)
        #expect(try session.variable("zero")?.scalarDouble() == 6.0 / 12.0)
        #expect(try session.variable("sigmoidDead")?.scalarDouble().isNaN == true)
        #expect(try session.variable("saturated")?.scalarDouble() == 6.0 / 12.0)
        #expect(session.variable("h")?.size == [1, 8])
    }

    @Test("Bad arguments name actstats", arguments: [
        ("actstats(net)", "Not enough input arguments"),
        ("actstats(3, X)", "Expected a dlnetwork"),
        ("actstats(net, ones(3, 4))", "actstats"),
    ])
    func badInput(source: String, message: String) {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript(Self.setup, file: "setup.m")
        let outcome = session.runScript(source, file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
    }
}
