import Foundation
import Lab
import Testing

@Suite("Lessons section by section")
struct SectionRunTests {
    @Test(arguments: [1, 4, 5])
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
        #expect(titles.last == "What you should have seen" || titles.last == "Supporting function"
                || titles.last == "Supporting functions")
        #expect(titles.contains("What you should have seen"))
    }

    @Test func theCatalogListsEveryLessonWithItsTitle() throws {
        let (session, transcript) = makeLessonSession()
        #expect(session.execute("lessons") == .completed)
        #expect(transcript.text.contains("1  activations"))
        #expect(transcript.text.contains("Sigmoid vs ReLU and their derivatives"))
        #expect(transcript.text.contains("2  vanishing-gradients"))
        #expect(transcript.text.contains("4  initialization"))
        #expect(transcript.text.contains("5  exploding-gradients"))
    }
}
