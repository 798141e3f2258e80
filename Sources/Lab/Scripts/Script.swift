import Foundation
import MatLang

/// A script file read once and split into sections, with what is needed to notice edits.
///
/// The whole file is parsed once so that local functions at its end are callable from every
/// section. When the file does not parse, the sections are still listed, and a section that runs
/// is parsed on its own (at its real line numbers) so an error elsewhere does not block it.
public struct Script: Sendable {
    /// The path the script was opened from.
    public let path: String
    /// The file's text.
    public let source: String
    /// The sections in order.
    public let sections: [ScriptSection]
    /// The parsed program, or nil when the file has a syntax error.
    public let program: Program?
    /// The syntax error that stopped the whole-file parse, if any.
    public let syntaxError: ExecutionError?
    /// The file's modification date when it was read.
    public internal(set) var modified: Date?

    /// Parses `source` as the script at `path`.
    public init(path: String, source: String, modified: Date? = nil) {
        self.path = path
        self.source = source
        self.modified = modified
        self.sections = Section.split(source).enumerated().map { ScriptSection($1, number: $0 + 1) }
        do {
            let parsed = try Interpreter.parseScript(source: source, file: path)
            self.program = parsed.program
            self.syntaxError = nil
        } catch {
            self.program = nil
            self.syntaxError = error
        }
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(SessionError) -> Script {
        let (text, modified) = try read(path: path)
        return Script(path: path, source: text, modified: modified)
    }

    /// The text of the file at `path` and its modification date.
    static func read(path: String) throws(SessionError) -> (String, Date?) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "the file is not UTF-8 text")
        }
        return (text, modificationDate(of: path))
    }

    /// The modification date of the file at `path`, if it exists.
    static func modificationDate(of path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// The program and statements to run for `section`: the whole-file parse when it succeeded,
    /// otherwise the section parsed alone at its own line numbers.
    func runnable(_ section: ScriptSection) throws(ExecutionError) -> (Program, [Statement]) {
        if let program { return (program, program.statements(in: section.sectionValue)) }
        let padded = String(repeating: "\n", count: section.firstLine - 1) + section.source
        let parsed = try Interpreter.parseScript(source: padded, file: path)
        return (parsed.program, parsed.program.statements)
    }
}

extension ScriptSection {
    /// The parser's view of this section, to select its statements.
    var sectionValue: Section {
        Section(title: title, firstLine: firstLine, lastLine: lastLine, source: source)
    }
}
