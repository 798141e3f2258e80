import Foundation
import MatLang

/// `dbstop` and `dbclear` for script frames: files resolved like `run` resolves them, lines
/// checked against the file's code lines.
extension ScriptDebugger {
    static let stopUsage = "dbstop in FILE [at LINE] [if EXPR] | dbstop if error | dbstop in backprop [at iteration N | if EXPR] | dbstop if naninf"
    static let clearUsage = "dbclear [all] | dbclear in FILE [at LINE] | dbclear if error | dbclear in backprop | dbclear if naninf"

    /// Sets the breakpoint `dbstop WORDS…` names; nil for the backprop forms.
    func stop(_ words: [String]) throws(ScriptDebuggerError) -> Outcome? {
        if words == ["if", "error"] {
            breakpoints.stopsOnError = true
            updateHooks()
            return Outcome()
        }
        if words.first == "in", words.count >= 2, words[1] != "backprop" {
            return try stopInFile(words[1], Array(words.dropFirst(2)))
        }
        if words.first == "in" && words.count >= 2 || words == ["if", "naninf"] { return nil }
        throw .badSyntax(command: "dbstop", usage: Self.stopUsage)
    }

    /// Removes the breakpoints `dbclear WORDS…` names; nil for the backprop forms.
    func clear(_ words: [String]) throws(ScriptDebuggerError) -> Outcome? {
        switch words {
        case [], ["all"]:
            breakpoints.removeAll()
            updateHooks()
            return Outcome(thenWrapped: true)
        case ["if", "error"]:
            breakpoints.stopsOnError = false
            updateHooks()
            return Outcome()
        case ["in", "backprop"], ["if", "naninf"]:
            return nil
        default:
            guard words.first == "in", words.count == 2 || words.count == 4 else {
                throw .badSyntax(command: "dbclear", usage: Self.clearUsage)
            }
            var line: Int?
            if words.count == 4 {
                guard words[2] == "at", let number = Int(words[3]) else { throw .badSyntax(command: "dbclear", usage: Self.clearUsage) }
                line = number
            }
            let path = standardPath(try resolve(words[1]))
            guard breakpoints.remove(path: path, line: line) else {
                throw .noBreakpoint(name: (path as NSString).lastPathComponent, line: line)
            }
            updateHooks()
            return Outcome()
        }
    }

    private func stopInFile(_ name: String, _ rest: [String]) throws(ScriptDebuggerError) -> Outcome {
        var rest = rest[...]
        var requested = 1
        let explicitLine = rest.first == "at"
        if explicitLine {
            guard rest.count >= 2, let line = Int(rest[rest.startIndex + 1]), line > 0 else {
                throw .badSyntax(command: "dbstop", usage: Self.stopUsage)
            }
            requested = line
            rest = rest.dropFirst(2)
        }
        var condition: String?
        if !rest.isEmpty {
            guard rest.first == "if", rest.count > 1 else { throw .badSyntax(command: "dbstop", usage: Self.stopUsage) }
            condition = rest.dropFirst().joined(separator: " ")
            try Self.check(condition: condition ?? "")
        }
        let path = try resolve(name)
        forget(path)
        let source = try self.source(of: path)
        guard requested <= source.lines.count else {
            throw .lineBeyondEnd(name: source.fileName, line: requested, lineCount: source.lines.count)
        }
        guard let line = source.codeLine(atOrAfter: requested) else {
            throw .noCodeAfter(name: source.fileName, line: requested)
        }
        breakpoints.add(ScriptBreakpoint(path: standardPath(path), line: line, requestedLine: requested, condition: condition))
        updateHooks()
        guard line != requested, explicitLine else { return Outcome() }
        return Outcome(text: "Line \(requested) of \(source.fileName) has no code; the breakpoint is at line \(line): "
                       + source.text(ofLine: line) + "\n")
    }

    /// The path of FILE (`.m` may be left out): absolute, in the current folder, or in the open
    /// script's folder, as `run` finds it.
    private func resolve(_ name: String) throws(ScriptDebuggerError) -> String {
        guard let path = session.findFile(name) else {
            throw .fileNotFound(name: name, searched: session.searchFolders)
        }
        return path
    }

    /// Refuses a condition that is not one expression.
    private static func check(condition: String) throws(ScriptDebuggerError) {
        let program: Program
        do {
            program = try Interpreter.parseScript(source: condition, file: "<condition>").program
        } catch {
            throw .badCondition(condition: condition, diagnostic: error.message)
        }
        guard program.functions.isEmpty, program.statements.count == 1,
              case .expression = program.statements[0].kind else {
            throw .badCondition(condition: condition, diagnostic: "write one expression, such as `k == 3`.")
        }
    }
}
