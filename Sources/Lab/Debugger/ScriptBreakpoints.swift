import Foundation

/// One line breakpoint in a script or function file (`dbstop in FILE at LINE [if EXPR]`).
public struct ScriptBreakpoint: Equatable, Sendable {
    /// The file's path, as the interpreter names the statements it runs.
    public let path: String
    /// The code line it stops at.
    public let line: Int
    /// The line that was asked for: ``line`` itself, or an earlier line that held no code.
    public let requestedLine: Int
    /// `if EXPR`: stop only when EXPR, evaluated in the frame about to run the line, is true.
    public let condition: String?

    /// The file name without its folder (`train.m`).
    public var fileName: String { (path as NSString).lastPathComponent }

    /// The `dbstop` command that sets this breakpoint again.
    public var statusLine: String {
        "dbstop in \(fileName) at \(line)" + (condition.map { " if \($0)" } ?? "")
    }
}

/// The script breakpoints `dbstop` sets and `dbclear` removes: line breakpoints by file, and
/// `dbstop if error`.
public struct ScriptBreakpoints: Equatable, Sendable {
    /// Line breakpoints by file path, then by line.
    private var byPath: [String: [Int: ScriptBreakpoint]] = [:]
    /// `dbstop if error`: pause at the line that raised an error no `try` catches.
    public var stopsOnError = false

    /// Creates an empty set.
    public init() {}

    /// Whether nothing at all is set.
    public var isEmpty: Bool { byPath.isEmpty && !stopsOnError }

    /// Every line breakpoint, by file name then line.
    public var all: [ScriptBreakpoint] {
        byPath.values.flatMap(\.values).sorted {
            $0.fileName == $1.fileName ? ($0.path == $1.path ? $0.line < $1.line : $0.path < $1.path) : $0.fileName < $1.fileName
        }
    }

    /// The breakpoints of the file at `path`, by line.
    func breakpoints(path: String) -> [Int: ScriptBreakpoint] { byPath[path] ?? [:] }

    /// Adds `breakpoint`, replacing one on the same line.
    public mutating func add(_ breakpoint: ScriptBreakpoint) {
        byPath[breakpoint.path, default: [:]][breakpoint.line] = breakpoint
    }

    /// Removes the breakpoint at `line` (the line it stops at or the one asked for) of `path`,
    /// or every breakpoint of the file when `line` is nil; returns whether any was removed.
    @discardableResult
    public mutating func remove(path: String, line: Int?) -> Bool {
        guard var lines = byPath[path] else { return false }
        let before = lines.count
        if let line {
            lines = lines.filter { $0.key != line && $0.value.requestedLine != line }
        } else {
            lines = [:]
        }
        byPath[path] = lines.isEmpty ? nil : lines
        return lines.count < before
    }

    /// Removes every line breakpoint and `dbstop if error`.
    public mutating func removeAll() {
        byPath = [:]
        stopsOnError = false
    }

    /// The lines `dbstatus` prints.
    public var statusLines: [String] {
        all.map(\.statusLine) + (stopsOnError ? ["dbstop if error"] : [])
    }
}
