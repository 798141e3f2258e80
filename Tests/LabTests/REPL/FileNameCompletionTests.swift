import Foundation
import Lab
import Testing

@Suite struct FileNameCompletionTests {
    /// A fresh folder holding `lesson1.m`, `lesson2.m`, `.hidden` and a folder `data`.
    private func makeFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "gradlab-files-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        for name in ["lesson1.m", "lesson2.m", ".hidden", "data/digits.csv"] {
            #expect(manager.createFile(atPath: folder + "/" + name, contents: Data()))
        }
        return folder
    }

    private func complete(_ line: String, home: String? = nil) -> Completions? {
        FileNameCompletion.completions(line: line, cursor: line.endIndex, homeFolder: home)
    }

    @Test func theArgumentOfRunCompletesToMatchingFiles() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(complete("run \(folder)/less") == Completions(
            stem: "\(folder)/less", candidates: ["\(folder)/lesson1.m", "\(folder)/lesson2.m"]))
    }

    @Test func foldersEndInASlashAndHiddenEntriesNeedADot() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(complete("load \(folder)/d")?.candidates == ["\(folder)/data/"])
        #expect(complete("load \(folder)/data/")?.candidates == ["\(folder)/data/digits.csv"])
        #expect(complete("open \(folder)/")?.candidates.contains("\(folder)/.hidden") == false)
        #expect(complete("open \(folder)/.h")?.candidates == ["\(folder)/.hidden"])
    }

    @Test func aTildeStandsForTheHomeFolder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(complete("run ~/lesson2", home: folder) == Completions(stem: "~/lesson2", candidates: ["~/lesson2.m"]))
    }

    @Test func otherCommandsAndTheCommandWordItselfAreNotFileNames() {
        #expect(complete("disp /tm") == nil)
        #expect(complete("run") == nil)
        #expect(complete("x = run(1)") == nil)
    }
}
