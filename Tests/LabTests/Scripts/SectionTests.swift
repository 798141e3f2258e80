import Foundation
import Lab
import MatLang
import Testing

/// A three-section script whose last section calls a local function.
private let demo = """
    %% Make data
    % We build a small vector.
    % Then we sum it.
    x = 1:4;
    total = sum(x)
    %% Scale it
    scaled = x * 2;
    %% Use a local function
    doubled = twice(total)

    function r = twice(a)
      r = 2 * a;
    end

    """

@Suite struct SectionTests {
    @Test func aScriptSplitsIntoSectionsWithTitlesLinesProseAndCode() {
        let script = Script(path: "/tmp/demo.m", source: demo)
        #expect(script.sections.map(\.title) == ["Make data", "Scale it", "Use a local function"])
        #expect(script.sections.map(\.firstLine) == [1, 6, 8])
        #expect(script.sections.map(\.lastLine) == [5, 7, 14])
        #expect(script.sections[0].prose == ["We build a small vector.", "Then we sum it."])
        #expect(script.sections[0].codeLines == ["x = 1:4;", "total = sum(x)"])
        #expect(script.sections[2].codeLines == ["doubled = twice(total)"])
        #expect(script.program != nil)
        #expect(script.syntaxError == nil)
    }

    @Test func codeBeforeTheFirstTitleIsAnUntitledSection() {
        let script = Script(path: "/tmp/s.m", source: "a = 1;\n%% Next\nb = 2;\n")
        #expect(script.sections.map(\.displayTitle) == ["(untitled)", "Next"])
    }

    @Test func openListsTheSectionsWithCursorAndStaleMarks() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open demo") == .completed)
        #expect(transcript.text == """
            demo.m — 3 sections (▶ runs next, • not run or edited since)
            ▶ 1 • Make data             lines 1–5
              2 • Scale it              lines 6–7
              3 • Use a local function  lines 8–14

            """)
    }

    @Test func runAdvanceShowsTitleProseAndCodeThenRunsAndMovesOn() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, transcript) = makeSession(in: folder)
        let text = type(["open demo", "ra", "sections"], into: session, transcript: transcript)
        #expect(text.contains("""
            >> ra
            %% 1/3  Make data
               We build a small vector.
               Then we sum it.

              │ x = 1:4;
              │ total = sum(x)

            """ + shown("total", 10, in: session) + """
            >> sections
            demo.m — 3 sections (▶ runs next, • not run or edited since)
              1   Make data             lines 1–5
            ▶ 2 • Scale it              lines 6–7
              3 • Use a local function  lines 8–14
            """))
    }

    @Test func sectionsRunInTheBaseWorkspaceAndSeeTheScriptsLocalFunctions() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, _) = makeSession(in: folder)
        #expect(session.execute("open demo") == .completed)
        #expect(session.execute("runtoend") == .completed)
        #expect(try session.workspace.value(of: "doubled")?.doubleArray().elements == [20])
        #expect(try session.workspace.value(of: "scaled")?.doubleArray().elements == [2, 4, 6, 8])
        #expect(session.openScript?.cursor == 3)
        #expect(session.execute("ra") == .completed)
    }

    @Test func editingTheFileMakesOnlyTheEditedSectionStale() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open demo; ra; ra") == .completed)
        try folder.write("demo.m", demo.replacingOccurrences(of: "scaled = x * 2;", with: "scaled = x * 3;"))
        let before = transcript.text.count
        #expect(session.execute("sections") == .completed)
        #expect(String(transcript.text.dropFirst(before)) == """
            demo.m — 3 sections (▶ runs next, • not run or edited since)
              1   Make data             lines 1–5
              2 • Scale it              lines 6–7
            ▶ 3 • Use a local function  lines 8–14

