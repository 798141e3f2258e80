import Foundation
import Lab
import Testing

/// `exportgraphics`, `saveas` and `print -dsvg` write standalone SVG files.
@Suite struct ExportTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func exportgraphicsSaveasAndPrintWriteSVGFiles() throws {
        let folder = try Self.folder()
        let lab = GraphicsLab(folder: folder)
        try lab.run(VanishingGradientsExample.activationComparison + """

            f = gcf;
            exportgraphics(f, "act.svg")
            saveas(f, "act2", "svg")
            print -dsvg act3
            ax = nexttile(1);
            exportgraphics(ax, "left.svg")
            """)
        for name in ["act.svg", "act2.svg", "act3.svg", "left.svg"] {
            let svg = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(svg.hasPrefix("<?xml") && parsesAsXML(svg), "\(name)")
        }
        let left = try String(contentsOfFile: folder + "/left.svg", encoding: .utf8)
        #expect(left.contains("Gradient of ReLU") && !left.contains("Gradient of Sigmoid"))
    }

    @Test func exportingToAnotherFormatIsAnError() throws {
        let lab = GraphicsLab(folder: try Self.folder())
        let message = lab.error(of: "f = figure; plot(1:3); exportgraphics(f, \"a.png\")")
        #expect(message?.contains("Error using exportgraphics") == true)
        #expect(message?.contains("Unsupported file type '.png'") == true)
    }
}
