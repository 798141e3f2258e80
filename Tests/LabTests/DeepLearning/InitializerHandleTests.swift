import Foundation
import Lab
import MatLang
import Testing

@Suite("WeightsInitializer and BiasInitializer given as function handles")
struct InitializerHandleTests {
    @Test("dlnetwork calls each handle with the layer's size and uses what it returns")
    func handlesAreCalledWithTheSize() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            layers = [featureInputLayer(4) fullyConnectedLayer(3, WeightsInitializer=@(sz) ones(sz) * sz(2), ...
                      BiasInitializer=@(sz) (1:sz(1))') reluLayer fullyConnectedLayer(2, "WeightsInitializer", @(sz) sz(1) * ones(sz))];
            net = dlnetwork(layers);
            w1 = double(extractdata(net.Learnables.Value{1}));
            b1 = double(extractdata(net.Learnables.Value{2}));
            w2 = double(extractdata(net.Learnables.Value{3}));
            b2 = double(extractdata(net.Learnables.Value{4}));
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        let w1 = try #require(session.variable("w1"))
        #expect(w1.size == [3, 4])
        #expect(try w1.doubleArray().elements.allSatisfy { $0 == 4 })
        #expect(try session.variable("b1")?.doubleArray().elements == [1, 2, 3])
        let w2 = try #require(session.variable("w2"))
        #expect(w2.size == [2, 3])
        #expect(try w2.doubleArray().elements.allSatisfy { $0 == 2 })
        #expect(try session.variable("b2")?.doubleArray().elements == [0, 0])
    }

    @Test("Handles survive indexing and concatenation of layer arrays, and draw from the seeded generator")
    func handlesTravelWithTheLayer() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            fc = fullyConnectedLayer(5, WeightsInitializer=@(sz) randn(sz) * sqrt(2 / sz(2)));
            layers = [featureInputLayer(3) fc reluLayer];
            rng(7); a = dlnetwork([layers(1:2); fc]);
            rng(7); b = dlnetwork([layers(1:2); fc]);
            d = extractdata(a.Learnables.Value{1}) - extractdata(b.Learnables.Value{1});
            same = ~any(d(:)) && any(extractdata(a.Learnables.Value{1}(:)));
            sizes = [size(a.Learnables.Value{1}) size(a.Learnables.Value{3})];
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("same")?.isTrue() == true)
        #expect(try session.variable("sizes")?.doubleArray().elements == [5, 3, 5, 5])
    }

    @Test("Explicit Weights win over a WeightsInitializer handle")
    func explicitWeightsWin() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            net = dlnetwork([featureInputLayer(2) fullyConnectedLayer(1, Weights=[3 4], WeightsInitializer=@(sz) zeros(sz))]);
            w = double(extractdata(net.Learnables.Value{1}));
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("w")?.doubleArray().elements == [3, 4])
    }

    @Test("A handle that returns the wrong size or class is an error naming dlnetwork, the option and the layer", arguments: [
        ("@(sz) ones(3)", "WeightsInitializer of layer 'fc' must return an array of size 3×4 (the size it was called with), not 3×3."),
        ("@(sz) \"abc\"", "WeightsInitializer of layer 'fc' must return a numeric array (double, single or dlarray), not string."),
        ("@(sz) NaN(sz)", "returned values that are not finite"),
    ])
    func badHandles(handle: String, message: String) {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript("before = 1;", file: "setup.m")
        let outcome = session.runScript("net = dlnetwork([featureInputLayer(4) fullyConnectedLayer(3, WeightsInitializer=\(handle))]);",
                                        file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains("dlnetwork"), "\(transcript.errors)")
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
        #expect(session.variable("net") == nil && session.variable("before") != nil)
    }
}
