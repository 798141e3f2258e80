import Foundation
import MatLang
import Plotting

/// Runs a script in a fresh session, section by section, and turns it into one self-contained HTML
/// page (``HTMLPage``): section headings, prose comments as paragraphs, code, text output and SVG
/// figures inline. Errors are shown where they happened and later sections still run, as MATLAB's
/// `publish` does by default.
public struct ScriptPublisher: Sendable {
    /// The factory of the fresh session.
    public var environment: PublishEnvironment
    /// The size of inline figures in pixels.
    public var figureSize: (width: Double, height: Double) = (560, 420)

    /// A publisher using `environment`.
    public init(environment: PublishEnvironment = PublishEnvironment()) { self.environment = environment }

    /// Runs `source` (named `file`, whose folder becomes the session's current folder) and returns what to publish.
    public func run(source: String, file: String) -> PublishedScript {
        let session = environment.makeSession()
        let interpreter = session.interpreter
        defer { withExtendedLifetime(session.owner) {} }
        interpreter.currentFolder = (file as NSString).deletingLastPathComponent.isEmpty
            ? interpreter.currentFolder : (file as NSString).deletingLastPathComponent
        var buffer = ""
        interpreter.output = { buffer += $0 }
        let sections = Section.split(source)
        var blocks = sections.map(ScriptPublisher.block)
        let name = (file as NSString).lastPathComponent
        let title = blocks.first.map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? name
        let program: Program
        do {
            program = try Interpreter.parseScript(source: source, file: file).program
        } catch {
            if blocks.isEmpty { blocks = [.init(title: "", paragraphs: [], code: "", output: "", error: nil, figures: [])] }
            blocks[0].error = error.rendered(source: source)
            return PublishedScript(title: title, file: name, blocks: blocks)
        }
        let svg = SVGRenderer(options: SVGOptions(width: figureSize.width, height: figureSize.height, includesXMLDeclaration: false))
        var figureCount = 0
        for (k, section) in sections.enumerated() {
            let statements = program.statements.filter { (section.firstLine...section.lastLine).contains($0.location.line) }
            buffer = ""
            if !statements.isEmpty {
                do {
                    try interpreter.run(program: program, statements: statements)
                } catch {
                    blocks[k].error = error.rendered(source: source)
                }
            }
            blocks[k].output = buffer
            for figure in session.figures.takeChangedFigures() {
                if case .empty = figure.content { continue }
                figureCount += 1
                blocks[k].figures.append(ScriptPublisher.uniqueIDs(svg.render(figure), prefix: "f\(figureCount)-"))
            }
        }
        return PublishedScript(title: title, file: name, blocks: blocks)
    }

    /// Publishes the script at `path` to `outputFolder/NAME.html` (default: an `html` folder beside
    /// the script, as MATLAB does) and returns the page's path.
    public func publish(path: String, outputFolder: String? = nil) throws(PublishError) -> String {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadable(path: path) }
        let script = run(source: source, file: path)
        let folder = outputFolder ?? ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("html")
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let output = (folder as NSString).appendingPathComponent(base + ".html")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try HTMLPage(script).html.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw .unwritable(path: output, reason: error.localizedDescription)
        }
        return output
    }

    /// The SVG with its element ids (`id="clip1"`, `url(#clip1)`, `href="#…"`) prefixed, so that
    /// several figures inlined in one page do not share clip paths.
    static func uniqueIDs(_ svg: String, prefix: String) -> String {
        svg.replacingOccurrences(of: "id=\"", with: "id=\"" + prefix)
            .replacingOccurrences(of: "url(#", with: "url(#" + prefix)
            .replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
    }

    /// Splits a section's text into its title, opening prose paragraphs and code.
    static func block(_ section: Section) -> PublishedScript.Block {
        var lines = section.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !section.title.isEmpty, let first = lines.first, first.trimmingCharacters(in: .whitespaces).hasPrefix("%%") {
            lines.removeFirst()
        }
        var paragraphs: [String] = []
        var current: [String] = []
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && current.isEmpty && paragraphs.isEmpty { index += 1; continue }
            guard trimmed.hasPrefix("%"), !trimmed.hasPrefix("%{"), !trimmed.hasPrefix("%%") else { break }
            let text = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(text)
            }
            index += 1
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        var code = Array(lines[index...])
        while let last = code.last, last.trimmingCharacters(in: .whitespaces).isEmpty { code.removeLast() }
        while let first = code.first, first.trimmingCharacters(in: .whitespaces).isEmpty { code.removeFirst() }
        return .init(title: section.title, paragraphs: paragraphs, code: code.joined(separator: "\n"),
                     output: "", error: nil, figures: [])
    }
}

/// Why a script could not be published.
public enum PublishError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The script file could not be read.
    case unreadable(path: String)
    /// The page could not be written.
    case unwritable(path: String, reason: String)

    /// The message, worded like MATLAB's.
    public var description: String {
        switch self {
        case .unreadable(let path): "Error using publish\nCannot read the file '\(path)'."
        case .unwritable(let path, let reason): "Error using publish\nCannot write '\(path)': \(reason)"
        }
    }
}
