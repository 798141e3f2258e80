import Foundation
import Lab
import Testing

@Suite("A lesson edited into an invalid state")
struct EditedLessonTests {
    /// A copy of lesson 1 in a fresh `Lessons/` folder with `tanh(x)` broken into `tanh(x;`.
    private func brokenLessonFolder() throws -> (folder: String, line: Int) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gradlab-lessons-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = try String(contentsOfFile: try lessonPath(1), encoding: .utf8)
        var lines = source.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: "tanhActivation = tanh(x);"))
        lines[index] = "tanhActivation = tanh(x;"
        try lines.joined(separator: "\n").write(toFile: folder + "/01-activations.m", atomically: true, encoding: .utf8)
        return (folder, index + 1)
    }

    @Test func aBatchRunFailsWithLineAndColumnAndTheSessionStaysUsable() throws {
        let (folder, line) = try brokenLessonFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (session, transcript) = makeLessonSession(lessons: folder)
        let status = BatchRunner(session: session).run(file: folder + "/01-activations.m")
        #expect(status == BatchExitStatus.syntaxError)
        let located = transcript.errors.range(of: "01-activations.m:\(line):[0-9]+", options: .regularExpression)
        #expect(located != nil, "\(transcript.errors)")
        #expect(session.execute("usable = 1 + 1;") == .completed)
        #expect(try session.workspace.value(of: "usable")?.scalarDouble() == 2)
    }

    @Test func runAndAdvanceStopsAtTheBrokenSectionWithItsLineAndTheSessionStaysUsable() throws {
        let (folder, line) = try brokenLessonFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (session, transcript) = makeLessonSession(lessons: folder)
        #expect(session.execute("open 1") == .completed)
        #expect(session.execute("ra") == .completed, "the prose-only first section runs")
        #expect(session.execute("ra") != .completed)
        #expect(transcript.errors.contains("\(line)"), "\(transcript.errors)")
        #expect(session.openScript?.cursor == 1, "the cursor stays on the broken section")
        #expect(session.workspace.value(of: "x") == nil, "nothing of the broken section ran")
        #expect(session.execute("runsection 1") == .completed, "\(transcript.errors)")
        #expect(session.execute("usable = 1 + 1;") == .completed)
    }

    @Test func openingAMissingLessonListsTheAvailableOnes() throws {
        let (session, transcript) = makeLessonSession()
        #expect(session.execute("open 9") != .completed)
        #expect(transcript.errors.contains("1  activations"))
        #expect(transcript.errors.contains("5  exploding-gradients"))
    }
}
