import Foundation
import Testing

@testable import gradlab

@Suite struct HistoryFileTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "gradlab-history-\(UUID().uuidString)"
    }

    @Test func appendedEntriesLoadBackInOrder() {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = HistoryFile(path: path, limit: 10)
        #expect(file.load().isEmpty)
        file.append("x = 1")
        file.append("plot(x) % ünïcode")
        #expect(file.load() == ["x = 1", "plot(x) % ünïcode"])
    }

    @Test func entriesWithNewlinesOrTooLongAreNotPersisted() {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = HistoryFile(path: path, limit: 10)
        file.append("a\nb")
        file.append(String(repeating: "z", count: HistoryFile.longestPersistedEntry + 1))
        file.append("kept")
        #expect(file.load() == ["kept"])
    }

    @Test func theFileIsTrimmedToItsLimitOnceItGrowsHalfAsLargeAgain() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = HistoryFile(path: path, limit: 10)
        for index in 0..<15 { file.append("line \(index)") }
        #expect(file.load().count == 10)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 15)
        file.append("line 15")
        #expect(file.load() == (6...15).map { "line \($0)" })
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 10)
    }

    @Test func concurrentWritersAndTrimsNeverCorruptLines() async throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = HistoryFile(path: path, limit: 100)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<150 {
                        file.append("writer \(writer) entry \(index) " + String(repeating: "x", count: 200))
                        if index % 50 == 0 { _ = file.load() }
                    }
                }
            }
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        for line in lines.dropLast() {
            #expect(line.hasPrefix("writer ") && line.hasSuffix(String(repeating: "x", count: 200)), "\(line.prefix(60))")
        }
    }

    @Test func theLocationIsUnderXDGStateHomeOrElseTheHomeFolder() throws {
        let state = NSTemporaryDirectory() + "gradlab-state-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: state) }
        #expect(HistoryFile.defaultLocation(environment: ["XDG_STATE_HOME": state, "HOME": "/h"]) == state + "/gradlab/history")
        #expect(HistoryFile.defaultLocation(environment: ["HOME": "/home/ada"]) == "/home/ada/.gradlab_history")
        #expect(HistoryFile.defaultLocation(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.gradlab_history")
        #expect(HistoryFile.defaultLocation(environment: [:]) == nil)
    }
}
