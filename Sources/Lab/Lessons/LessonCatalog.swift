import Foundation

/// The lessons in a `Lessons/` folder: `lessons` lists them, `open N` and `open NAME` find one.
///
/// The folder is found with ``locate(environment:executablePath:currentFolder:)``: the
/// `GRADLAB_LESSONS` variable, then beside the executable (`<exe>/../../../Lessons` for a
/// `.build/<config>/gradlab` build, also when `.build/<config>` is a symbolic link into
/// `.build/<triple>/<config>`; `<exe>/../share/gradlab/Lessons` for an install), then the
/// current folder's `Lessons/`.
public struct LessonCatalog: Sendable {
    /// The folder holding the lessons, or nil when none was found.
    public let folder: String?
    /// The folders that were tried, in order (for the message when none exists).
    public let searched: [String]

    /// A catalog over `folder`.
    public init(folder: String?, searched: [String] = []) {
        self.folder = folder
        self.searched = searched.isEmpty ? folder.map { [$0] } ?? [] : searched
    }

    /// Finds the lessons folder in the documented order.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String? = Bundle.main.executablePath,
                              currentFolder: String = FileManager.default.currentDirectoryPath) -> LessonCatalog {
        var candidates: [String] = []
        if let path = environment["GRADLAB_LESSONS"], !path.isEmpty { candidates.append(path) }
        if let executablePath {
            let file = URL(fileURLWithPath: executablePath)
            candidates.append(file.appendingPathComponent("../../../Lessons").standardizedFileURL.path)
            let resolved = file.resolvingSymlinksInPath().path
            if let build = resolved.range(of: "/.build/") {
                candidates.append(String(resolved[..<build.lowerBound]) + "/Lessons")
            }
            candidates.append(file.resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("../share/gradlab/Lessons").standardizedFileURL.path)
        }
        candidates.append(URL(fileURLWithPath: currentFolder).appendingPathComponent("Lessons").standardizedFileURL.path)
        let found = candidates.first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        return LessonCatalog(folder: found, searched: candidates)
    }

    /// The lessons in the folder, by number then name.
    public func lessons() throws(SessionError) -> [Lesson] {
        guard let folder else { throw .lessonsFolderMissing(searched: searched) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { fileName -> Lesson? in
            guard let (number, name) = Lesson.parseFileName(fileName) else { return nil }
            let path = (folder as NSString).appendingPathComponent(fileName)
            let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return Lesson(number: number, name: name, title: Lesson.title(of: source), path: path)
        }.sorted { ($0.number, $0.name) < ($1.number, $1.name) }
    }

    /// The lesson named by `reference`: its number (`2`, `02`), its name (`vanishing-gradients`)
    /// or its file name.
    public func lesson(_ reference: String) throws(SessionError) -> Lesson {
        let all = try lessons()
        let key = reference.hasSuffix(".m") ? String(reference.dropLast(2)) : reference
        let match = all.first { lesson in
            if let number = Int(key) { return lesson.number == number }
            return lesson.name == key || "\(String(format: "%02d", lesson.number))-\(lesson.name)" == key
        }
        guard let match else {
            throw .lessonNotFound(name: reference, available: all.map { "\($0.number)  \($0.name)" })
        }
        return match
    }

    /// The `lessons` listing: number, name padded to a column, title; one line per lesson.
    public func listing() throws(SessionError) -> String {
        let all = try lessons()
        guard !all.isEmpty else { return "No lessons in \(folder ?? "")\n" }
        let numberWidth = all.map { String($0.number).count }.max() ?? 1
        let nameWidth = all.map(\.name.count).max() ?? 0
        return all.map { lesson in
            let number = String(lesson.number)
            return "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  "
                + lesson.name + String(repeating: " ", count: nameWidth - lesson.name.count + 2) + lesson.title
        }.joined(separator: "\n") + "\n"
    }
}
