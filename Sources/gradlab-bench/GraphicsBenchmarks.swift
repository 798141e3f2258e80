import Foundation
import Lab
import MatLang
import Plotting

/// Rows for the graphics: the MathWorks example's figures rendered to terminal text (as the REPL
/// draws them at its widest, 200 columns, in 24-bit colour) and to SVG, each the best of several renderings.
///
/// The figures are built by the example's own plotting code run through a ``Session`` with the
/// graphics built-ins, on the stand-in data of ``VanishingGradientsExample``: the example's
/// shapes (2000 iterations, a 784×10 and three 10×10 weight gradients per epoch), so the rows do
/// not need the training run.
enum GraphicsBenchmarks {
    /// Terminal width the figures are drawn at: the widest the REPL draws.
    static let columns = 200

    static func run(into table: inout BenchmarkTable) throws {
        let twoD = try [
            ("activations", figure(VanishingGradientsExample.activationComparison)),
            ("losses", figure(VanishingGradientsExample.standInLosses)),
            ("mean gradients", figure(VanishingGradientsExample.standInMeanGradients)),
        ]
        let distributions = try figure(VanishingGradientsExample.standInGradientDistributions(epochs: 50, asDlarrays: true))

        let terminal = twoD.map { ($0.0, terminalMilliseconds($0.1, threeD: .projection)) }.max { $0.1 < $1.1 }!
        table.add(BenchmarkRow("figure_terminal_ms", terminal.1, unit: "ms", budget: .atMost(20),
                               note: "slowest 2-D example figure (\(terminal.0)), \(columns) columns"))
        let svg = twoD.map { ($0.0, svgMilliseconds($0.1)) }.max { $0.1 < $1.1 }!
        table.add(BenchmarkRow("figure_svg_ms", svg.1, unit: "ms", budget: .atMost(20),
                               note: "slowest 2-D example figure (\(svg.0)) as an SVG document"))
        table.add(BenchmarkRow("figure3d_terminal_ms", terminalMilliseconds(distributions, threeD: .projection),
                               unit: "ms", budget: .atMost(50),
                               note: "50-epoch gradient distributions, 2×2 tiles of fill3, projected"))
        table.add(BenchmarkRow("figure3d_heatmap_ms", terminalMilliseconds(distributions, threeD: .heatMap),
                               unit: "ms", budget: .atMost(50),
                               note: "the same figure as epoch × bin heat maps (view3d heatmap)"))
        table.add(BenchmarkRow("figure3d_svg_ms", svgMilliseconds(distributions), unit: "ms", budget: .atMost(50),
                               note: "the same figure as an SVG document"))
    }

    /// The figure `source` leaves current, built in a fresh session with the graphics built-ins.
    private static func figure(_ source: String) throws -> Figure {
        let session = Session(output: BenchmarkSink())
        _ = session.registerDeepLearning()
        let figures = FigureManager()
        session.register(GraphicsBuiltins.registry(figures: figures))
        guard case .completed = session.runScript(source, file: "figures.m"),
              let number = figures.currentNumber, let figure = figures.figure(number) else {
            throw LabBenchmarkError.failed(String(source.prefix(60)) + "…")
        }
        return figure
    }

    /// Best time of drawing `figure` as the REPL does, in milliseconds.
    private static func terminalMilliseconds(_ figure: Figure, threeD: ThreeDStyle) -> Double {
        let presenter = FigurePresenter(figures: FigureManager())
        var length = 0
        let seconds = Measurement.bestSecondsPerCall(warmup: 2, iterations: 5, repeats: 5) {
            length &+= presenter.render(figure, width: columns, color: .trueColor, threeD: threeD).utf8.count
        }
        precondition(length > 0, "the figure drew nothing")
        return seconds * 1000
    }

    /// Best time of rendering `figure` as a standalone SVG document, in milliseconds.
    private static func svgMilliseconds(_ figure: Figure) -> Double {
        let renderer = SVGRenderer()
        var length = 0
        let seconds = Measurement.bestSecondsPerCall(warmup: 2, iterations: 5, repeats: 5) {
            length &+= renderer.render(figure).utf8.count
        }
        precondition(length > 0, "the figure rendered nothing")
        return seconds * 1000
    }
}
