import Plotting
import Testing

@Suite struct EdgeCaseTests {
    private func figures() throws -> [Figure] {
        var lines = Axes()
        lines.addLines([try LineSeries(x: [1, 2, 3, 4, 5], y: [1, .nan, 3, .infinity, -.infinity], lineStyle: .dashed, marker: .circle)])
        var allNaN = Axes()
        allNaN.addLines([try LineSeries(x: [.nan, .nan], y: [.nan, .nan])])
        var empty = Axes()
        empty.add(.bar(try BarSeries(x: [], y: [])))
        var log = Axes()
        log.addLines([try LineSeries(x: [0, 1, 2], y: [-5, 0, 10])])
        log.YScale = .log
        log.XScale = .log
        var image = Axes()
        image.add(.image(try ImageSeries(rows: 2, columns: 3, data: [.nan, 0, 1, .infinity, -.infinity, 0.5], coloring: .scaled)))
        var emptyImage = Axes()
        emptyImage.add(.image(try ImageSeries(rows: 0, columns: 0, data: [], coloring: .grey(black: 0, white: 1))))
        var patch = Axes()
        patch.add(.patch(try PatchSeries(x: [.nan], y: [.infinity], z: [1], faceColor: .black)))
        var fixedOutside = Axes()
        fixedOutside.addLines([try LineSeries(x: [0, 100], y: [0, 100])])
        try fixedOutside.setLimits(.x, [40, 60])
        try fixedOutside.setLimits(.y, [-1e300, 1e300])
        var hist = Axes()
        hist.add(.histogram(try HistogramSeries(data: [5, 5, 5])))
        return [lines, allNaN, empty, log, image, emptyImage, patch, fixedOutside, hist].enumerated().map { k, axes in
            var f = Figure(number: k + 1)
            f.content = .axes(axes)
            return f
        }
    }

    @Test(arguments: [(80, 24), (20, 8), (5, 3), (1, 1)])
    func nonFiniteAndEmptyDataRenderAsGapsAtAnySize(width: Int, height: Int) throws {
        for figure in try figures() + [try ExampleFigures.gradientDistributions(epochs: 3)] {
            for threeD in [ThreeDStyle.projection, .heatMap] {
                let text = TerminalRenderer(options: TerminalOptions(width: width, height: height, threeD: threeD)).render(figure)
                #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == height)
            }
            let svg = SVGRenderer(options: SVGOptions(width: Double(width * 8), height: Double(height * 16))).render(figure)
            #expect(svg.hasSuffix("</svg>\n"))
        }
    }

    @Test func gapsBreakTheLineInsteadOfJoiningAcrossThem() throws {
        var axes = Axes()
        axes.addLines([try LineSeries(x: [1, 2, 3, 4], y: [0, 0, .nan, 0])])
        let svg = SVGRenderer().render({ var f = Figure(number: 1); f.content = .axes(axes); return f }())
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
    }

    @Test func anEmptyFigureRendersAsNothingInTheTerminal() {
        #expect(TerminalRenderer().render(Figure(number: 1)) == "")
    }
}

@Suite struct ExtremeValueTests {
    @Test func valuesFarOutsideFixedLimitsAreClippedWithoutOverflow() throws {
        var axes = Axes()
        axes.add(.bar(try BarSeries(x: [1, 1e300, -1e300], y: [1e300, 2, -1e300])))
        axes.NextPlot = .add
        axes.add(.histogram(try HistogramSeries(binEdges: [-1e300, 0, 1e300], counts: [1e300, 5])))
        axes.addLines([try LineSeries(x: [-1e308, 1e308], y: [1e308, -1e308], marker: .circle)])
        try axes.setLimits(.x, [0, 2])
        try axes.setLimits(.y, [0, 3])
        var figure = Figure(number: 1)
        figure.content = .axes(axes)
        let text = TerminalRenderer(options: TerminalOptions(width: 40, height: 12)).render(figure)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 12)
        #expect(SVGRenderer().render(figure).hasSuffix("</svg>\n"))
    }

    @Test func hugeDataRangesStillGiveFiniteTicks() {
        let axis = NiceNumbers.axis(data: [-1e308, 1e308])
        #expect(axis.lower.isFinite && axis.upper.isFinite)
        #expect(axis.labels.count == axis.values.count)
    }

    @Test func oversizedTerminalRequestsAreCapped() {
        let options = TerminalOptions(width: 1_000_000, height: 1_000_000)
        #expect(options.width <= 4000 && options.height <= 2000)
    }
}
