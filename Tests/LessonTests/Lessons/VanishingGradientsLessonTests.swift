import Foundation
import Lab
import Testing

@Suite("Lesson 2: vanishing gradients")
struct VanishingGradientsLessonTests {
    /// Training both networks takes about 2.5 minutes in a debug build, so this test runs in
    /// optimised builds (`swift test -c release`) or when `GRADLAB_LESSON_TESTS=all` is set.
    static var runsFullTraining: Bool {
        #if DEBUG
        return ProcessInfo.processInfo.environment["GRADLAB_LESSON_TESTS"] == "all"
        #else
        return true
        #endif
    }

    @Test(.enabled(if: runsFullTraining, "2000 iterations of two networks; slow in debug builds"))
    func theMathWorksExampleRunsInBatchModeAndTheSigmoidNetworkLearnsSlowerWithVanishingGradients() throws {
        let run = try LessonRun(lesson: 2)
        #expect(run.status == BatchExitStatus.success, "\(run.transcript.errors)")

        #expect(try run.size("losses") == [2000, 2])
        #expect(try run.size("meanGradients") == [2000, 2, 4])
        #expect(try run.scalar("iteration") == 2000)
        #expect(try run.size("X") == [28, 28, 1, 8])

        let losses = try run.numbers("losses")
        try #require(losses.count == 4000)
        let relu = Array(losses[0..<2000]), sigmoid = Array(losses[2000..<4000])
        #expect(abs(relu[0] - 2.3) < 0.3 && abs(sigmoid[0] - 2.3) < 0.3)
        let reluFinal = relu.suffix(100).reduce(0, +) / 100
        let sigmoidFinal = sigmoid.suffix(100).reduce(0, +) / 100
        #expect(reluFinal < sigmoidFinal)
        let finalLoss = try run.numbers("finalLoss")
        #expect(finalLoss.count == 2 && abs(finalLoss[0] - reluFinal) < 1e-9)

        // meanGradientSpread is 2×4: rows ReLU, Sigmoid; columns fc_1 … fc_4 (column-major).
        let spread = try run.numbers("meanGradientSpread")
        try #require(spread.count == 8)
        #expect(spread[1] * 5 < spread[0], "sigmoid fc_1 spread much smaller than ReLU's")
        #expect(spread[3] < spread[2] && spread[5] < spread[4])

        #expect(run.transcript.text.contains("meanGradients"))
    }
}
