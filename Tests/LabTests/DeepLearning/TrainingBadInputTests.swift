import Foundation
import Lab
import MatLang
import Testing

@Suite("Losses, optimizers, layers and tables reject bad input, naming the function and the argument")
struct TrainingBadInputTests {
    static let setup = """
        net = dlnetwork([featureInputLayer(4) fullyConnectedLayer(3) softmaxLayer]);
        X = dlarray(rand(4, 5), "CB");
        T = onehotencode(categorical([1 2 3 1 2]), 1);

        """

    @Test("Each bad call fails with its message and leaves the workspace as it was", arguments: [
        ("y = crossentropy(forward(net, X), categorical([1 2 3 1 2]));",
         "Error using crossentropy: Invalid argument at position 2. Targets must be numeric, not categorical labels; one-hot encode them with onehotencode(T, 1)."),
        ("y = crossentropy(forward(net, X), [1 2 3 1 2]);", "not 1×5. Labels must be one-hot encoded: use onehotencode(T, 1)."),
        ("y = mse(dlarray(ones(3,5), \"CB\"), dlarray(ones(3,5), \"SSCB\"));",
         "Error using mse: Invalid argument at position 2. Targets must have the format of the predictions (\"CB\"), not \"SSCB\"."),
        ("y = forward(net, dlarray(rand(3, 5), \"CB\"));", "Error using forward: Layer 'featureinput': expected an array of size 4×5, got 3×5."),
        ("[net, y, z] = adamupdate(net, net.Learnables, [], [], 1, \"a\");",
         "Error using adamupdate: Invalid argument at position 6. Value of 'learnRate' must be a finite numeric scalar."),
        ("[net, y, z] = adamupdate(net, net.Learnables(1, :), [], [], 1);",
         "Error using adamupdate: Invalid argument at position 2. Table must have the same Layer, Parameter and Value sizes as net.Learnables (2 rows)."),
        ("y = fullyConnectedLayer(3, Weights=\"a\");", "Error using fullyConnectedLayer: Value of 'Weights' must be a numeric array, not string."),
        ("y = net.Learnables(1, 2);", "Select every variable with t(rows, :)"),
        ("y = net.Learnables(3, :);", "Index must not exceed 2"),
    ])
    func badInput(source: String, message: String) {
        let (session, _, transcript, _) = makeDeepLearningSession()
        _ = session.runScript(Self.setup, file: "setup.m")
        let before = session.workspace.variableNames
        let outcome = session.runScript(source, file: "bad.m")
        #expect(outcome != .completed)
        #expect(transcript.errors.contains(message), "\(transcript.errors)")
        #expect(session.workspace.variableNames == before)
    }

    @Test("Rows of a Learnables table select with numbers or a logical mask")
    func tableRows() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(Self.setup + """
            net2 = dlnetwork([featureInputLayer(2) fullyConnectedLayer(3) reluLayer fullyConnectedLayer(1)]);
            t = net2.Learnables(ismember(net2.Learnables.Parameter, "Weights"), :);
            n = size(t); layers = t.Layer; last = net2.Learnables(end, :).Parameter;
            """, file: "t.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        #expect(try session.variable("n")?.doubleArray().elements == [2, 3])
        #expect(try session.variable("layers")?.toStringArray().elements == ["fc_1", "fc_2"])
        #expect(try session.variable("last")?.toStringArray().elements == ["Bias"])
    }
}
