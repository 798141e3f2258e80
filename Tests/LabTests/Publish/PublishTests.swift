import Foundation
import Lab
import MatLang
import Testing

/// `publish` runs a script in a fresh session and writes one self-contained HTML page.
@Suite struct PublishTests {
    static let script = """
        %% Compare Activation Functions
        % The sigmoid's derivative is at most 0.25, so it shrinks gradients.
        %
        % ReLU's derivative is 0 or 1.
        x = linspace(-5,5,1000);
        peak = max(gradient(1./(1+exp(-x)),0.01))
        figure
        plot(x, max(0, x))
        title("ReLU & friends <1>")

        %% Broken Section
        y = undefinedThing + 1

        %% After The Error
        z = 2 * 3
        """

    static func publishedPage() throws -> (html: String, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-publish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/lesson.m"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let path = try ScriptPublisher().publish(path: file)
        return (try String(contentsOfFile: path, encoding: .utf8), path)
    }

    @Test func thePageHasTheSectionsProseCodeOutputAndInlineSVG() throws {
        let (html, path) = try Self.publishedPage()
        #expect(path.hasSuffix("/html/lesson.html"))
        #expect(html.contains("<title>Compare Activation Functions</title>"))
        #expect(html.contains("<h2>Broken Section</h2>") && html.contains("<h2>After The Error</h2>"))
        #expect(html.contains("<p>The sigmoid's derivative is at most 0.25, so it shrinks gradients.</p>"))
        #expect(html.contains("<p>ReLU's derivative is 0 or 1.</p>"))
        #expect(html.contains("<pre class=\"code\"><code>x = linspace(-5,5,1000);"))
        #expect(html.contains("peak =") && html.contains("0.25"))
        #expect(html.contains("<svg") && !html.contains("<?xml") && html.contains("ReLU &amp; friends &lt;1&gt;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<pre class=\"error\">") && html.contains("undefinedThing"))
        #expect(html.contains("z =") && html.contains("6"))
    }

    @Test func thePageParsesAsXMLApartFromItsDoctype() throws {
        let (html, _) = try Self.publishedPage()
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\"/>")
            .replacingOccurrences(of: "initial-scale=1\">", with: "initial-scale=1\"/>")
            .replacingOccurrences(of: "content=\"GradLab publish\">", with: "content=\"GradLab publish\"/>")
        #expect(parsesAsXML(body))
    }

    @Test func thePublishBuiltinWritesThePageAndReturnsItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-publish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "%% Only\nq = 42\n".write(toFile: folder + "/tiny.m", atomically: true, encoding: .utf8)
        let lab = GraphicsLab(folder: folder)
        try lab.run("p = publish(\"tiny.m\", outputDir=\"out\");")
        let path = try lab.value("p").text()
        #expect(path == folder + "/out/tiny.html")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("q = 42"))
        #expect(lab.figures.figureNumbers.isEmpty)
        try lab.run("publish(\"tiny.m\");")
        #expect(try lab.value("ans").text() == folder + "/html/tiny.html")
    }

    @Test func theFormatMayBeGivenAloneAndOnlyHTMLIsAccepted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-publish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "%% Only\nq = 42\n".write(toFile: folder + "/tiny.m", atomically: true, encoding: .utf8)
        let lab = GraphicsLab(folder: folder)
        try lab.run("p = publish(\"tiny\", \"html\");")
        #expect(try lab.value("p").text() == folder + "/html/tiny.html")
        let message = lab.error(of: "publish(\"tiny.m\", \"pdf\")")
        #expect(message?.contains("Error using publish") == true && message?.contains("Unsupported format 'pdf'") == true)
    }

    @Test func aMissingScriptIsAnError() {
        let message = GraphicsLab().error(of: "publish(\"no-such-file.m\")")
        #expect(message?.contains("Error using publish") == true && message?.contains("Cannot read") == true)
    }

    @Test func inlineFiguresKeepTheirClipPathsApartAndStatementsWithoutOutputsShowNothing() {
        let script = ScriptPublisher().run(source: "%% Two\nfigure\nplot(1:3)\nfigure\nbar([1 2])\n", file: "/tmp/two.m")
        let figures = script.blocks[0].figures
        #expect(figures.count == 2)
        #expect(figures[0].contains("id=\"f1-clip") && figures[1].contains("url(#f2-clip"))
        #expect(script.blocks[0].output.isEmpty)
    }
}
