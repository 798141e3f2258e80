import Plotting
import Testing

@Suite struct ModelTests {
    @Test(arguments: [
        ("r--o", RGB(1, 0, 0), LineStyle.dashed, Marker.circle),
        ("-.k", RGB(0, 0, 0), .dashDot, .none),
        (":", nil, .dotted, .none),
        ("x", nil, LineStyle.none, .cross),
        ("b-", RGB(0, 0, 1), .solid, .none),
    ] as [(String, RGB?, LineStyle, Marker)])
    func lineSpecsParseInAnyOrder(spec: String, color: RGB?, style: LineStyle, marker: Marker) throws {
        let parsed = try LineSpec(spec)
        #expect(parsed.color == color)
        #expect(parsed.effectiveLineStyle == style)
        #expect((parsed.marker ?? .none) == marker)
    }

    @Test(arguments: ["rr", "q", "--:", "", "r--o-"])
    func badLineSpecsThrow(spec: String) {
        #expect(throws: PlotError.invalidLineSpec(spec)) { try LineSpec(spec) }
    }

    @Test(arguments: [(1, 1, 1), (2, 1, 2), (3, 2, 2), (4, 2, 2), (5, 2, 3), (9, 3, 3)])
    func flowLayoutsPickANearSquareGrid(tiles: Int, rows: Int, columns: Int) throws {
        var layout = TiledLayout.flow()
        for _ in 0..<tiles { try layout.nextTile() }
        #expect(layout.GridSize == [rows, columns])
    }

    @Test func fixedLayoutsRejectTilesOutsideTheGrid() throws {
        var layout = try TiledLayout(rows: 2, columns: 2)
        #expect(try layout.nextTile(4) == 4)
        #expect(throws: PlotError.tileOutOfRange(index: 5, count: 4)) { try layout.nextTile(5) }
        #expect(throws: PlotError.tileOutOfRange(index: 0, count: 4)) { try layout.nextTile(0) }
        #expect(throws: PlotError.invalidGridSize(rows: 0, columns: 3)) { try TiledLayout(rows: 0, columns: 3) }
    }

