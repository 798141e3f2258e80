import Plotting
import Testing

@Suite struct PropertyTests {
    @Test func theExampleHandleAssignmentsMapOntoTheModel() throws {
        var layout = TiledLayout.flow()
        try layout.setProperty(["Title", "String"], to: .text("Gradient Distributions with ReLU Layers"))
        try layout.setProperty(["TileSpacing"], to: .text("tight"))
        #expect(layout.Title.String == "Gradient Distributions with ReLU Layers")
        #expect(layout.TileSpacing == .tight)
        #expect(try layout.property(["title", "string"]) == .text("Gradient Distributions with ReLU Layers"))
        #expect(throws: PlotError.readOnlyProperty(className: "TiledChartLayout", name: "GridSize")) {
            try layout.setProperty(["GridSize"], to: .numbers([2, 2]))
        }

        var axes = Axes()
        try axes.setProperty(["XLim"], to: .numbers([-0.5, 0.5]))
        try axes.setProperty(["ylim"], to: .numbers([1, .infinity]))
        try axes.setProperty(["View"], to: .numbers([-130, 50]))
        try axes.setProperty(["XLabel", "String"], to: .text("Gradients"))
        try axes.setProperty(["YScale"], to: .text("log"))
        try axes.setProperty(["XGrid"], to: .text("on"))
        #expect(axes.XLim == [-0.5, 0.5] && axes.YLim == [1, .infinity] && axes.View == [-130, 50])
        #expect(axes.XLabel.String == "Gradients" && axes.YScale == .log && axes.XGrid)
        #expect(try axes.property(["Title"]) == .object(className: "Text"))
        #expect(try axes.property(["XGrid"]) == .text("on"))
    }

    @Test func unknownPropertiesAndBadValuesGiveMATLABLikeErrors() throws {
        var axes = Axes()
        #expect(throws: PlotError.unknownProperty(className: "Axes", name: "Colour")) { try axes.setProperty(["Colour"], to: .text("r")) }
        #expect(throws: PlotError.invalidLimits(axis: "x", values: [1, 0])) { try axes.setProperty(["XLim"], to: .numbers([1, 0])) }
        #expect(throws: PlotError.self) { try axes.setProperty(["XScale"], to: .text("logarithmic")) }
        #expect(throws: PlotError.self) { try axes.setProperty(["XGrid"], to: .text("maybe")) }
        #expect(throws: PlotError.self) { try axes.setProperty(["Colormap"], to: .matrix(rows: 1, columns: 3, values: [2, 0, 0])) }
        #expect(PlotError.unknownProperty(className: "Axes", name: "Colour").description
            == "Unrecognized property 'Colour' for class 'Axes'.")
    }

    @Test func colormapsAndLegendsAreSettable() throws {
        var axes = Axes()
        try axes.setProperty(["Colormap"], to: .matrix(rows: 2, columns: 3, values: [0, 0, 0, 1, 1, 1]))
        #expect(axes.Colormap.colors == [.black, .white])
        try axes.setProperty(["Legend", "String"], to: .texts(["ReLU", "Sigmoid"]))
        #expect(try axes.property(["Legend", "String"]) == .texts(["ReLU", "Sigmoid"]))
    }

    @Test func seriesPropertiesReadAndWriteWithColoursAndNone() throws {
        var patch = PlotSeries.patch(try PatchSeries(x: [0, 1], y: [1, 1], z: [0, 2], faceColor: .white))
        try patch.setProperty("EdgeColor", to: .text("#D9D9D9"))
        try patch.setProperty("facecolor", to: .text("none"))
        let grey = try RGB(hex: "#D9D9D9")
        #expect(try patch.property("EdgeColor") == .numbers([grey.r, grey.g, grey.b]))
        #expect(try patch.property("FaceColor") == .text("none"))
        var line = PlotSeries.line(LineSeries(y: [1, 2, 3]))
        try line.setProperty("LineStyle", to: .text("--"))
        try line.setProperty("Color", to: .numbers([1, 0, 0]))
        #expect(try line.property("LineStyle") == .text("--"))
        #expect(try line.property("Color") == .numbers([1, 0, 0]))
        #expect(throws: PlotError.lengthMismatch(function: "set", counts: [2, 3])) { try line.setProperty("XData", to: .numbers([1, 2])) }
        #expect(throws: PlotError.unknownProperty(className: "Line", name: "FaceColor")) { try line.setProperty("FaceColor", to: .text("r")) }
    }

    @Test func figuresExposeNumberNameAndPosition() throws {
        var figure = Figure(number: 3)
        try figure.setProperty(["Position"], to: .numbers([0, 0, 800, 600]))
        #expect(figure.Size == [800, 600])
        #expect(try figure.property(["Number"]) == .number(3))
        #expect(throws: PlotError.readOnlyProperty(className: "Figure", name: "Number")) { try figure.setProperty(["Number"], to: .number(4)) }
    }
}
