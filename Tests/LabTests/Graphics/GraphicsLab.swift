import Foundation
import Lab
import MatLang
import Plotting
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An interpreter with the core and graphics built-ins, for driving figures through the language.
///
/// Names that other parts of GradLab provide (`Inf` and `NaN` with the core constants, `extractdata`
/// with the deep-learning built-ins) are added here only when the interpreter lacks them, so the
/// example's supporting functions run verbatim.
final class GraphicsLab {
    let figures = FigureManager()
    let interpreter: Interpreter
    var printed = ""

    init(folder: String = FileManager.default.temporaryDirectory.path) {
        interpreter = Interpreter(registries: [BuiltinRegistry.standard()], currentFolder: folder)
        interpreter.register(GraphicsBuiltins.registry(figures: figures))
        let fallback = BuiltinRegistry()
        if interpreter.builtin(named: "Inf") == nil {
            fallback.register(BuiltinFunction(name: "Inf", help: "Inf - Infinity") { _ in [.number(.infinity)] })
        }
        if interpreter.builtin(named: "NaN") == nil {
            fallback.register(BuiltinFunction(name: "NaN", help: "NaN - Not a number") { _ in [.number(.nan)] })
        }
        if interpreter.builtin(named: "extractdata") == nil {
            fallback.register(BuiltinFunction(name: "extractdata", help: "extractdata - The data of an array") { call in
                [call.arguments[0]]
            })
        }
        interpreter.register(fallback)
        interpreter.output = { [unowned self] in printed += $0 }
    }

    /// Runs source as a script (local functions at its end are callable).
    func run(_ source: String, file: String = "test.m") throws(ExecutionError) {
        try interpreter.run(source: source, file: file)
    }

    /// The rendered error the source stops with, or nil if it runs.
    func error(of source: String) -> String? {
        do {
            try run(source)
            return nil
        } catch {
            return error.rendered()
        }
    }

    /// A figure by number.
    func figure(_ n: Int) throws -> Figure {
        try #require(figures.figure(n))
    }

    /// A workspace variable.
    func value(_ name: String) throws -> Value {
        try #require(interpreter.baseWorkspace.value(of: name))
    }
}

/// Golden files beside this source, re-recorded with `GRADLAB_RECORD=1`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Checks `text` against `Golden/name`, showing the first differing line.
    static func check(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GRADLAB_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with GRADLAB_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end>"
            let got = line < b.count ? String(b[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n- \(want)\n+ \(got)", sourceLocation: sourceLocation)
        }
    }
}

/// Whether a document parses as XML.
func parsesAsXML(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
}
