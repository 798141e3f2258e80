import Foundation

/// Completes file names after the commands that take one (`open`, `run`, `load`, …).
///
/// Only the command-syntax form is completed (`run Lessons/02-va⇥`): the word being completed
/// is everything after the command up to the cursor, relative to the current folder, with `~/`
/// standing for the home folder. Folders complete with a trailing `/`; hidden entries appear
/// only when the typed name starts with a dot.
public enum FileNameCompletion {
    /// The commands whose argument is a file name.
    public static let commands: Set<String> = ["cd", "edit", "load", "open", "publish", "run", "type", "ls", "dir"]

    /// The file-name completions for `line` with the cursor at `cursor`, or `nil` when the cursor
    /// is not in the argument of one of ``commands``.
    public static func completions(line: String, cursor: String.Index, homeFolder: String? = nil) -> Completions? {
        let before = line[..<cursor].drop(while: { $0 == " " || $0 == "\t" })
        guard let space = before.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        guard commands.contains(String(before[..<space])) else { return nil }
        let argument = String(before[space...].drop(while: { $0 == " " || $0 == "\t" }))
        guard !argument.contains(" ") else { return nil }
        return Completions(stem: argument, candidates: candidates(for: argument, homeFolder: homeFolder))
    }

    /// The paths that `partial` could become, each written the way `partial` starts.
    static func candidates(for partial: String, homeFolder: String?) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let folderPart = slash.map { String(partial[...$0]) } ?? ""
        let namePart = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~/") {
            guard let home = homeFolder ?? ProcessInfo.processInfo.environment["HOME"] else { return [] }
            folder = home + folder.dropFirst()
        }
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        return entries
            .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { name in
                var isFolder: ObjCBool = false
                let exists = manager.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
            }
            .sorted()
    }
}
