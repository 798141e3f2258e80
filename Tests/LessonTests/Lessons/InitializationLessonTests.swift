import Lab
import Testing

@Suite("Lesson 4: initialization")
struct InitializationLessonTests {
    @Test func theLessonRunsInBatchModeAndShowsExplosionShrinkingAndStabilityByInitialisation() throws {
        let run = try LessonRun(lesson: 4)
        #expect(run.status == BatchExitStatus.success, "\(run.transcript.errors)")
        #expect(try run.size("reluStd") == [8, 3])

        let ratios = try run.numbers("reluStdRatio")
        try #require(ratios.count == 3)
        #expect(ratios[0] > 10, "N(0,1) makes ReLU activations explode")
        #expect(ratios[1] < 0.3, "Glorot halves the ReLU variance per layer")
        #expect(ratios[2] >= 0.5 && ratios[2] <= 2, "He keeps the spread")

        let gradientRatios = try run.numbers("reluGradientRatio")
        try #require(gradientRatios.count == 3)
        #expect(gradientRatios[0] > 10)
        #expect(gradientRatios[2] >= 0.5 && gradientRatios[2] <= 2)

        let normal = try run.numbers("tanhSaturationNormal")
        let glorot = try run.numbers("tanhSaturationGlorot")
        #expect(normal.count == 8)
        #expect(normal.dropFirst().allSatisfy { $0 > 0.5 })
        #expect(glorot.allSatisfy { $0 < 0.1 })

        #expect(try run.scalar("smallStdRatio") < 1e-6)
    }
}
