import Foundation
import Lab
import MatLang

/// The repository's `Lessons/` folder, found from this file's place in `Tests/LessonTests/Fixtures`.
let lessonsFolder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons").path

/// A session set up the way a learner gets it (graphics and deep-learning built-ins, the
/// backprop debugger with no one typing at `K>>`, as in a batch run, the repository's
/// lessons), writing into a transcript.
func makeLessonSession(lessons folder: String = lessonsFolder, currentFolder: String? = nil) -> (Session, LessonTranscript) {
    let transcript = LessonTranscript()
    let session = Session(output: transcript,
                          currentFolder: currentFolder ?? FileManager.default.temporaryDirectory.path,
                          lessons: LessonCatalog(folder: folder))
    session.installGraphics()
    let deepLearning = session.registerDeepLearning()
    let debugger = Debugger(session: session)
    deepLearning.backwardPass = { tape, loss, targets in try debugger.backward(tape: tape, loss: loss, targets: targets) }
    return (session, transcript)
}

/// The path of the lesson numbered `number` in the repository.
func lessonPath(_ number: Int) throws -> String {
    try LessonCatalog(folder: lessonsFolder).lesson(String(number)).path
}

/// A lesson run top to bottom in batch mode through the Lab's ``BatchRunner``.
struct LessonRun {
    let session: Session
    let transcript: LessonTranscript
    let status: Int32
    let seconds: Double

    /// Runs lesson `number` in a fresh session.
    init(lesson number: Int) throws {
        let (session, transcript) = makeLessonSession()
        let path = try lessonPath(number)
        let start = Date()
        status = BatchRunner(session: session).run(file: path)
        seconds = Date().timeIntervalSince(start)
        self.session = session
        self.transcript = transcript
    }

    /// The workspace variable `name` as doubles (column-major), or an error naming what is wrong.
    func numbers(_ name: String) throws -> [Double] {
        guard let value = session.workspace.value(of: name) else { throw LessonTestError.missingVariable(name) }
        return try value.doubleArray().elements
    }

    /// The workspace variable `name` as one double.
    func scalar(_ name: String) throws -> Double {
        guard let value = session.workspace.value(of: name) else { throw LessonTestError.missingVariable(name) }
        return try value.scalarDouble()
    }

    /// The size of the workspace variable `name`.
    func size(_ name: String) throws -> [Int] {
        guard let value = session.workspace.value(of: name) else { throw LessonTestError.missingVariable(name) }
        return value.size
    }
}

/// Why a lesson test could not read what it needs.
enum LessonTestError: Error, CustomStringConvertible {
    case missingVariable(String)

    var description: String {
        switch self {
        case .missingVariable(let name): return "the lesson left no variable '\(name)' in the workspace"
        }
    }
}
