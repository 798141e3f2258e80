import Foundation
import TestSupport
import Testing

/// Compares text with a golden file in `Tests/PlottingTests/Golden/`, or rewrites the file when the
/// environment variable `GRADLAB_RECORD=1` is set. A mismatch is reported with a line diff.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    if let message = GoldenFile.mismatch(actual, goldenAt: file) {
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
