import Foundation
import MatLang
import Plotting

extension Session {
    /// Adds the graphics built-ins to the session and shows the figures a REPL entry, script or
    /// section changed once it has finished: drawn to the output's width (in colour when the output
    /// allows it, 24-bit when `COLORTERM` says the terminal has it), or written as SVG files when `figures.options.folder` is set (`gradlab --figures DIR`).
    ///
    /// `publishing` makes the fresh session `publish` runs scripts in; pass ``PublishEnvironment/sessions(configure:)``
    /// with the same set-up as this session so published scripts see the same built-ins.
    @discardableResult
    public func installGraphics(figures: FigureManager = FigureManager(),
                                publishing: PublishEnvironment = PublishEnvironment.sessions()) -> FigureManager {
        register(GraphicsBuiltins.registry(figures: figures, publishing: publishing))
        let presenter = FigurePresenter(figures: figures)
        let environment = ProcessInfo.processInfo.environment
        runFinishedHandlers.append { [unowned self] in
            let color = FigurePresenter.colorMode(usesColor: output.usesColor, environment: environment)
            let text = presenter.presentChanges(width: output.layoutWidth, color: color)
            if !text.isEmpty { output.write(text, to: .standard) }
        }
        return figures
    }
}

extension PublishEnvironment {
    /// Fresh ``Session``s with the graphics built-ins, each set up by `configure` (e.g. registering
    /// the deep-learning built-ins) before the script runs; figures are left for the page, not shown.
    public static func sessions(configure: @escaping @Sendable (Session) -> Void = { _ in }) -> PublishEnvironment {
        PublishEnvironment {
            let figures = FigureManager()
            let session = Session(output: DiscardingSink())
            configure(session)
            session.register(GraphicsBuiltins.registry(figures: figures, publishing: .sessions(configure: configure)))
            return PublishSession(interpreter: session.interpreter, figures: figures, owner: session)
        }
    }
}

/// An output that keeps nothing: a published script's session writes to the page, not a terminal.
final class DiscardingSink: OutputSink {
    func write(_ text: String, to channel: OutputChannel) {}
    var columns: Int? { nil }
    var usesColor: Bool { false }
}
