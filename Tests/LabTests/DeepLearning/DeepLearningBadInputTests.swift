import Foundation
import Lab
import MatLang
import Testing

@Suite("Deep-learning built-ins reject bad input with MATLAB-like messages")
struct DeepLearningBadInputTests {
    @Test("Bad calls name the function, leave the workspace unchanged and explain", arguments: [
        ("net = dlnetwork([featureInputLayer(3) fullyConnectedLayer(2, Weights=ones(2,4))]);", "fullyConnectedLayer"),
        ("X = dlarray(ones(2,3,4), \"CB\");", "Format \"CB\" has 2 dimensions"),
        ("l = crossentropy(dlarray(ones(3,2)/3), dlarray([2 0; 0 1; 0 0]));", "one-hot"),
        ("l = crossentropy(dlarray(ones(3,4)/3), dlarray([1 0 0 0; NaN 1 0 0; 0 0 1 1]));", "one-hot"),
        ("l = crossentropy(dlarray(ones(3,4)/3), dlarray([1 0 0 0; 0 -1 0 0; 0 0 1 1]));", "one-hot"),
        ("l = crossentropy(dlarray(ones(3,4)/3), dlarray([1 0 0 0; 0 1 0 0; 0 0 1 1.5]));", "one-hot"),
        ("l = crossentropy(dlarray(ones(3,2)/3), dlarray(ones(2,3)));", "same size"),
        ("net = dlnetwork([featureInputLayer(2) fullyConnectedLayer(1)]); [net, a, b] = adamupdate(net, net.Learnables, dlnetwork([featureInputLayer(3) fullyConnectedLayer(1)]).Learnables, [], 1);", "adamupdate"),
        ("net = dlnetwork(3);", "Expected a layer array"),
    ])
    func badInput(source: String, message: String) {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript("before = 1;", file: "setup.m")
        let names = Set(session.workspace.variableNames)
        let outcome = session.runScript(source, file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
        #expect(Set(session.workspace.variableNames).isSuperset(of: names))
        #expect(!session.workspace.variableNames.contains("X") && !session.workspace.variableNames.contains("l"))
    }

    @Test("next on an exhausted minibatchqueue says so and points to hasdata")
    func nextOnEmptyQueue() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript("""
            ds = augmentedImageDatastore([2 2], rand(2,2,1,3), categorical([1;2;1]));
            mbq = minibatchqueue(ds, MiniBatchSize=2);
            [a, b] = next(mbq); [a, b] = next(mbq);
            more = hasdata(mbq);
            [c, d] = next(mbq);
            """, file: "q.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains("no more data"))
        #expect(try session.variable("more")?.isTrue() == false)
        #expect(session.variable("a")?.size == [2, 2])
        #expect(session.variable("c") == nil)
    }
}
