import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Plotting
import Testing

/// Seeded random figures with awkward values, limits, scales and sizes: both renderers must cope with all of them.
@Suite struct RandomFigureTests {
    private static let awkward: [Double] = [0, -0.0, 1, -1, 1e-300, -1e-300, 1e300, -1e300, .nan, .infinity, -.infinity, 0.5, 1e5, 42]

    private func value(_ rng: inout SeededNumbers) -> Double {
        rng.uniform() < 0.3 ? RandomFigureTests.awkward[Int(rng.uniform() * Double(RandomFigureTests.awkward.count))]
            : (rng.uniform() - 0.5) * 10
    }

    private func values(_ rng: inout SeededNumbers, _ n: Int) -> [Double] { (0..<n).map { _ in value(&rng) } }

    private func randomAxes(_ rng: inout SeededNumbers) throws -> Axes {
        var axes = Axes()
        axes.NextPlot = .add
        for _ in 0..<(1 + Int(rng.uniform() * 3)) {
            let n = Int(rng.uniform() * 6)
            switch Int(rng.uniform() * 5) {
            case 0: axes.addLines([try LineSeries(x: values(&rng, n), y: values(&rng, n), z: rng.uniform() < 0.3 ? values(&rng, n) : [],
                                                  lineStyle: .dashed, marker: .square)])
            case 1: axes.add(.bar(try BarSeries(x: values(&rng, n), y: values(&rng, n))))
            case 2: axes.add(.histogram(try HistogramSeries(data: values(&rng, n), numBins: 1 + Int(rng.uniform() * 5))))
            case 3: axes.add(.image(try ImageSeries(rows: n, columns: 2, data: values(&rng, 2 * n), coloring: .scaled)))
            default: axes.add(.patch(try PatchSeries(x: values(&rng, n), y: values(&rng, n), z: values(&rng, n), faceColor: .white)))
            }
        }
        if rng.uniform() < 0.4 {
            let a = value(&rng), b = value(&rng)
            try? axes.setLimits(.x, [min(a, b), max(a, b)])
            try? axes.setLimits(.y, [a.isFinite ? a : -.infinity, .infinity])
        }
        if rng.uniform() < 0.3 { axes.YScale = .log }
        if rng.uniform() < 0.3 { axes.XScale = .log }
        if rng.uniform() < 0.3 { try axes.setView([value(&rng).isFinite ? rng.uniform() * 720 - 360 : 0, rng.uniform() * 180 - 90]) }
        if rng.uniform() < 0.3 { axes.setGrid(true) }
        if rng.uniform() < 0.5 { axes.setLegend(["a", "b"]) }
        axes.Title.String = rng.uniform() < 0.5 ? "t<&>" : ""
        return axes
    }

    @Test func twoHundredRandomFiguresRenderWithoutTrappingAndGiveWellFormedSVG() throws {
        var rng = SeededNumbers(seed: 2026)
        for k in 0..<200 {
            var figure = Figure(number: k)
            if rng.uniform() < 0.5 {
                figure.content = .axes(try randomAxes(&rng))
            } else {
                var layout = rng.uniform() < 0.5 ? TiledLayout.flow() : try TiledLayout(rows: 2, columns: 2)
                for tile in 1...(1 + Int(rng.uniform() * 4)) {
                    try layout.nextTile(tile)
                    let axes = try randomAxes(&rng)
                    try layout.updateAxes(atTile: tile) { (a: inout Axes) throws(PlotError) in a = axes }
                }
                figure.content = .layout(layout)
            }
            let width = 1 + Int(rng.uniform() * 120), height = 1 + Int(rng.uniform() * 40)
            let style: ThreeDStyle = rng.uniform() < 0.5 ? .projection : .heatMap
            let text = TerminalRenderer(options: TerminalOptions(width: width, height: height, color: .trueColor, threeD: style)).render(figure)
            #expect(text.isEmpty || text.split(separator: "\n", omittingEmptySubsequences: false).count == height)
            let svg = SVGRenderer(options: SVGOptions(width: Double(width * 6), height: Double(height * 12))).render(figure)
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "figure \(k) is not well-formed XML")
        }
    }
}
