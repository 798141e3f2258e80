import Lab
import Testing

@Suite("Lesson 1: activations")
struct ActivationsLessonTests {
    @Test func theLessonRunsInBatchModeAndShowsTheQuarterCeilingSaturationAndVanishingProducts() throws {
        let run = try LessonRun(lesson: 1)
        #expect(run.status == BatchExitStatus.success, "\(run.transcript.errors)")
        #expect(run.transcript.errors.isEmpty)

        let gradient = try run.numbers("sigmoidGradient")
        #expect(gradient.count == 1000)
        let peak = try #require(gradient.max())
        #expect(abs(peak - 0.25) < 1e-4 && peak <= 0.25)
        #expect(abs(try run.scalar("sigmoidPeakAt")) < 0.01)

        #expect(try run.scalar("sigmoidDerivativeError") < 1e-4)
        #expect(try run.scalar("tanhDerivativeError") < 1e-3)
        let relu = try run.numbers("reluGradient")
        let x = try run.numbers("x")
        let offKink = zip(x, relu).filter { abs($0.0) > 0.02 }
        #expect(offKink.allSatisfy { abs($0.1 - ($0.0 > 0 ? 1 : 0)) < 1e-9 })

        let share = try run.scalar("sigmoidSaturatedShare")
        #expect(share > 0.05 && share < 0.15)
        let sigmoidEdge = try run.scalar("sigmoidPrimeAtEdge")
        let tanhEdge = try run.scalar("tanhPrimeAtEdge")
        #expect(sigmoidEdge < 0.01)
        #expect(tanhEdge < sigmoidEdge)
        #expect(abs(try run.scalar("reluDeadShare") - 0.5) < 0.01)

        #expect(try run.scalar("tenLayerProduct") < 1e-6)
        let products = try run.numbers("sigmoidProducts")
        #expect(zip(products, products.dropFirst()).allSatisfy { $1 < $0 })
        #expect(run.transcript.text.contains("9.537e-07"))
    }
}
