import Foundation
import Lab
import MatLang
import Testing

@Suite("The vanishing-gradients example as a script")
struct ExampleScriptTests {
    @Test("The example runs end to end and leaves its variables with MATLAB's sizes and classes")
    func exampleRunsEndToEnd() throws {
        let (session, _, transcript, graphics) = makeDeepLearningSession(seed: 1)
        // Two epochs instead of 50, so the debug build runs it in seconds.
        let outcome = session.runScript(VanishingGradientsExample.script(epochs: 2), file: "vanishing-gradients.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        let expected: [(String, [Int], String)] = [
            ("x", [1, 1000], "double"), ("XTrain", [28, 28, 1, 5000], "double"), ("TTrain", [5000, 1], "categorical"),
            ("classes", [10, 1], "cell"), ("activationTypes", [1, 2], "string"), ("augimdsTrain", [1, 1], "augmentedImageDatastore"),
            ("mbq", [1, 1], "minibatchqueue"), ("layers", [9, 1], "nnet.cnn.layer.Layer"), ("networks", [1, 2], "cell"),
            ("net", [1, 1], "dlnetwork"), ("weightIdx", [8, 1], "logical"), ("weightLayerNames", [4, 1], "string"),
            ("averageGrad", [8, 3], "table"), ("averageSqGrad", [8, 3], "table"), ("gradients", [8, 3], "table"),
            ("gradientValues", [4, 1], "cell"), ("X", [28, 28, 1, 8], "dlarray"), ("T", [10, 8], "dlarray"),
            ("loss", [1, 1], "dlarray"), ("losses", [80, 2], "double"), ("meanGradients", [80, 2, 4], "double"),
            ("plotSetup", [1, 1], "struct"), ("activationLayer", [1, 1], "nnet.cnn.layer.SigmoidLayer"),
        ]
        for (name, size, className) in expected {
            let value = session.variable(name)
            #expect(value?.size == size, "\(name)")
            #expect(value?.className == className, "\(name)")
        }
        #expect(try session.variable("iteration")?.scalarDouble() == 80)
        #expect(try session.variable("weightLayerNames")?.toStringArray().elements == ["fc_1 Weights", "fc_2 Weights", "fc_3 Weights", "fc_4 Weights"])
        #expect(graphics.calls["fill3"] == 2 * 2 * 4)
        let losses = try #require(session.variable("losses")).doubleArray().elements
        #expect(abs(losses[0] - Foundation.log(10.0)) < 0.3)
        #expect(abs(losses[80] - Foundation.log(10.0)) < 0.3)
        let reluTail = losses[60..<80].reduce(0, +) / 20
        let sigmoidTail = losses[140..<160].reduce(0, +) / 20
        #expect(reluTail < sigmoidTail - 0.05)
        let gradients = try #require(session.variable("meanGradients")).doubleArray().elements
        #expect(Self.spread(gradients[80..<160]) < 0.2 * Self.spread(gradients[0..<80]))
    }

    /// The standard deviation of the values.
    static func spread(_ values: ArraySlice<Double>) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
    }
}
