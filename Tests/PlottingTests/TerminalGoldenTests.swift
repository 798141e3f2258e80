import Plotting
import Testing

/// Terminal renderings with colour off, compared with golden text.
@Suite struct TerminalGoldenTests {
    private func text(_ figure: Figure, width: Int = 80, height: Int = 22, threeD: ThreeDStyle = .projection) -> String {
        TerminalRenderer(options: TerminalOptions(width: width, height: height, color: .off, threeD: threeD)).render(figure) + "\n"
    }

    @Test func aLinePlotWithALegendMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.losses()), named: "line-losses.txt")
    }

    @Test func aTwoPanelTiledPlotMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.activations(), width: 100), named: "tiled-activations.txt")
    }

    @Test func aHistogramMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.histogram(), height: 16), named: "histogram.txt")
    }

    @Test func aBarChartWithANegativeBarMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.bars(), height: 16), named: "bars.txt")
    }

    @Test func groupedBarsStandSideBySideAndMatchTheirGolden() throws {
        expectGolden(text(try ExampleFigures.groupedBars(), height: 16), named: "bars-grouped.txt")
    }

    @Test func aGreyImageMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.ring(), width: 40, height: 14), named: "image-ring.txt")
    }

    @Test func theThreeDimensionalFill3StackProjectionMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.gradientDistributions(), width: 120, height: 44), named: "fill3-projection.txt")
    }

    @Test func theThreeDimensionalFill3StackHeatMapMatchesItsGolden() throws {
        expectGolden(text(try ExampleFigures.gradientDistributions(), width: 100, height: 40, threeD: .heatMap),
                     named: "fill3-heatmap.txt")
    }

    @Test func everyLineFitsTheRequestedWidthAndTheHeightIsExact() throws {
        for figure in [try ExampleFigures.losses(), try ExampleFigures.activations(), try ExampleFigures.gradientDistributions()] {
            let lines = TerminalRenderer(options: TerminalOptions(width: 70, height: 20)).render(figure).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 20)
            #expect(lines.allSatisfy { $0.count <= 70 })
        }
    }

    @Test(arguments: [ColorMode.ansi256, .trueColor])
    func colourOutputCarriesEscapesAndPlainOutputHasNone(mode: ColorMode) throws {
        let figure = try ExampleFigures.losses()
        let coloured = TerminalRenderer(options: TerminalOptions(width: 60, height: 15, color: mode)).render(figure)
        let plain = TerminalRenderer(options: TerminalOptions(width: 60, height: 15, color: .off)).render(figure)
        #expect(coloured.contains("\u{1B}["))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains(mode == .trueColor ? "38;2;0;114;189" : "38;5;"))
    }
}
