import Foundation
import Lab
import Plotting
import Testing

/// A session with graphics shows changed figures once per entry, script or section.
@Suite struct SessionGraphicsTests {
    static func session(folder: String = FileManager.default.temporaryDirectory.path) -> (Session, Transcript, FigureManager) {
        let transcript = Transcript()
        let session = Session(output: transcript, currentFolder: folder)
        let figures = session.installGraphics()
        return (session, transcript, figures)
    }

    static func count(_ text: String, _ word: String) -> Int { text.components(separatedBy: word).count - 1 }

    @Test func anEntryThatChangesAFigureShowsItOnceAfterItFinishes() {
        let (session, transcript, _) = Self.session()
        _ = session.execute("x = 1:5; plot(x, x.^2); title(\"Squares\"); xlabel(\"x\")")
        #expect(Self.count(transcript.text, "Figure 1\n") == 1)
        #expect(transcript.text.contains("Squares"))
        _ = session.execute("y = 2;")
        _ = session.execute("xlim([2 1])")
        #expect(Self.count(transcript.text, "Figure 1\n") == 1)
    }

    @Test(arguments: [
        (false, "truecolor", ColorMode.off), (true, "truecolor", .trueColor), (true, "24BIT", .trueColor),
        (true, "", .ansi256), (true, "yes", .ansi256),
    ])
    func figuresUse24BitColourOnlyWhereTheTerminalAnnouncesIt(usesColor: Bool, colorterm: String, expected: ColorMode) {
        let environment = colorterm.isEmpty ? [:] : ["COLORTERM": colorterm]
        #expect(FigurePresenter.colorMode(usesColor: usesColor, environment: environment) == expected)
    }

    @Test func aScriptShowsEachSectionsFiguresWhenTheSectionEndsAndAnErrorStillShowsThem() throws {
        let (session, transcript, _) = Self.session()
        _ = session.runScript("""
            %% A
            plot(1:3)
            disp("end of A")
            %% B
            disp("start of B")
            figure
            bar([1 2])
            undefinedName
            """, file: "s.m")
        let text = transcript.text
        #expect(Self.count(text, "Figure 1\n") == 1 && Self.count(text, "Figure 2\n") == 1)
        let endOfA = try #require(text.range(of: "end of A"))
        let first = try #require(text.range(of: "Figure 1\n"))
        let startOfB = try #require(text.range(of: "start of B"))
        let second = try #require(text.range(of: "Figure 2\n"))
        #expect(endOfA.lowerBound < first.lowerBound && first.lowerBound < startOfB.lowerBound)
        #expect(startOfB.lowerBound < second.lowerBound)
        #expect(transcript.errors.contains("undefinedName"))
    }

    @Test func runAndAdvanceShowsTheSectionsFigureAfterTheSection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-ra-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "%% One\nplot(1:3)\ndisp(\"after plot\")\n%% Two\nz = 1;\n".write(toFile: folder + "/sec.m", atomically: true, encoding: .utf8)
        let (session, transcript, _) = Self.session(folder: folder)
        _ = session.execute("open sec.m")
        _ = session.execute("ra")
        let text = transcript.text
        let plotted = try #require(text.range(of: "after plot"))
        let shown = try #require(text.range(of: "Figure 1\n"))
        #expect(plotted.lowerBound < shown.lowerBound)
        _ = session.execute("ra")
        #expect(Self.count(transcript.text, "Figure 1\n") == 1)
    }

    @Test func theFiguresFolderOptionWritesFilesInsteadOfDrawing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-dir-\(UUID().uuidString)").path
        let (session, transcript, figures) = Self.session()
        figures.options.folder = folder
        _ = session.execute("plot(1:3)")
        #expect(transcript.text.contains("Figure 1 written to \(folder)/figure1.svg"))
        #expect(FileManager.default.fileExists(atPath: folder + "/figure1.svg"))
    }

    @Test func publishFromASessionRunsTheExamplesSupportingFunctions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-pub-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = "%% Gradient Distributions\n% Synthetic gradients, six epochs.\n" + VanishingGradientsExample.standInGradientDistributions(epochs: 6, asDlarrays: false)
        try script.write(toFile: folder + "/grads.m", atomically: true, encoding: .utf8)
        let (session, transcript, figures) = Self.session(folder: folder)
        _ = session.execute("publish(\"grads.m\")")
        #expect(transcript.errors.isEmpty, "\(transcript.errors)")
        let html = try String(contentsOfFile: folder + "/html/grads.html", encoding: .utf8)
        #expect(html.contains("<h1>Gradient Distributions</h1>") && html.contains("<p>Synthetic gradients, six epochs.</p>"))
        #expect(html.contains("Gradient Distributions with Sigmoid Layers") && Self.count(html, "<svg") == 1)
        #expect(figures.figureNumbers.isEmpty)
    }
}
