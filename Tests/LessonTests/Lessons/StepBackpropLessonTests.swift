import Lab
import Testing

@Suite("Lesson 3: step backprop")
struct StepBackpropLessonTests {
    @Test func theLessonStepsBothNetworksAndShowsTheSigmoidGradientVanishingLayerByLayer() throws {
        let run = try LessonRun(lesson: 3)
        #expect(run.status == BatchExitStatus.success, "\(run.transcript.errors)")
        let text = run.transcript.text

        let sigmoid = try run.scalar("sigmoidAtFc1")
        let relu = try run.scalar("reluAtFc1")
        #expect(sigmoid > 0 && sigmoid < 0.25 * 0.25 * 0.25, "three σ′ ≤ 0.25 factors and more")
        #expect(relu > 0.01, "ReLU passes the gradient down to fc_1")
        #expect(try run.scalar("reluOverSigmoid") > 10, "measured ≈ 50 at iteration 1")
        #expect(abs(try run.scalar("reluOverSigmoid") - relu / sigmoid) < 1e-9 * relu / sigmoid)

        #expect(text.components(separatedBy: "◀ fc_3 ← sigmoid_3        backward step 4 of 6").count == 3)
        #expect(text.contains("◀ fc_1 ← relu_1        backward step 6 of 6 · iteration 2\n"))
        let maxima = sigmaPrimeMaxima(in: text)
        #expect(maxima.count == 5)
        #expect(maxima.allSatisfy { $0 > 0.2 && $0 <= 0.25 })
        #expect(text.contains("K>> explain\nAt fc_3 ← sigmoid_3 the chain rule multiplies"))
        #expect(text.contains("K>> explain\nAt fc_3 ← relu_3 the chain rule multiplies"))

        let losses = try run.numbers("losses")
        #expect(losses.count == 300)
        #expect(losses[149] < losses[0], "the ReLU network learns")

        let trainedSigmoid = try run.scalar("trainedSigmoidAtFc1")
        let trainedRelu = try run.scalar("trainedReluAtFc1")
        #expect(trainedSigmoid < 0.25 * 0.25 * 0.25)
        #expect(trainedRelu > 10 * trainedSigmoid)

        let dead = try run.numbers("deadReluShare")
        #expect(dead.count == 3)
        #expect(dead.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(text.contains("dead units"))
    }

    /// The `max` of every σ′ line printed on a card.
    private func sigmaPrimeMaxima(in text: String) -> [Double] {
        text.components(separatedBy: "\n").filter { $0.hasPrefix("  σ′    mean ") }.compactMap { line in
            line.components(separatedBy: "max ").dropFirst().first?.split(separator: " ").first.flatMap { Double($0) }
        }
    }
}
