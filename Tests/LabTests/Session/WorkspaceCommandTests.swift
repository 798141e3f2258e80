import Foundation
import Lab
import MatLang
import Testing

@Suite struct WorkspaceCommandTests {
    /// A session with a few variables of different classes.
    private func populated() throws -> (Session, Transcript, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("""
            weights = [0.5 -1.25; 2 0/0]; name = 'relu'; flags = [1 0 1] > 0;
            s.alpha = 1; s.beta = [1 2 3]; Big = 1:1000; c = {1, 'two'};
            """) == .completed)
        return (session, transcript, folder)
    }

    @Test func whosListsNameSizeBytesClassMinAndMaxAlphabetically() throws {
        let (session, transcript, _) = try populated()
        #expect(session.execute("whos") == .completed)
        #expect(transcript.text == """
              Name        Size    Bytes  Class      Min   Max

              Big         1x1000   8000  double       1  1000
              c           1x2       238  cell
              flags       1x3         3  logical      0     1
              name        1x4         8  char
              s           1x1       384  struct
              weights     2x2        32  double   -1.25     2


            """)
    }

    @Test func whosWithAPatternListsOnlyMatchingNames() throws {
        let (session, transcript, _) = try populated()
        #expect(session.execute("whos w* flags") == .completed)
        let rows = transcript.text.split(separator: "\n").dropFirst().map { $0.split(separator: " ").first.map(String.init) }
        #expect(rows == ["flags", "weights"])
    }

    @Test func whosWithAnOutputReturnsAStructArray() throws {
        let (session, _, _) = try populated()
        #expect(session.execute("S = whos; n = numel(S); first = S(1).name; b = S(6).bytes; m = S(6).min;") == .completed)
        let workspace = session.workspace
        #expect(try workspace.value(of: "n")?.doubleArray().elements == [6])
        #expect(try workspace.value(of: "first")?.text() == "Big")
        #expect(try workspace.value(of: "b")?.doubleArray().elements == [32])
        #expect(try workspace.value(of: "m")?.doubleArray().elements == [-1.25])
    }

    @Test func whoListsNamesAndReturnsACell() throws {
        let (session, transcript, _) = try populated()
        #expect(session.execute("who") == .completed)
        #expect(transcript.text == """
            Your variables are:

            Big      c        flags    name
            s        weights


            """)
        #expect(session.execute("names = who; k = numel(names);") == .completed)
        #expect(try session.workspace.value(of: "k")?.doubleArray().elements == [6])
    }

    @Test(arguments: [
        ("clear", [String]()),
        ("clear all", []),
        ("clear weights name", ["Big", "c", "flags", "s"]),
        ("clear('*a*')", ["Big", "c", "s", "weights"]),
        ("clear('?')", ["Big", "flags", "name", "weights"]),
        ("clear w* n*", ["Big", "c", "flags", "s"]),
        ("clear -regexp ^[a-f]", ["Big", "name", "s", "weights"]),
        ("clear nothingLikeThis", ["Big", "c", "flags", "name", "s", "weights"]),
        ("clearvars -except c s", ["c", "s"]),
        ("clearvars('*s', '-except', 'flags')", ["Big", "c", "flags", "name"]),
        ("clear('Big', 'c')", ["flags", "name", "s", "weights"]),
    ])
    func clearRemovesTheSelectedVariables(command: String, remaining: [String]) throws {
        let (session, _, _) = try populated()
        #expect(session.execute(command) == .completed)
        #expect(session.workspace.variableNames == remaining)
    }

    @Test func clearRefusesAnUnknownOption() throws {
        let (session, transcript, _) = try populated()
        #expect(session.execute("clear -bogus") == .failed(.runtime))
        #expect(transcript.errors.contains("Unknown option '-bogus' for clear."))
        #expect(session.workspace.variableNames.count == 6)
    }

    @Test func existKnowsVariablesFilesBuiltinsAndFolders() throws {
        let folder = try TemporaryFolder(files: ["helper.m": "function y = helper(x)\n  y = x;\nend\n", "data/a.txt": "1"])
        let (session, _) = makeSession(in: folder)
        #expect(session.execute("""
            v = 1; a = exist('v'); b = exist('helper'); c = exist('zeros'); d = exist('data');
            e = exist('nothing'); f = exist('data/a.txt', 'file'); g = exist('v', 'builtin'); h = exist('whos');
            """) == .completed)
        let codes = try ["a", "b", "c", "d", "e", "f", "g", "h"].map { try session.workspace.value(of: $0)?.doubleArray().elements }
        #expect(codes == [[1], [2], [5], [7], [0], [2], [0], [5]])
    }

    @Test func openvarShowsStatisticsAHistogramAndTheFirstRows() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("x = [1 2 2 3 3 3 0/0 10]; openvar x") == .completed)
        let lines = transcript.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.prefix(14).joined(separator: "\n") == """
            x: 1×8 double
              min 1   max 10   mean 3.429   std 2.992   NaN 1
              histogram (10 bins):
                  1 │██████████ 1
                1.9 │████████████████████ 2
                2.8 │██████████████████████████████ 3
                3.7 │ 0
                4.6 │ 0
                5.5 │ 0
                6.4 │ 0
                7.3 │ 0
                8.2 │ 0
                9.1 │██████████ 1
              values:
            """)
        #expect(transcript.text.contains("NaN"))
    }

    @Test func openvarOfALargeMatrixShowsOnlyItsCorner() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("M = reshape(1:400, 20, 20); openvar M") == .completed)
        #expect(transcript.text.contains("  first 8×8 of 20×20:\n"))
        #expect(transcript.text.hasSuffix("  …\n"))
        let preview = try #require(transcript.text.components(separatedBy: "first 8×8 of 20×20:").last)
        #expect(preview.contains("148"))
        #expect(!preview.contains("161"))
    }

    @Test func openvarListsTheFieldsOfAStruct() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("opts.rate = 0.001; opts.name = 'adam'; opts.sizes = [784 10]; openvar opts") == .completed)
        #expect(transcript.text == """
            opts: 1×1 struct
              fields:
                 rate: 0.001
                 name: 'adam'
                sizes: [784 10]

            """)
    }

    @Test func openvarOfAMissingVariableSuggestsANearName() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("losses = 1; openvar loses") == .failed(.runtime))
        #expect(transcript.errors.contains("No variable named 'loses'. Did you mean 'losses'?"))
    }
}

@Suite struct OpenvarExtremesTests {
    @Test(arguments: ["x = [-1e308 1e308 0];", "x = [-Inf 1 2 Inf];", "x = [0/0 0/0];", "x = zeros(0, 3);", "x = ones(2, 2, 3);"])
    func openvarNeverTrapsOnExtremeValues(assignment: String) throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute(assignment + " openvar x") == .completed)
        #expect(transcript.text.hasPrefix("x: "))
    }
}
