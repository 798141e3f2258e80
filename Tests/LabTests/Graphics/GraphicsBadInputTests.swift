import Lab
import Plotting
import Testing

/// Bad input gives MATLAB-like errors and never traps; NaN and Inf are drawn as gaps.
@Suite struct BadInputTests {
    @Test(arguments: [
        ("plot(1:3, 1:4)", "Vectors must be the same length"),
        ("plot(1:3, [1 2 3], 'q')", "is not a valid line specification"),
        ("plot(1:3, [1 2 3], 'r--r')", "is not a valid line specification"),
        ("plot(1:3, [1 2 3], Foo=2)", "property, or field 'Foo' for class 'Line'"),
        ("plot(1:3, [1 2 3], Color=\"chartreuse\")", "Invalid color 'chartreuse'"),
        ("ax = gca; ax.Foo = 1;", "property, or field 'Foo' for class 'Axes'"),
        ("xlim([2 1])", "Limits must be a 2-element vector of increasing numeric values"),
        ("tiledlayout(2, 2); nexttile(5)", "Tile number 5 is out of range"),
        ("fill3([0 1], [0 1 2], [0 0], 'r')", "Vectors must be the same length"),
        ("fill3([0 1 1], [0 0 1], [0 1 0], [2 0 0])", "RGB triplet"),
        ("view([1 2 3])", "Specify the view as [az el]"),
        ("histogram(1:10, 0)", "Number of bins must be a positive integer"),
        ("histogram(1:10, 1e12)", "Number of bins must be a positive integer no greater than 65536 (got 1000000000000)"),
        ("histogram(1:10, NumBins=1e7)", "no greater than 65536 (got 10000000)"),
        ("plot(1:3); legend(\"a\", Location=\"sideways\")", "Invalid value for 'Location'"),
        ("subplot(2, 2, 5)", "Error using subplot\nIndex exceeds number of subplots."),
        ("subplot(0, 2, 1)", "Error using subplot\nGrid size must be positive integers (got 0×2)."),
        ("plot({1, 2})", "must be numeric"),
        ("legend(3)", "Expected text"),
        ("hold maybe", "Specify 'on' or 'off'"),
        ("close banana", "Specify a figure"),
        ("print -dpng out", "Unsupported format '-dpng'"),
    ])
    func badInputGivesAMessage(source: String, expected: String) {
        let message = GraphicsLab().error(of: source)
        #expect(message?.contains(expected) == true, "\(source): \(message ?? "no error")")
    }

    @Test func nanAndInfValuesLeaveGapsInsteadOfFailing() throws {
        let lab = GraphicsLab()
        try lab.run("plot(1:6, [1 2 NaN 4 Inf 6]); figure; histogram([1 2 NaN Inf 3]); figure; plot([]);")
        let text = FigurePresenter(figures: lab.figures).presentChanges(width: 60)
        #expect(text.contains("Figure 1") && text.contains("Figure 2"))
        guard case .axes(let axes) = try lab.figure(2).content, case .histogram(let h) = axes.Children[0] else {
            Issue.record("expected a histogram"); return
        }
        #expect(h.Values.reduce(0, +) == 3)
    }

    @Test(arguments: [
        "histogram([])", "bar([])", "imshow([])", "imagesc([])", "fill3([], [], [], 'r')", "montage(zeros(28, 28, 1, 0))",
        "nexttile(0)", "figure(-1)", "figure(2.5)", "subplot(0, 0, 1)", "tiledlayout(0, 2)", "parula(-1)", "parula(1e9)",
        "plot(ones(2, 2, 2))", "imshow(ones(3, 3, 2))", "montage(ones(4, 4, 3, 2))", "colormap(ones(2, 2))", "colormap(\"nope\")",
        "xlim(\"sideways\")", "view()", "legend()", "title()", "hold(1, 2, 3)", "exportgraphics(3, \"a.svg\")",
        "saveas(gcf, \"\")", "print", "close(0)", "clf(99)", "ax = gca; close all; xlabel(ax, \"x\")",
        "t = tiledlayout(2, 2); tiledlayout(1, 1); nexttile(t, 1)", "h = plot(1:3); delete = 1; h.Color = [2 0 0]",
        "plot(1:3, 'LineWidth')", "histogram(1:3, BinEdges=[3 2 1])", "gradlab_options(\"view3d\")",
        "gradlab_options(\"view3d\", \"sideways\")", "publish()", "publish(3)", "semilogy([-1 0 1])", "loglog([0 0 0])",
        "plot([NaN NaN NaN])", "plot(Inf(1, 5))", "bar([NaN 1 Inf])", "imagesc([NaN NaN; NaN NaN])",
        "histogram([-1e308 1e308])", "histogram([-1e308 1e308], 4)", "bar([1 -1e308; 1e308 2])",
    ])
    func oddInputNeverTraps(source: String) {
        let lab = GraphicsLab()
        _ = lab.error(of: source)
        _ = FigurePresenter(figures: lab.figures).presentChanges(width: 50)
        for n in lab.figures.figureNumbers {
            if let figure = lab.figures.figure(n) { _ = SVGRenderer().render(figure) }
        }
    }
}
