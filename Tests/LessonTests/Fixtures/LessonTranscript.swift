import Lab

/// An output that keeps everything a lesson printed, and the error channel on its own.
final class LessonTranscript: OutputSink {
    private(set) var text = ""
    private(set) var errors = ""
    var columns: Int? { 100 }
    var usesColor: Bool { false }

    func write(_ text: String, to channel: OutputChannel) {
        self.text += text
        if channel == .error { errors += text }
    }
}
