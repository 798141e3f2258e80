import Lab
import Testing

@Suite("Lesson 5: exploding gradients")
struct ExplodingGradientsLessonTests {
    @Test func theLessonRunsInBatchModeAndShowsNaNGeometricGrowthAndTheFix() throws {
        let run = try LessonRun(lesson: 5)
        #expect(run.status == BatchExitStatus.success, "\(run.transcript.errors)")

        let losses = try run.numbers("largeLosses")
        #expect(losses.count == 40)
        #expect(losses[0].isFinite && losses[0] > 1e6)
        #expect(losses.last?.isNaN == true)
        let first = try run.scalar("firstNonFinite")
        #expect(first > 1 && first <= 10)

        let norms = try run.numbers("backwardNorms")
        #expect(norms.count == 10)
        let growth = try run.numbers("growthPerLayer")
        #expect(growth.allSatisfy { $0 > 2 })
        #expect(norms[0] / norms[9] > 1e4)

        #expect(try run.scalar("highRateDiverged") == 1)

        let fixed = try run.numbers("fixedLosses")
        #expect(fixed.allSatisfy { $0.isFinite })
        let start = try #require(fixed.first)
        let end = try #require(fixed.last)
        #expect(end < start / 2)
        let fixedGrowth = try run.numbers("fixedGrowthPerLayer")
        #expect(fixedGrowth.allSatisfy { $0 > 0.5 && $0 < 2 })
    }
}
