import Foundation
import Plotting

/// Shows the figures a statement or section changed: drawn as terminal text fitted to the output
/// width, or written as SVG files when the session has a figures folder.
///
/// The session calls ``presentChanges(width:color:)`` once a REPL statement finishes, and in batch
/// mode at the end of each section (or of the script), then prints what it returns.
public struct FigurePresenter: Sendable {
    /// The session's figures.
    public let figures: FigureManager

    /// A presenter for `figures`.
    public init(figures: FigureManager) { self.figures = figures }

    /// The text to print for the figures changed since the last call (empty when none changed), and
    /// forgets the changes. Each figure is headed `Figure N` (and its name); with a figures folder
    /// the figure is written to `DIR/figureN.svg` and the text names the file instead.
    public func presentChanges(width: Int, color: ColorMode = .off) -> String {
        let changed = figures.takeChangedFigures().filter { if case .empty = $0.content { false } else { true } }
        guard !changed.isEmpty else { return "" }
        let settings = figures.options
        var out = ""
        for figure in changed {
            let heading = "Figure \(figure.Number)" + (figure.Name.isEmpty ? "" : ": \(figure.Name)")
            if let folder = settings.folder {
                out += heading + " written to " + write(figure, folder: folder) + "\n"
            } else {
                out += heading + "\n" + render(figure, width: width, color: color, threeD: settings.threeD) + "\n"
            }
        }
        return out
    }

    /// The figure as terminal text `width` columns wide, with a height suited to its tiles.
    public func render(_ figure: Figure, width: Int, color: ColorMode = .off, threeD: ThreeDStyle = .projection) -> String {
        let options = FigurePresenter.terminalOptions(for: figure, width: width, color: color, threeD: threeD)
        return TerminalRenderer(options: options).render(figure)
    }

    /// The colours to draw with: none when the output takes no colour, 24-bit when the terminal
    /// announces it (`COLORTERM=truecolor` or `24bit`), else the 256-colour palette.
    public static func colorMode(usesColor: Bool, environment: [String: String]) -> ColorMode {
        guard usesColor else { return .off }
        let announced = environment["COLORTERM"]?.lowercased() ?? ""
        return announced == "truecolor" || announced == "24bit" ? .trueColor : .ansi256
    }

    /// The terminal size for a figure: the given width, and about a third as many lines per row of tiles.
    public static func terminalOptions(for figure: Figure, width: Int, color: ColorMode, threeD: ThreeDStyle) -> TerminalOptions {
        let w = min(200, max(20, width))
        var rows = 1
        var titled = 0
        if case .layout(let layout) = figure.content {
            rows = layout.grid.rows
            titled = layout.Title.isEmpty ? 0 : 1
        }
        let perRow = max(10, min(24, w * 3 / 10))
        return TerminalOptions(width: w, height: min(120, rows * perRow + titled), color: color, threeD: threeD)
    }

    /// Writes `figure` to `folder/figureN.svg` (creating the folder) and returns the path, or the reason it failed.
    public func write(_ figure: Figure, folder: String) -> String {
        let path = (folder as NSString).appendingPathComponent("figure\(figure.Number).svg")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try SVGRenderer().render(figure).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        } catch {
            return "nowhere: cannot write \(path) (\(error.localizedDescription))"
        }
    }
}
