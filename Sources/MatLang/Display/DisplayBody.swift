/// A value's display below its `x =` line: an optional caption (`1×2 logical array`), which
/// `disp` leaves out, then the content; empty strings are blank lines.
struct DisplayBody {
    /// The caption line, if the value has one.
    var caption: String?
    /// The content lines.
    var content: [String]

    init(caption: String? = nil, content: [String]) {
        self.caption = caption
        self.content = content
    }

    /// Caption, blank line, content.
    var lines: [String] { caption.map { [$0, ""] + content } ?? content }
}
