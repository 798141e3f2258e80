import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Plotting
import Testing

/// Parses a document with XMLParser; returns the parse error, or nil when it is well-formed.
private func xmlError(_ svg: String) -> String? {
    let parser = XMLParser(data: Data(svg.utf8))
    return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"
}

/// Figures whose text and data try to break the SVG: markup characters, control characters, NaN, Inf, empties.
private func hostileFigures() throws -> [Figure] {
    var axes = Axes()
    axes.addLines([try LineSeries(x: [1, 2, .nan, 4, .infinity, 6], y: [1, -.infinity, 3, .nan, 5, 6])])
    axes.Title.String = "a < b & c > \"d\" 'e' \u{01}\u{1B}[31m"
    axes.XLabel.String = "]]> <!-- -->"
    axes.setLegend(["<tag>", "&amp;"])
    var withText = Figure(number: 1)
    withText.content = .axes(axes)

    var log = Axes()
    log.addLines([try LineSeries(x: [1, 2, 3, 4], y: [-1, 0, 1e-3, 1e3])])
    log.YScale = .log
    var logFigure = Figure(number: 2)
    logFigure.content = .axes(log)

    var empty = Axes()
    empty.addLines([try LineSeries(x: [], y: [])])
    empty.add(.histogram(try HistogramSeries(data: [.nan, .infinity])))
    var emptyFigure = Figure(number: 3)
    emptyFigure.content = .axes(empty)

    var image = Axes()
    image.add(.image(try ImageSeries(rows: 2, columns: 2, data: [0, .nan, .infinity, 1], coloring: .scaled)))
    var imageFigure = Figure(number: 4)
    imageFigure.content = .axes(image)

    var patch = Axes()
    patch.add(.patch(try PatchSeries(x: [0, 1, .nan], y: [1, 1, 1], z: [0, .infinity, 2], faceColor: .white)))
    var patchFigure = Figure(number: 5)
    patchFigure.content = .axes(patch)

    var layout = try TiledLayout(rows: 2, columns: 2)
    layout.Title.String = "tiles & <layout>"
    try layout.nextTile(4)
    return [withText, logFigure, emptyFigure, imageFigure, patchFigure, Figure(number: 6), {
        var f = Figure(number: 7)
        f.content = .layout(layout)
        return f
    }()]
}

@Suite struct SVGTests {
    @Test func everyExampleFigureIsWellFormedXML() throws {
        let figures = [try ExampleFigures.activations(), try ExampleFigures.losses(), try ExampleFigures.histogram(),
                       try ExampleFigures.bars(), try ExampleFigures.ring(), try ExampleFigures.gradientDistributions(),
                       try ExampleFigures.gradientDistributions(activation: "ReLU")]
        for figure in figures {
            let svg = SVGRenderer().render(figure)
            #expect(xmlError(svg) == nil, "figure \(figure.Number): \(xmlError(svg) ?? "")")
            #expect(svg.hasPrefix("<?xml"))
            #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        }
    }

    @Test func hostileTextAndNonFiniteDataStillGiveWellFormedXML() throws {
        for figure in try hostileFigures() {
            let svg = SVGRenderer(options: SVGOptions(width: 300, height: 200)).render(figure)
            #expect(xmlError(svg) == nil, "figure \(figure.Number): \(xmlError(svg) ?? "")")
            #expect(!svg.contains("NaN") && !svg.contains("inf"))
        }
    }

    @Test func textIsEscaped() throws {
        let svg = SVGRenderer().render(try hostileFigures()[0])
        #expect(svg.contains("a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;"))
        #expect(!svg.contains("\u{1B}"))
    }

    @Test func theTwoPanelActivationFigureMatchesItsGoldenSVG() throws {
        expectGolden(SVGRenderer().render(try ExampleFigures.activations()), named: "activations.svg")
    }

    @Test func theGradientDistributionFigureMatchesItsGoldenSVG() throws {
        expectGolden(SVGRenderer().render(try ExampleFigures.gradientDistributions(epochs: 6)), named: "gradients-6-epochs.svg")
    }

    @Test func fill3PolygonsCarryTheirFaceAndEdgeColours() throws {
        let svg = SVGRenderer().render(try ExampleFigures.gradientDistributions(epochs: 50))
        #expect(svg.components(separatedBy: "<polygon").count - 1 >= 200)
        #expect(svg.contains("stroke=\"#D9D9D9\""))
        #expect(svg.contains("fill=\"\(Colormap.parula(50).colors[0].hex)\""))
        #expect(svg.contains("fill=\"\(Colormap.parula(50).colors[49].hex)\""))
        #expect(svg.contains(">Gradient Distributions with Sigmoid Layers</text>"))
    }
}

@Suite struct SVGInliningTests {
    @Test func theXMLDeclarationCanBeLeftOutForInliningInHTML() throws {
        let svg = SVGRenderer(options: SVGOptions(includesXMLDeclaration: false)).render(try ExampleFigures.bars())
        #expect(svg.hasPrefix("<svg xmlns="))
        #expect(xmlError(svg) == nil)
    }
}
