import Foundation
import Lab
import Testing

@Suite("Lessons section by section")
struct SectionRunTests {
    /// Lessons 1, 3, 4 and 5; lesson 2 too where its training is fast enough (see
    /// ``VanishingGradientsLessonTests/runsFullTraining``).
    static let lessonNumbers = [1, 3, 4, 5] + (VanishingGradientsLessonTests.runsFullTraining ? [2] : [])

    @Test(arguments: lessonNumbers)
    func everySectionOfTheLessonRunsInOrderWithRunAndAdvance(lesson number: Int) throws {
        let (session, transcript) = makeLessonSession()
        #expect(session.execute("open \(number)") == .completed, "\(transcript.errors)")
        let count = try #require(session.openScript?.sections.count)
        #expect(count >= 4)
        for index in 1...count {
            #expect(session.execute("ra") == .completed, "section \(index): \(transcript.errors)")
            #expect(transcript.text.contains("%% \(index)/\(count)  "))
        }
        #expect(session.openScript?.cursor == count)
        #expect(transcript.errors.isEmpty)
        let titles = try #require(session.openScript?.sections.map(\.displayTitle))
        #expect(["What you should have seen", "Supporting function", "Supporting functions",
                  "Supporting Functions"].contains(titles.last ?? ""))
        #expect(titles.contains("What you should have seen"))
    }

    @Test func theCatalogListsEveryLessonWithItsTitle() throws {
        let (session, transcript) = makeLessonSession()
        #expect(session.execute("lessons") == .completed)
        #expect(transcript.text.contains("1  activations"))
        #expect(transcript.text.contains("Sigmoid vs ReLU and their derivatives"))
        #expect(transcript.text.contains("2  vanishing-gradients"))
        #expect(transcript.text.contains("3  step-backprop"))
        #expect(transcript.text.contains("Pause backprop and watch the gradient shrink layer by layer"))
        #expect(transcript.text.contains("4  initialization"))
        #expect(transcript.text.contains("5  exploding-gradients"))
    }
}
