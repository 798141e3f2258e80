import Foundation
import Lab
import MatLang

/// A temporary folder holding the given files, removed when released.
final class TemporaryFolder {
    let path: String

    init(files: [String: String] = [:]) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("gradlab-session-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    /// Writes `text` to `name` inside the folder (creating subfolders).
    func write(_ name: String, _ text: String) throws {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// The full path of `name` inside the folder.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A session in `folder` writing to a transcript, with the lessons in `folder/Lessons`.
func makeSession(in folder: TemporaryFolder) -> (Session, Transcript) {
    let transcript = Transcript()
    let lessons = LessonCatalog(folder: folder.file("Lessons"))
    return (Session(output: transcript, currentFolder: folder.path, lessons: lessons), transcript)
}

/// Types `lines` into a REPL over `session` and returns the whole transcript (no banner).
func type(_ lines: [String], into session: Session, transcript: Transcript) -> String {
    let reader = ScriptedLineReader(lines: lines, transcript: transcript)
    _ = REPL(engine: session, reader: reader, output: transcript,
             configuration: REPL.Configuration(showsBanner: false, stopsOnFailure: false)).run()
    return transcript.text
}

/// What the session prints for an unsuppressed `name = value` with a scalar, in its current format.
func shown(_ name: String, _ value: Double, in session: Session) -> String {
    Value.number(value).display(name: name, format: session.interpreter.format)
}
