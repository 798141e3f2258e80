import Foundation
import Testing

/// Compares text with a golden file in `Tests/PlottingTests/Golden/`, or rewrites the file when the
/// environment variable `GRADLAB_RECORD=1` is set. A mismatch is reported with a line diff.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    let file = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["GRADLAB_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing golden file \(name); run with GRADLAB_RECORD=1 to create it", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: "\(name) differs from its golden file:\n" + lineDiff(expected: expected, actual: actual)),
                 sourceLocation: sourceLocation)
}

/// The differing lines, numbered, expected (`-`) above actual (`+`).
func lineDiff(expected: String, actual: String) -> String {
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
