import Foundation
import MatLang

extension Session {
    /// Opens a script for section-by-section runs: a file path (`.m` may be left out), or a
    /// lesson by number or name. Prints the section list.
    func open(_ reference: String) throws(SessionError) {
        let path: String
        if Int(reference) == nil, let file = findFile(reference) {
            path = file
        } else if Int(reference) != nil || (!reference.contains("/") && lessons.folder != nil) {
            path = try lessons.lesson(reference).path
        } else {
            throw .fileNotFound(name: reference, searched: searchFolders)
        }
        let script = try Script.load(path: path)
        openScript = OpenScript(script: script)
        sourcesByFile[path] = script.source
        output.write(sectionListing())
        if let error = script.syntaxError {
            output.write("Note: the file does not parse as a whole (\(error.diagnostic)); "
                         + "sections still run one by one.\n", to: .error)
        }
    }

    /// The folders `open` and `run` look in: the current folder, then the open script's folder.
    var searchFolders: [String] {
        var folders = [interpreter.currentFolder]
        if let path = openScript?.script.path {
            let folder = (path as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder) }
        }
        return folders
    }

    /// The existing file `name` or `name.m` names, absolute or in ``searchFolders``.
    func findFile(_ name: String) -> String? {
        let names = name.hasSuffix(".m") ? [name] : [name + ".m", name]
        let candidates = name.hasPrefix("/") || name.hasPrefix("~/")
            ? names.map(resolvedPath)
            : searchFolders.flatMap { folder in names.map { (folder as NSString).appendingPathComponent($0) } }
        return candidates.first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// `sections`: the file name, then one line per section with the cursor `▶` and stale `•` marks.
    func sectionListing() -> String {
        guard let open = openScript else { return "" }
        let sections = open.sections
        let name = (open.script.path as NSString).lastPathComponent
        var text = "\(name) — \(sections.count) section\(sections.count == 1 ? "" : "s") (▶ runs next, • not run or edited since)\n"
        let numberWidth = String(sections.count).count
        let titleWidth = min(sections.map(\.displayTitle.count).max() ?? 0, 48)
        for (index, section) in sections.enumerated() {
            let number = String(section.number)
            let title = String(section.displayTitle.prefix(titleWidth))
            text += (index == open.cursor ? "▶ " : "  ")
                + String(repeating: " ", count: numberWidth - number.count) + number
                + (open.isStale(section) ? " • " : "   ")
                + title + String(repeating: " ", count: titleWidth - title.count)
                + "  lines \(section.firstLine)–\(section.lastLine)\n"
        }
        if !sections.isEmpty && open.cursor >= sections.count {
            text += "  (every section has run; `runsection N` runs one again)\n"
        }
        return text
    }

    /// The open script, refreshed from disk, or an error naming `command`.
    func requireOpenScript(for command: String) throws(SessionError) -> OpenScript {
        guard var open = openScript else { throw .noScriptOpen(command: command) }
        open.refresh()
        openScript = open
        sourcesByFile[open.script.path] = open.script.source
        return open
    }

    /// Runs section `index` (0-based) in the base workspace, like the Live Editor. The header is
    /// always shown; `narrated` adds the prose under the title and echoes the code first.
    func runSection(at index: Int, narrated: Bool) throws {
        let open = try requireOpenScript(for: narrated ? "runadvance" : "runsection")
        guard open.sections.indices.contains(index) else {
            throw SessionError.sectionOutOfRange(requested: String(index + 1), count: open.sections.count)
        }
        let section = open.sections[index]
        var header = "%% \(section.number)/\(open.sections.count)  \(section.displayTitle)\n"
        if narrated {
            header += section.prose.map { $0.isEmpty ? "\n" : "   \($0)\n" }.joined()
            let code = section.codeLines
            if !code.isEmpty { header += (section.prose.isEmpty ? "" : "\n") + code.map { $0.isEmpty ? "  │\n" : "  │ \($0)\n" }.joined() }
        }
        output.write(header)
        let (program, statements) = try open.script.runnable(section)
        defer { runFinished() }
        try interpreter.run(program: program, statements: statements)
        openScript?.markRan(section)
    }

    /// `runadvance`: runs the section at the cursor with its prose, then moves the cursor on.
    /// After an error the cursor stays, so the section can be fixed and run again.
    func runAdvance() throws {
        let open = try requireOpenScript(for: "runadvance")
        guard open.cursor < open.sections.count else {
            output.write(open.sections.isEmpty ? "The open script has no code to run.\n"
                         : "Every section has run; `runsection N` runs one again, `open` starts over.\n")
            return
        }
        try runSection(at: open.cursor, narrated: true)
        openScript?.cursor = open.cursor + 1
    }

    /// `runtoend`: runs from the cursor to the last section, stopping at the first error.
    func runToEnd() throws {
        var open = try requireOpenScript(for: "runtoend")
        while open.cursor < open.sections.count {
            try runSection(at: open.cursor, narrated: false)
            open.cursor += 1
            openScript?.cursor = open.cursor
        }
    }

    /// `run FILE`: runs a whole script in the base workspace; its local functions are callable.
    func runFile(_ name: String) throws {
        guard let path = findFile(name) else { throw SessionError.fileNotFound(name: name, searched: searchFolders) }
        let (text, _) = try Script.read(path: path)
        sourcesByFile[path] = text
        try interpreter.run(source: text, file: path)
    }
}
