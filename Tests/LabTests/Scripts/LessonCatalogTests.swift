import Foundation
import Lab
import Testing

private let lessonFiles = [
    "Lessons/01-activations.m": "%% Sigmoid vs ReLU and their derivatives\n% Prose.\nz = 1;\n",
    "Lessons/02-vanishing-gradients.m": "% header comment\n%% MathWorks' gradient-distribution experiment, reproduced\ny = 2\n%% Second\nq = 3;\n",
    "Lessons/notes.txt": "not a lesson",
    "Lessons/helper.m": "function y = helper(x)\n y = x;\nend\n",
]

@Suite struct LessonCatalogTests {
    @Test func lessonsListsNumberNameAndTitleInColumns() throws {
        let folder = try TemporaryFolder(files: lessonFiles)
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("lessons") == .completed)
        #expect(transcript.text == """
              1  activations          Sigmoid vs ReLU and their derivatives
              2  vanishing-gradients  MathWorks' gradient-distribution experiment, reproduced

            """)
    }

    @Test(arguments: ["open 2", "open 02", "open vanishing-gradients", "open('02-vanishing-gradients.m')", "open(2)"])
    func openFindsALessonByNumberOrName(command: String) throws {
        let folder = try TemporaryFolder(files: lessonFiles)
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute(command) == .completed)
        #expect(transcript.text.hasPrefix("02-vanishing-gradients.m — 3 sections"))
        #expect(session.execute("ra; ra") == .completed)
        #expect(session.workspace.contains("y"))
    }

    @Test func openingAMissingLessonListsTheAvailableOnes() throws {
        let folder = try TemporaryFolder(files: lessonFiles)
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open 7") == .failed(.runtime))
        #expect(transcript.errors.contains("No lesson '7'. Available lessons:\n  1  activations\n  2  vanishing-gradients\n"))
        #expect(session.execute("open relu-things") == .failed(.runtime))
        #expect(transcript.errors.contains("No lesson 'relu-things'."))
    }

    @Test func theLessonsFolderComesFromTheEnvironmentFirst() throws {
        let folder = try TemporaryFolder(files: lessonFiles)
        let other = try TemporaryFolder(files: ["Lessons/05-exploding-gradients.m": "%% Exploding\n"])
        let catalog = LessonCatalog.locate(environment: ["GRADLAB_LESSONS": folder.file("Lessons")],
                                           executablePath: nil, currentFolder: other.path)
        #expect(catalog.folder == folder.file("Lessons"))
        #expect(try catalog.lessons().map(\.number) == [1, 2])
    }

    @Test func theLessonsFolderIsFoundBesideABuiltExecutable() throws {
        let folder = try TemporaryFolder(files: lessonFiles.merging([".build/debug/gradlab": "binary"]) { $1 })
        let catalog = LessonCatalog.locate(environment: [:], executablePath: folder.file(".build/debug/gradlab"),
                                           currentFolder: "/")
        #expect(catalog.folder.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == URL(fileURLWithPath: folder.file("Lessons")).resolvingSymlinksInPath().path)
    }

    @Test func theLessonsFolderIsFoundWhenTheBuildFolderIsASymbolicLink() throws {
        let folder = try TemporaryFolder(files: lessonFiles.merging([".build/x86_64-unknown-linux-gnu/release/gradlab": "binary"]) { $1 })
        try FileManager.default.createSymbolicLink(atPath: folder.file(".build/release"),
                                                   withDestinationPath: "x86_64-unknown-linux-gnu/release")
        let resolved = URL(fileURLWithPath: folder.file(".build/release/gradlab")).resolvingSymlinksInPath().path
        let catalog = LessonCatalog.locate(environment: [:], executablePath: resolved, currentFolder: "/")
        #expect(try catalog.lessons().map(\.number) == [1, 2])
    }

    @Test func theLessonsFolderIsFoundBesideAnInstalledExecutable() throws {
        let folder = try TemporaryFolder(files: [
            "bin/gradlab": "binary", "share/gradlab/Lessons/01-activations.m": "%% Activations\n",
        ])
        let catalog = LessonCatalog.locate(environment: [:], executablePath: folder.file("bin/gradlab"), currentFolder: "/")
        #expect(try catalog.lessons().map(\.name) == ["activations"])
    }

    @Test func theCurrentFolderIsTheLastPlaceLooked() throws {
        let folder = try TemporaryFolder(files: lessonFiles)
        let catalog = LessonCatalog.locate(environment: [:], executablePath: nil, currentFolder: folder.path)
        #expect(try catalog.lessons().count == 2)
        let empty = try TemporaryFolder()
        let missing = LessonCatalog.locate(environment: [:], executablePath: nil, currentFolder: empty.path)
        #expect(missing.folder == nil)
        #expect(throws: SessionError.lessonsFolderMissing(searched: [empty.file("Lessons")])) { try missing.lessons() }
    }
}