            """)
        #expect(session.execute("runsection 2") == .completed)
        #expect(try session.workspace.value(of: "scaled")?.doubleArray().elements == [3, 6, 9, 12])
        let script = try #require(session.openScript)
        #expect(script.sections.map { script.isStale($0) } == [false, false, true])
    }

    @Test func runsectionOutsideTheScriptSaysHowManySectionsThereAre() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open demo") == .completed)
        #expect(session.execute("runsection 9") == .failed(.runtime))
        #expect(transcript.errors.contains("Section 9 does not exist; the open script has 3 sections."))
    }

    @Test func aFailingSectionKeepsTheCursorAndTheWorkspace() throws {
        let folder = try TemporaryFolder(files: ["bad.m": "%% One\na = 1;\n%% Two\nb = 2;\nc = nosuch + 1;\n%% Three\nd = 4;\n"])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open bad") == .completed)
        #expect(session.execute("runtoend") == .failed(.runtime))
        #expect(session.openScript?.cursor == 1)
        #expect(session.workspace.variableNames == ["a", "b"])
        #expect(transcript.errors.contains("bad.m:5:"))
        #expect(transcript.errors.contains("c = nosuch + 1;\n"))
    }

    @Test func commandsThatNeedAScriptSaySoWhenNoneIsOpen() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("ra") == .failed(.runtime))
        #expect(transcript.errors.contains("No script is open; use `open FILE` or `open N` (see `lessons`) before `runadvance`."))
    }

    @Test func aFileWithASyntaxErrorStillRunsItsOtherSections() throws {
        let source = "%% Good\ngood = 1;\n%% Broken\nbroken = (1 + ;\n%% Also good\nalso = 3;\n"
        let folder = try TemporaryFolder(files: ["typo.m": source])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open typo") == .completed)
        #expect(transcript.errors.contains("does not parse as a whole"))
        #expect(session.execute("ra") == .completed)
        #expect(session.execute("ra") == .failed(.syntax))
        #expect(transcript.errors.contains("typo.m:4:"))
        #expect(session.execute("runsection 3") == .completed)
        #expect(session.workspace.variableNames == ["also", "good"])
    }

    @Test func runRunsAWholeScriptWithItsLocalFunctions() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("run demo") == .completed)
        #expect(transcript.text == shown("total", 10, in: session) + shown("doubled", 20, in: session))
        #expect(session.execute("run('demo.m')") == .completed)
        #expect(session.execute("run missing") == .failed(.runtime))
        #expect(transcript.errors.contains("File 'missing' not found"))
    }

    @Test func functionFilesBesideTheOpenScriptAreCallable() throws {
        let folder = try TemporaryFolder(files: [
            "course/lab.m": "%% Use a helper\nm = meanSquare([1 2 3])\n",
            "course/meanSquare.m": "function y = meanSquare(v)\n  y = mean(v .^ 2);\nend\n",
        ])
        let (session, _) = makeSession(in: folder)
        #expect(session.execute("open course/lab.m") == .completed)
        #expect(session.execute("ra") == .completed)
        let m = try #require(try session.workspace.value(of: "m")?.doubleArray().elements.first)
        #expect(abs(m - 14.0 / 3.0) < 1e-12)
    }

    @Test func reloadReadsTheFileAgainAndKeepsTheCursor() throws {
        let folder = try TemporaryFolder(files: ["demo.m": demo])
        let (session, _) = makeSession(in: folder)
        #expect(session.execute("open demo; ra") == .completed)
        try folder.write("demo.m", demo + "%% Added\nadded = 1;\n")
        #expect(session.execute("reload") == .completed)
        #expect(session.openScript?.sections.count == 4)
        #expect(session.openScript?.cursor == 1)
    }
}

@Suite struct EmptyScriptTests {
    @Test func anEmptyScriptOpensWithNoSectionsAndRunAdvanceSaysSo() throws {
        let folder = try TemporaryFolder(files: ["empty.m": "\n\n"])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("open empty; ra; runtoend") == .completed)
        #expect(transcript.text == """
            empty.m — 0 sections (▶ runs next, • not run or edited since)
            The open script has no code to run.

            """)
    }
}
