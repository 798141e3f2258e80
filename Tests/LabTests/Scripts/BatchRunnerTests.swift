import Foundation
import Lab
import Testing

@Suite struct BatchRunnerTests {
    @Test func codeThatRunsPrintsWhatMatlabPrintsAndExitsZero() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let status = BatchRunner(session: session).run(code: "x = 2; y = x * 3")
        #expect(status == BatchExitStatus.success)
        #expect(transcript.text == shown("y", 6, in: session))
        #expect(transcript.errors.isEmpty)
    }

    @Test func aRuntimeErrorStopsTheScriptWithItsLocationAndExitsOne() throws {
        let folder = try TemporaryFolder(files: ["train.m": "a = 1\nb = [1 2] * [3 4]\nc = 3\n"])
        let (session, transcript) = makeSession(in: folder)
        let path = folder.file("train.m")
        let status = BatchRunner(session: session).run(file: path)
        #expect(status == BatchExitStatus.runtimeError)
        let firstErrorLine = try #require(transcript.errors.split(separator: "\n").first)
        #expect(firstErrorLine.hasPrefix("\(path):2:"))
        #expect(firstErrorLine.contains(": error: "))
        #expect(transcript.errors.contains("b = [1 2] * [3 4]\n"))
        #expect(transcript.text.hasPrefix(shown("a", 1, in: session)))
        #expect(!session.workspace.contains("c"))
    }

    @Test func aSyntaxErrorRunsNothingAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let status = BatchRunner(session: session).run(code: "a = 1\nb = (2 + )\n")
        #expect(status == BatchExitStatus.syntaxError)
        #expect(transcript.errors.hasPrefix("command line:2:"))
        #expect(transcript.errors.contains(": error: "))
        #expect(transcript.errors.hasSuffix("^\n"))
        #expect(!session.workspace.contains("a"))
    }

    @Test func aMissingFileExitsSixtySix() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(BatchRunner(session: session).run(file: folder.file("none.m")) == BatchExitStatus.unreadableFile)
        #expect(transcript.errors.contains("cannot read"))
        #expect(BatchRunner(session: session).run(file: folder.path) == BatchExitStatus.unreadableFile)
    }

    @Test func aFileThatIsNotTextExitsSixtyFive() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("binary.m")
        try Data([0x61, 0x20, 0x3D, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        let (session, transcript) = makeSession(in: folder)
        #expect(BatchRunner(session: session).run(file: path) == BatchExitStatus.notText)
        #expect(transcript.errors.contains("not UTF-8 text"))
    }

    @Test func pipedLinesRunOneEntryAtATimeAndStopAtTheFirstError() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let reader = ScriptedLineReader(lines: ["s = 0;", "for k = 1:3", "s = s + k;", "end", "s", "boom(1)", "t = 1"],
                                        transcript: Transcript())
        let status = BatchRunner(session: session).run(reader: reader)
        #expect(status == BatchExitStatus.runtimeError)
        #expect(transcript.text.hasPrefix(shown("s", 6, in: session)))
        #expect(transcript.errors.contains("'boom'"))
        #expect(!session.workspace.contains("t"))
    }

    @Test func aPipedErrorNamesItsLineInTheInputAsAScriptFileWould() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let reader = ScriptedLineReader(lines: ["a = 1;", "", "% a comment", "for k = 1:2", "  b = k;", "end",
                                                "c = [1 2] * [3 4];", "d = 4"],
                                        transcript: Transcript())
        let status = BatchRunner(session: session).run(reader: reader)
        #expect(status == BatchExitStatus.runtimeError)
        #expect(transcript.errors.hasPrefix("<stdin>:7:1: error: Incorrect dimensions for matrix multiplication."))
        #expect(transcript.errors.hasSuffix("\nc = [1 2] * [3 4];\n^\n"))
        #expect(!session.workspace.contains("d"))
    }

    @Test func aPipedSyntaxErrorInAMultiLineEntryNamesTheLineOfTheMistake() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let reader = ScriptedLineReader(lines: ["x = 1;", "y = [1 2", "z = 3"], transcript: Transcript())
        #expect(BatchRunner(session: session).run(reader: reader) == BatchExitStatus.syntaxError)
        #expect(transcript.errors == "<stdin>:3:3: error: Unexpected '='; expected an expression.\nz = 3\n  ^\n")
    }

    @Test func aPipedErrorInsideAFunctionFileNamesThatFile() throws {
        let folder = try TemporaryFolder(files: ["half.m": "function y = half(x)\n  y = x * [1 2 3];\nend\n"])
        let (session, transcript) = makeSession(in: folder)
        let reader = ScriptedLineReader(lines: ["", "", "h = half([1 2; 3 4])"], transcript: Transcript())
        #expect(BatchRunner(session: session).run(reader: reader) == BatchExitStatus.runtimeError)
        #expect(transcript.errors.contains("half.m:2:"))
    }

    @Test func theScriptsFolderIsOnThePathForFunctionFiles() throws {
        let folder = try TemporaryFolder(files: [
            "job/main.m": "r = addOne(41)\n",
            "job/addOne.m": "function y = addOne(x)\n  y = x + 1;\nend\n",
        ])
        let (session, transcript) = makeSession(in: folder)
        #expect(BatchRunner(session: session).run(file: folder.file("job/main.m")) == BatchExitStatus.success)
        #expect(transcript.text == shown("r", 42, in: session))
    }
}
