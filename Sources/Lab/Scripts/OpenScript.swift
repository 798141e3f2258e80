import Foundation

/// The script a session has open: the parsed file, the section cursor, and which sections are
/// stale (never run, or edited since they last ran).
///
/// ``refresh()`` runs before every command: when the file's modification date or size changed
/// it is read again, and if its text differs it is parsed again. A section stays fresh across an
/// edit only when its text is unchanged.
public struct OpenScript: Sendable {
    /// The parsed file as last read.
    public private(set) var script: Script
    /// The 0-based index of the section `runadvance` runs next; `sections.count` after the last.
    public var cursor: Int
    /// The texts of sections that ran, so an edited section becomes stale again.
    private var ranSources: Set<String> = []
    private var size: Int

    /// Opens `script` with the cursor on its first section and every section stale.
    public init(script: Script) {
        self.script = script
        self.cursor = 0
        self.size = script.source.utf8.count
    }

    /// The sections of the open file.
    public var sections: [ScriptSection] { script.sections }

    /// Whether `section` has not run in its current form.
    public func isStale(_ section: ScriptSection) -> Bool {
        !ranSources.contains(section.source)
    }

    /// Records that `section` ran in its current form.
    public mutating func markRan(_ section: ScriptSection) {
        ranSources.insert(section.source)
    }

    /// Re-reads the file when it changed on disk; returns whether its text changed.
    @discardableResult
    public mutating func refresh() -> Bool {
        let path = script.path
        let modified = Script.modificationDate(of: path)
        let currentSize = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        guard modified != script.modified || currentSize != size else { return false }
        return reload()
    }

    /// Reads the file again now; returns whether its text changed. A file that vanished or
    /// cannot be read keeps the last version.
    @discardableResult
    public mutating func reload() -> Bool {
        guard let (text, modified) = try? Script.read(path: script.path) else { return false }
        size = text.utf8.count
        guard text != script.source else {
            script.modified = modified
            return false
        }
        script = Script(path: script.path, source: text, modified: modified)
        cursor = min(cursor, script.sections.count)
        return true
    }
}
