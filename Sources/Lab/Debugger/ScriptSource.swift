import Foundation
import MatLang

/// A script or function file as the debugger sees it: its lines, the lines that hold code (where
/// a statement starts), and which function each line belongs to.
struct ScriptSource {
    /// The file's path.
    let path: String
    /// The text, split into lines.
    let lines: [Substring]
    /// The lines where a statement starts, ascending: the lines a breakpoint can stop at.
    let codeLines: [Int]
    /// The column of each code line's first statement: a line holding several statements
    /// stops once, before the first.
    let firstColumns: [Int: Int]
    /// The file's functions by the line `function` is written on, ascending.
    let functions: [(name: String, line: Int)]
    /// Whether the file is a function file (its first code is `function`).
    let isFunctionFile: Bool

    /// Reads and parses the file at `path`.
    init(path: String) throws(ScriptDebuggerError) {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileNotFound(name: name, searched: [(path as NSString).deletingLastPathComponent])
        }
        let text = String(decoding: data, as: UTF8.self)
        let program: Program
        do {
            program = try Interpreter.parseScript(source: text, file: path).program
        } catch {
            throw .unparsable(name: name, diagnostic: error.diagnostic)
        }
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true && lines.count > 1 { lines.removeLast() }
        self.lines = lines
        var code: [Int: Int] = [:]
        Self.collectLines(program.statements, into: &code)
        for function in program.functions { Self.collectLines(function.body, into: &code) }
        codeLines = code.keys.sorted()
        firstColumns = code
        functions = program.functions.map { ($0.name, $0.location.line) }
        isFunctionFile = program.isFunctionFile
    }

    /// The file name without its folder.
    var fileName: String { (path as NSString).lastPathComponent }

    /// The text of 1-based `line`, without leading blanks or a trailing carriage return.
    func text(ofLine line: Int) -> String {
        guard lines.indices.contains(line - 1) else { return "" }
        var text = lines[line - 1]
        if text.hasSuffix("\r") { text = text.dropLast() }
        return String(text.drop { $0 == " " || $0 == "\t" })
    }

    /// The first code line at or after `line`, where a breakpoint asked for on `line` stops.
    func codeLine(atOrAfter line: Int) -> Int? {
        codeLines.first { $0 >= line }
    }

    /// The name of the function `line` belongs to, or the script's name for its top-level code.
    func functionName(atLine line: Int) -> String {
        if let function = functions.last(where: { $0.line <= line }) { return function.name }
        return Self.scriptName(of: path)
    }

    /// `train` for `/some/folder/train.m`.
    static func scriptName(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Whether the statement at `location` is the first on its line (true when unknown).
    func startsLine(_ location: SourceLocation) -> Bool {
        firstColumns[location.line].map { $0 == location.column } ?? true
    }

    private static func collectLines(_ statements: [Statement], into lines: inout [Int: Int]) {
        for statement in statements {
            let location = statement.location
            lines[location.line] = min(lines[location.line] ?? location.column, location.column)
            switch statement.kind {
            case .if(let branches, let otherwise):
                for branch in branches { collectLines(branch.body, into: &lines) }
                collectLines(otherwise ?? [], into: &lines)
            case .for(_, _, let body), .while(_, let body):
                collectLines(body, into: &lines)
            case .switch(_, let cases, let otherwise):
                for entry in cases { collectLines(entry.body, into: &lines) }
                collectLines(otherwise ?? [], into: &lines)
            case .try(let body, _, let handler):
                collectLines(body, into: &lines)
                collectLines(handler, into: &lines)
            case .expression, .assignment, .break, .continue, .return:
                break
            }
        }
    }
}
