import Foundation
import Lab
import MatLang
import Plotting
import Testing

/// Figure, layout and axes handles behave like MATLAB's, and figures are shown once per statement.
@Suite struct HandleTests {
    @Test func figureReturnsNumberedHandlesAndFigureNMakesOneCurrent() throws {
        let lab = GraphicsLab()
        try lab.run("f = figure; g = figure; n = g.Number; figure(f); plot(1:3); figure(7); m = gcf; k = m.Number;")
        #expect(try lab.value("n").scalarDouble() == 2)
        #expect(try lab.value("k").scalarDouble() == 7)
        guard case .axes = try lab.figure(1).content else { Issue.record("plot should draw in figure 1"); return }
        #expect(lab.figures.figureNumbers == [1, 2, 7])
    }

    @Test func layoutTitlesAndAxesLabelsAreSetThroughHandles() throws {
        let lab = GraphicsLab()
        try lab.run("""
            t = tiledlayout(1, 2);
            t.Title.String = "Both";
            ax = nexttile(t, 2);
            xlabel(ax, "Gradients"); view(ax, [-130 50]); hold(ax, "on");
            ax.XLim = [-1 1];
            s = t.Title.String;
            """)
        guard case .layout(let layout) = try lab.figure(1).content else { Issue.record("expected a layout"); return }
        #expect(layout.Title.String == "Both")
        let axes = try #require(layout.axes(atTile: 2))
        #expect(axes.XLabel.String == "Gradients" && axes.View == [-130, 50] && axes.NextPlot == .add && axes.XLim == [-1, 1])
        #expect(try lab.value("s").text() == "Both")
    }

    @Test func plotTakesLineSpecsAndNameValueOptions() throws {
        let lab = GraphicsLab()
        try lab.run("h = plot(1:3, [1 4 9], 'r--o', LineWidth=2, DisplayName=\"sq\"); w = h.LineWidth;")
        guard case .axes(let axes) = try lab.figure(1).content, case .line(let line) = axes.Children[0] else {
            Issue.record("expected a line"); return
        }
        #expect(line.Color == RGB(1, 0, 0) && line.LineStyle == .dashed && line.Marker == .circle)
        #expect(line.LineWidth == 2 && line.DisplayName == "sq")
        #expect(try lab.value("w").scalarDouble() == 2)
    }

    @Test func holdKeepsSeriesAndSemilogySetsTheLogScale() throws {
        let lab = GraphicsLab()
        try lab.run("semilogy(1:3, [1 10 100]); hold on; plot(1:3, [2 3 4]); hold off;")
        guard case .axes(let axes) = try lab.figure(1).content else { Issue.record("expected axes"); return }
        #expect(axes.Children.count == 2 && axes.YScale == .log && axes.NextPlot == .replace)
    }

    @Test func aClosedFiguresHandleIsReportedAsDeleted() throws {
        let lab = GraphicsLab()
        let message = lab.error(of: "f = figure; close all; f.Name = \"x\";")
        #expect(message?.contains("Invalid or deleted object.") == true)
    }

    @Test func aLoopOfDrawnowCallsShowsTheFigureOnceAfterTheStatement() throws {
        let lab = GraphicsLab()
        let presenter = FigurePresenter(figures: lab.figures)
        try lab.run("figure; hold on; for k = 1:20, plot(1:3, k*[1 2 3]); drawnow; end")
        let shown = presenter.presentChanges(width: 60)
        #expect(shown.components(separatedBy: "Figure 1\n").count == 2)
        #expect(presenter.presentChanges(width: 60).isEmpty)
        try lab.run("x = 3;")
        #expect(presenter.presentChanges(width: 60).isEmpty)
    }

