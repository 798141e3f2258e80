import Foundation
import MatLang

/// One frame of the script call stack while the debugger is paused: a script's top level or a
/// function call, the line it is running, and its variables.
public struct ScriptFrame {
    /// The statement the frame is running: the paused line for the innermost frame, the
    /// calling line for the others.
    public let location: SourceLocation
    /// The function's name, or the script's name for a script's top level.
    public let function: String
    /// The frame's variables, when known (they are not for frames entered before a breakpoint
    /// was set).
    public let workspace: Workspace?
    /// The text of the line, without leading blanks.
    public let lineText: String

    /// The file name without its folder.
    public var fileName: String { (location.file as NSString).lastPathComponent }

    /// `triple.m:2`.
    public var place: String { "\(fileName):\(location.line)" }

    /// MATLAB's stop line: the line number, two blanks, the line's text.
    public var sourceLine: String { "\(location.line)  \(lineText)\n" }
}

extension [ScriptFrame] {
    /// `dbstack` for script frames, outermost first: function, `file:line` and the line's text,
    /// with `→` at the focused frame (`focus` nil marks none).
    func stackText(focus: Int?) -> String {
        let nameWidth = map(\.function.count).max() ?? 0
        let placeWidth = map(\.place.count).max() ?? 0
        return enumerated().map { index, frame in
            (index == focus ? "→ " : "  ")
                + frame.function.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + frame.place.padding(toLength: placeWidth, withPad: " ", startingAt: 0) + "  "
                + frame.lineText + "\n"
        }.joined()
    }
}