    @Test func mismatchedLengthsThrowMATLABLikeErrors() {
        #expect(throws: PlotError.lengthMismatch(function: "plot", counts: [3, 2])) { try LineSeries(x: [1, 2, 3], y: [1, 2]) }
        #expect(throws: PlotError.lengthMismatch(function: "fill3", counts: [2, 2, 1])) {
            try PatchSeries(x: [1, 2], y: [1, 2], z: [1], faceColor: nil)
        }
        let message = PlotError.lengthMismatch(function: "plot", counts: [3, 2]).description
        #expect(message.hasPrefix("Error using plot\nVectors must be the same length"))
    }

    @Test func groupedBarsShareTheSpacingAroundEachX() throws {
        var left = try BarSeries(x: [1, 2, 3], y: [1, 2, 3]), right = left
        left.group(0, of: 2)
        right.group(1, of: 2)
        let share = (2 / 3.5) / 2
        #expect(abs(left.GroupShare - share) < 1e-12 && abs(right.GroupShare - share) < 1e-12)
        #expect(abs(left.XOffset + share / 2) < 1e-12 && abs(right.XOffset - share / 2) < 1e-12)
        var alone = try BarSeries(x: [1, 2], y: [1, 2])
        alone.group(0, of: 1)
        #expect(alone.XOffset == 0 && alone.GroupShare == 1)
    }

    @Test func histogramBinCountsAreLimited() throws {
        #expect(throws: PlotError.invalidBinCount(HistogramSeries.maximumBins + 1)) {
            try HistogramSeries(data: [1, 2], numBins: HistogramSeries.maximumBins + 1)
        }
        #expect(throws: PlotError.invalidBinCount(0)) { try HistogramSeries(data: [1, 2], numBins: 0) }
        #expect(try HistogramSeries(data: [1, 2], numBins: HistogramSeries.maximumBins).Values.count == 65_536)
    }

    @Test(arguments: [nil, 4] as [Int?])
    func dataSpanningTheWholeDoubleRangeGetsFiniteBins(bins: Int?) throws {
        let histogram = try HistogramSeries(data: [-1e308, 0, 1e308], numBins: bins)
        #expect(histogram.BinEdges.count == (bins ?? 10) + 1)
        #expect(histogram.BinEdges.allSatisfy { $0.isFinite })
        #expect(histogram.BinEdges.first == -1e308 && histogram.BinEdges.last == 1e308)
        #expect(zip(histogram.BinEdges, histogram.BinEdges.dropFirst()).allSatisfy { $0 < $1 })
        #expect(histogram.Values.first == 1 && histogram.Values.last == 1 && histogram.Values.reduce(0, +) == 3)
    }

    @Test func limitsAcceptInfiniteEndsAndRejectDecreasingOnes() throws {
        var axes = Axes()
        try axes.setLimits(.y, [1, .infinity])
        #expect(axes.YLim == [1, .infinity])
        #expect(throws: PlotError.invalidLimits(axis: "x", values: [2, 1])) { try axes.setLimits(.x, [2, 1]) }
        #expect(throws: PlotError.self) { try axes.setLimits(.x, [.nan, 1]) }
        #expect(throws: PlotError.self) { try axes.setLimits(.x, [1]) }
    }

    @Test func holdOffReplacesAndHoldOnAddsWithTheColourOrder() throws {
        var axes = Axes()
        axes.Title.String = "cleared by the next plot"
        axes.addLines([LineSeries(y: [1, 2]), LineSeries(y: [2, 1])])
        #expect(axes.Title.isEmpty)
        axes.NextPlot = .add
        axes.addLines([LineSeries(y: [3, 3])])
        let colors = axes.Children.compactMap { series -> RGB? in if case .line(let l) = series { l.Color } else { nil } }
        #expect(colors.map(\.hex) == ["#0072BD", "#D95319", "#EDB120"])
        axes.NextPlot = .replace
        axes.addLines([LineSeries(y: [1])])
        #expect(axes.Children.count == 1)
    }

    @Test func threeDimensionalSeriesTurnTheViewAndViewAcceptsTwoAndThree() throws {
        var axes = Axes()
        #expect(!axes.is3D)
        axes.add(.patch(try PatchSeries(x: [0, 1, 1], y: [1, 1, 1], z: [0, 2, 0], faceColor: .white)))
        #expect(axes.View == [-37.5, 30])
        try axes.setView([2])
        #expect(axes.View == [0, 90])
        try axes.setView([-130, 50])
        #expect(axes.View == [-130, 50])
        #expect(throws: PlotError.invalidView([1, 2, 3])) { try axes.setView([1, 2, 3]) }
    }

    @Test func legendNamesTheSeriesInOrder() {
        var axes = Axes()
        axes.addLines([LineSeries(y: [1]), LineSeries(y: [2])])
        axes.setLegend(["ReLU", "Sigmoid", "extra"])
        #expect(axes.Legend?.String == ["ReLU", "Sigmoid"])
        #expect(axes.Children.map(\.displayName) == ["ReLU", "Sigmoid"])
    }

    @Test func figuresMakeAxesOnDemandAndSubplotKeepsItsGrid() throws {
        var figure = Figure(number: 1)
        try figure.withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.Title.String = "one" }
        #expect(figure.allAxes.count == 1)
        try figure.subplot(rows: 1, columns: 2, index: 2)
        try figure.withCurrentAxes { (axes: inout Axes) throws(PlotError) in axes.Title.String = "right" }
        try figure.subplot(rows: 1, columns: 2, index: 1)
        #expect(figure.allAxes.map(\.tile) == [1, 2])
        #expect(figure.allAxes.map(\.axes.Title.String) == ["", "right"])
        figure.clear()
        #expect(figure.allAxes.isEmpty)
    }

    @Test func coloursParseFromHexAndNames() throws {
        #expect(try RGB(hex: "#D9D9D9").hex == "#D9D9D9")
        #expect(try RGB(hex: "0072bd").hex == "#0072BD")
        #expect(try RGB(hex: "#fff") == .white)
        #expect(throws: PlotError.invalidColor("#12345")) { try RGB(hex: "#12345") }
        #expect(RGB.named("magenta") == RGB(1, 0, 1))
        #expect(RGB.colorOrder.map(\.hex) == ["#0072BD", "#D95319", "#EDB120", "#7E2F8E", "#77AC30", "#4DBEEE", "#A2142F"])
    }

    @Test func colormapsRunBetweenTheirKnownEnds() throws {
        let parula = Colormap.parula(50)
        #expect(parula.count == 50)
        #expect(parula.colors[0].hex == "#3E26A8")
        #expect(parula.colors[49].hex == "#F9FB15")
        #expect(parula.colors[0].b > parula.colors[0].r)
        #expect(Colormap.gray(3).colors == [RGB(0, 0, 0), RGB(0.5, 0.5, 0.5), RGB(1, 1, 1)])
        let hot = Colormap.hot(8)
        #expect(hot.colors.first?.g == 0 && hot.colors.last == .white)
        let jet = Colormap.jet(64)
        #expect(jet.colors.first!.b > 0.4 && jet.colors.first!.r == 0)
        #expect(jet.colors.last!.r > 0.4 && jet.colors.last!.b == 0)
        #expect(throws: PlotError.unknownColormap("viridis")) { try Colormap.named("viridis") }
        #expect(throws: PlotError.self) { try Colormap.named("gray", count: 0) }
    }

    @Test func histogramsBinLikeHistcountsAndLeaveOutNonFiniteValues() throws {
        let h = try HistogramSeries(data: [0, 1, 2, 3, 4, .nan, .infinity], numBins: 4)
        #expect(h.BinEdges == [0, 1, 2, 3, 4])
        #expect(h.Values == [1, 1, 1, 2])
        #expect(throws: PlotError.invalidBinCount(0)) { try HistogramSeries(data: [1], numBins: 0) }
        let auto = try HistogramSeries(data: (0..<100).map { Double($0) / 10 })
        #expect(auto.Values.reduce(0, +) == 100)
        #expect(try HistogramSeries(data: []).Values.isEmpty)
    }

    @Test func montageTilesEqualImagesNearSquare() throws {
        let one = try ImageSeries(rows: 1, columns: 2, data: [1, 1], coloring: .grey(black: 0, white: 1))
        let m = try ImageSeries.montage([one, one, one])
        #expect(m.rows == 2 && m.columns == 4)
        #expect(m.CData == [1, 1, 1, 1, 1, 1, 0, 0])
        #expect(throws: PlotError.self) { try ImageSeries(rows: 2, columns: 2, data: [1], coloring: .scaled) }
    }
}
