import Foundation

/// Golden-text comparison shared by the test targets: text a user sees (plots, `whos`, help,
/// layer cards) is checked against a committed file, and re-recorded when the environment
/// variable `GRADLAB_RECORD=1` is set.
public enum GoldenFile {
    /// Whether this run re-records golden files instead of checking them.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["GRADLAB_RECORD"] == "1"
    }

    /// Checks `actual` against the golden file at `url` (or writes it when recording).
    ///
    /// - Returns: `nil` when the text matches (or was recorded); otherwise what went wrong: a
    ///   missing file, or a numbered line diff of the differing lines.
    public static func mismatch(_ actual: String, goldenAt url: URL) -> String? {
        let name = url.lastPathComponent
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "could not record \(name): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(name); run with GRADLAB_RECORD=1 to create it"
        }
        guard expected != actual else { return nil }
        return "\(name) differs from its golden file:\n" + lineDiff(expected: expected, actual: actual)
    }

    /// The differing lines, numbered, expected (`-`) above actual (`+`); at most about 60 lines.
    public static func lineDiff(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? a[i] : nil, right = i < b.count ? b[i] : nil
            guard left != right else { continue }
            if let left { out.append(String(format: "%4d - %@", i + 1, left)) }
            if let right { out.append(String(format: "%4d + %@", i + 1, right)) }
            if out.count > 60 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