    @Test func aFiguresFolderWritesChangedFiguresAsSVGFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-figs-\(UUID().uuidString)").path
        let lab = GraphicsLab()
        lab.figures.options.folder = folder
        try lab.run("bar([3 1 2]); title(\"Bars\")")
        let shown = FigurePresenter(figures: lab.figures).presentChanges(width: 80)
        #expect(shown == "Figure 1 written to \(folder)/figure1.svg\n")
        let svg = try String(contentsOfFile: folder + "/figure1.svg", encoding: .utf8)
        #expect(parsesAsXML(svg) && svg.contains("Bars"))
    }

    @Test(arguments: [64, 7]) func parulaReturnsAnNBy3Matrix(n: Int) throws {
        let lab = GraphicsLab()
        try lab.run("c = parula(\(n));")
        let c = try lab.value("c").doubleArray()
        #expect(c.size == [n, 3])
        #expect(c.elements.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func imagesAndMontagesOfDigitArraysDraw() throws {
        let lab = GraphicsLab()
        try lab.run("""
            X = zeros(28, 28, 1, 6); X(10:18, 12:16, 1, :) = 1;
            montage(X);
            figure; imagesc(reshape(1:12, 3, 4)); colormap("hot");
            figure; imshow(X(:, :, 1, 2));
            """)
        guard case .axes(let axes) = try lab.figure(1).content, case .image(let image) = axes.Children[0] else {
            Issue.record("expected an image"); return
        }
        #expect(image.rows == 56 && image.columns == 84)
        guard case .axes(let scaled) = try lab.figure(2).content, case .image(let c) = scaled.Children[0] else {
            Issue.record("expected an image"); return
        }
        #expect(c.rows == 3 && c.CData[1] == 4 && scaled.Colormap == Colormap.hot(256))
    }

    @Test func histogramTakesABinCountOrEdges() throws {
        let lab = GraphicsLab()
        try lab.run("histogram([1 2 2 3 3 3], 3); figure; histogram([1 2 2 3 3 3], [0 2 4]);")
        guard case .axes(let a) = try lab.figure(1).content, case .histogram(let h) = a.Children[0],
              case .axes(let b) = try lab.figure(2).content, case .histogram(let e) = b.Children[0] else {
            Issue.record("expected histograms"); return
        }
        #expect(h.Values == [1, 2, 3] && e.BinEdges == [0, 2, 4] && e.Values == [1, 5])
    }

    @Test func barOfAMatrixGroupsOneSeriesPerColumn() throws {
        let lab = GraphicsLab()
        try lab.run("b = bar([1 2; 3 4; 5 6]); n = numel(b); x = b{2}.XData;")
        guard case .axes(let axes) = try lab.figure(1).content,
              case .bar(let first) = axes.Children[0], case .bar(let second) = axes.Children[1] else {
            Issue.record("expected two bar series"); return
        }
        #expect(first.YData == [1, 3, 5] && second.YData == [2, 4, 6])
        #expect(first.XOffset < 0 && second.XOffset == -first.XOffset && first.GroupShare < 0.5)
        #expect(try lab.value("n").scalarDouble() == 2)
        #expect(try lab.value("x").doubleArray().elements == [1, 2, 3])
    }

    @Test func titleAndLabelsReturnTextHandlesWhenAsked() throws {
        let lab = GraphicsLab()
        try lab.run("""
            plot(1:3); h = title("first"); h.String = "second";
            x = xlabel("Iteration"); s = x.String;
            t = tiledlayout(1, 1); lt = title(t, "whole"); lt.String = "layout";
            """)
        guard case .layout(let layout) = try lab.figure(1).content else { Issue.record("expected a layout"); return }
        #expect(layout.Title.String == "layout")
        #expect(try lab.value("s").text() == "Iteration")
        let lab2 = GraphicsLab()
        try lab2.run("plot(1:3); h = title(\"first\"); h.String = \"second\";")
        guard case .axes(let axes) = try lab2.figure(1).content else { Issue.record("expected one axes"); return }
        #expect(axes.Title.String == "second")
    }

    @Test func getAndSetReadAndChangePropertiesLikeDotSyntax() throws {
        let lab = GraphicsLab()
        try lab.run("""
            f = figure(Name="Losses"); name = get(f, "Name");
            p = plot(1:3); set(p, "LineWidth", 2, "Color", "r"); set(p, DisplayName="loss");
            w = get(p, "linewidth"); s = get(gca);
            """)
        #expect(try lab.value("name").text() == "Losses")
        #expect(try lab.value("w").scalarDouble() == 2)
        guard case .axes(let axes) = try lab.figure(1).content, case .line(let line) = axes.Children[0] else {
            Issue.record("expected a line"); return
        }
        #expect(line.Color == RGB(1, 0, 0) && line.DisplayName == "loss")
        guard case .structure(let fields) = try lab.value("s") else { Issue.record("expected a struct"); return }
        #expect(fields.fieldNames.contains("XLim") && fields.fieldNames.contains("NextPlot"))
        #expect(lab.error(of: "set(gca, \"Foo\", 1)")?.contains("'Foo' for class 'Axes'") == true)
        #expect(lab.error(of: "set(gca, \"XLim\", [0 1], \"YLim\")")?.contains("name, value pairs") == true)
        #expect(lab.error(of: "get(3, \"Name\")")?.contains("must be a graphics object") == true)
        #expect(lab.error(of: "f = figure; close(f); get(f, \"Name\")")?.contains("Invalid or deleted object") == true)
    }

    @Test func limitQueriesReportTheDrawnLimitsWithAutomaticEndsWorkedOut() throws {
        let lab = GraphicsLab()
        try lab.run("plot(1:5, (1:5).^2); a = xlim; b = ylim; ylim([2 Inf]); c = ylim; ax = gca; d = ax.YLim;")
        #expect(try lab.value("a").doubleArray().elements == [1, 5])
        #expect(try lab.value("b").doubleArray().elements == [0, 25])
        #expect(try lab.value("c").doubleArray().elements == [2, 25])
        #expect(try lab.value("d").doubleArray().elements == [2, 25])
        guard case .axes(let axes) = try lab.figure(1).content else { Issue.record("expected one axes"); return }
        #expect(axes.YLim == [2, .infinity])
    }
}
