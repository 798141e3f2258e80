import Foundation
import MatLang

extension Session {
    /// The workspace of the running unit: the base workspace at the prompt, a function's scope
    /// while a function runs.
    var currentWorkspace: Workspace { interpreter.currentWorkspace }

    /// MATLAB's `exist` code for `name`: 1 variable, 2 file (or function file on the path),
    /// 5 built-in, 7 folder, 0 none; `kind` (`var`, `file`, `builtin`, `dir`, or `any`) limits the search.
    func existCode(of name: String, kind: String) -> Int {
        let isVariable = interpreter.variableExists(name)
        let isBuiltin = interpreter.builtin(named: name) != nil
        var isFolder: ObjCBool = false
        let path = resolvedPath(name)
        let pathExists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let isFile = (pathExists && !isFolder.boolValue)
            || (!isBuiltin && interpreter.functionExists(name))
        switch kind {
        case "var": return isVariable ? 1 : 0
        case "builtin": return isBuiltin ? 5 : 0
        case "file": return isFile ? 2 : (pathExists && isFolder.boolValue ? 7 : 0)
        case "dir": return pathExists && isFolder.boolValue ? 7 : 0
        default:
            if isVariable { return 1 }
            if isFile { return 2 }
            if isBuiltin { return 5 }
            return pathExists && isFolder.boolValue ? 7 : 0
        }
    }

    /// `path` made absolute against the current folder.
    func resolvedPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return (interpreter.currentFolder as NSString).appendingPathComponent(path)
    }
}
