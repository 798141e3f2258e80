import Foundation
import Lab
import MatLang
import Plotting
import Testing

/// The example's figures, made through the language and checked in both renderers.
@Suite struct ExampleFigureTests {
    static func terminal(_ figure: Figure, width: Int = 100, threeD: ThreeDStyle = .projection) -> String {
        FigurePresenter(figures: FigureManager()).render(figure, width: width, color: .off, threeD: threeD)
    }

    @Test func theActivationFigureHasTwoTilesWithTheExamplesLegends() throws {
        let lab = GraphicsLab()
        try lab.run(VanishingGradientsExample.activationComparison)
        guard case .layout(let layout) = try lab.figure(1).content else { Issue.record("expected a layout"); return }
        #expect(layout.grid == (1, 2))
        let left = try #require(layout.axes(atTile: 1)), right = try #require(layout.axes(atTile: 2))
        #expect(left.Legend?.String == ["ReLU", "Gradient of ReLU"])
        #expect(right.Legend?.String == ["Sigmoid", "Gradient of Sigmoid"])
        guard case .line(let sigmoidGradient) = right.Children[1] else { Issue.record("expected a line"); return }
        #expect(abs((sigmoidGradient.YData.max() ?? 0) - 0.25) < 0.001)
        #expect(left.Children.count == 2 && sigmoidGradient.Color == RGB.colorOrder[1])
        try Golden.check(Self.terminal(try lab.figure(1)), "activations.txt")
        #expect(parsesAsXML(SVGRenderer().render(try lab.figure(1))))
    }

    @Test func theGradientDistributionFigureIsBuiltByTheExamplesSupportingFunctions() throws {
        let lab = GraphicsLab()
        try lab.run(VanishingGradientsExample.standInGradientDistributions(epochs: 50, asDlarrays: false))
        let figure = try lab.figure(1)
        guard case .layout(let layout) = figure.content else { Issue.record("expected a layout"); return }
        #expect(layout.Title.String == "Gradient Distributions with Sigmoid Layers")
        #expect(layout.grid == (2, 2) && layout.TileSpacing == .tight)
        let axes = try #require(layout.axes(atTile: 1))
        #expect(axes.View == [-130, 50] && axes.XLim == [-0.5, 0.5] && axes.YLim == [1, .infinity])
        #expect(axes.Title.String == "fc_1 Weights" && axes.ZLabel.String == "Counts")
        #expect(axes.Children.count == 50)
        guard case .patch(let last) = axes.Children[49] else { Issue.record("expected a patch"); return }
        #expect(last.EdgeColor == RGB.lightGrey && last.FaceColor == Colormap.parula(50).colors[49])
        #expect(last.YData.allSatisfy { $0 == 50 } && last.XData.count == 30)
        try Golden.check(Self.terminal(figure), "gradients-projection.txt")
        try Golden.check(Self.terminal(figure, threeD: .heatMap), "gradients-heatmap.txt")
        #expect(parsesAsXML(SVGRenderer().render(figure)))
    }

    @Test func theLossFigureDrawsOneLinePerColumnWithLabels() throws {
        let lab = GraphicsLab()
        try lab.run(VanishingGradientsExample.standInLosses)
        guard case .axes(let axes) = try lab.figure(1).content else { Issue.record("expected one axes"); return }
        #expect(axes.Children.count == 2 && axes.Legend?.String == ["ReLU", "Sigmoid"])
        #expect(axes.XLabel.String == "Iteration" && axes.YLabel.String == "Loss")
        try Golden.check(Self.terminal(try lab.figure(1)), "losses.txt")
        #expect(parsesAsXML(SVGRenderer().render(try lab.figure(1))))
    }

    @Test func theMeanGradientFigureFlowsIntoTwoByTwoTiles() throws {
        let lab = GraphicsLab()
        try lab.run(VanishingGradientsExample.standInMeanGradients)
        guard case .layout(let layout) = try lab.figure(1).content else { Issue.record("expected a layout"); return }
        #expect(layout.grid == (2, 2))
        #expect((1...4).compactMap { layout.axes(atTile: $0)?.Title.String } == (1...4).map { "fc_\($0) Weights" })
        #expect((1...4).allSatisfy { layout.axes(atTile: $0)?.Legend?.String == ["ReLU", "Sigmoid"] })
        try Golden.check(Self.terminal(try lab.figure(1), width: 120), "mean-gradients.txt")
        #expect(parsesAsXML(SVGRenderer().render(try lab.figure(1))))
    }

    @Test func theHeatMapOptionSwitchesTheTerminalStyleOfChangedFigures() throws {
        let lab = GraphicsLab()
        try lab.run(VanishingGradientsExample.standInGradientDistributions(epochs: 6, asDlarrays: false) + "\n")
        try lab.run("gradlab_options(\"view3d\", \"heatmap\");")
        #expect(lab.figures.options.threeD == .heatMap)
        let shown = FigurePresenter(figures: lab.figures).presentChanges(width: 100)
        #expect(shown == "Figure 1\n" + Self.terminal(try lab.figure(1), threeD: .heatMap) + "\n")
    }
}
