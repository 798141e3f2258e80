import Foundation
import Plotting
import Testing

@Test func previewPrintsFigures() throws {
    guard let dir = ProcessInfo.processInfo.environment["GRADLAB_PREVIEW"] else { return }
    let r = TerminalRenderer(options: TerminalOptions(width: 100, height: 30))
    let figures = [("activations", try ExampleFigures.activations()), ("losses", try ExampleFigures.losses()),
                   ("histogram", try ExampleFigures.histogram()), ("bars", try ExampleFigures.bars()),
                   ("ring", try ExampleFigures.ring()), ("gradients", try ExampleFigures.gradientDistributions())]
    for (name, f) in figures {
        print(r.render(f))
        try SVGRenderer().render(f).write(toFile: "\(dir)/\(name).svg", atomically: true, encoding: .utf8)
    }
    let big = TerminalRenderer(options: TerminalOptions(width: 160, height: 60))
    print(big.render(try ExampleFigures.gradientDistributions()))
}
