import Foundation
import Testing

/// Lesson 2 end to end through the optimised `gradlab` executable that `make test` builds first,
/// so the full 2 × 2000-iteration run is part of every test run, debug builds included.
@Suite("Lesson 2 through the release executable")
struct VanishingGradientsBinaryTests {
    /// The repository folder (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/release/gradlab`, or `GRADLAB_RELEASE_BINARY`; nil when neither exists.
    static var releaseBinary: String? {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["GRADLAB_RELEASE_BINARY"],
                          repository.appendingPathComponent(".build/release/gradlab").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: releaseBinary != nil, "build it first: swift build -c release --product gradlab (make test does)"))
    func theLessonRunsInBatchModeAndShowsVanishingGradientsInTheSigmoidNetwork() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-lesson2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = Self.repository.appendingPathComponent("Lessons/02-vanishing-gradients.m").path
        let check = folder.appendingPathComponent("check.m")
        try """
            run("\(lesson)");
            fprintf("FINAL %.10g\\n", finalLoss);
            fprintf("SPREAD %.10g\\n", meanGradientSpread);
            fprintf("SIZE %d\\n", size(losses), size(meanGradients));
            """.write(to: check, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.releaseBinary))
        process.arguments = ["--figures", folder.path, check.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        func numbers(_ tag: String) -> [Double] {
            text.split(separator: "\n").filter { $0.hasPrefix(tag + " ") }.compactMap { Double($0.dropFirst(tag.count + 1)) }
        }
        #expect(numbers("SIZE") == [2000, 2, 2000, 2, 4])
        let final = numbers("FINAL")
        try #require(final.count == 2)
        #expect(final[0] < 0.6 && final[1] > 2 * final[0], "ReLU ends well below sigmoid: \(final)")
        // meanGradientSpread is 2×4 (rows ReLU, Sigmoid; columns fc_1 … fc_4), printed column by column.
        let spread = numbers("SPREAD")
        try #require(spread.count == 8)
        #expect(spread[1] * 5 < spread[0], "sigmoid fc_1 mean-gradient spread much smaller than ReLU's: \(spread)")
        // All five figures were written: activations, two gradient distributions, losses, mean gradients.
        let figures = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        #expect(figures.count == 5)
    }
}
