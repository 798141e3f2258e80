import Autograd
import Foundation
import Lab
import MatLang
import Testing

@Suite struct SessionTranscriptTests {
    @Test func theBannerNamesTheFirstCommands() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        #expect(session.banner == "GradLab \(GradLabVersion.string) — step through backpropagation. `help`, `lessons`, `open 2` to begin.")
    }

    @Test func statementsDisplayTheirResultsAndSemicolonsHideThem() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let text = type(["a = 5", "b = a + 1;", "b"], into: session, transcript: transcript)
        #expect(text == ">> a = 5\n" + shown("a", 5, in: session) + ">> b = a + 1;\n>> b\n"
                + shown("b", 6, in: session) + ">> ^D\n")
    }

    @Test func anUnknownNameShowsTheCaretAndSuggestsTheNearestVariable() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let text = type(["alpha = 2;", "y = alpah + 1"], into: session, transcript: transcript)
        #expect(text.contains("""
            >> y = alpah + 1
            Error: Unrecognized function or variable 'alpah'. Did you mean 'alpha'?
            """))
        let caret = try #require(text.range(of: "y = alpah \\+ 1\n *\\^\n", options: .regularExpression))
        #expect(!text[caret].isEmpty)
        #expect(transcript.errors.contains("Did you mean 'alpha'?"))
    }

    @Test func aSyntaxErrorPointsAtItsColumn() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let outcome = session.execute("x = (1 + ")
        #expect(outcome == .failed(.syntax))
        #expect(transcript.errors.hasPrefix("Error: <repl>:1:"))
        #expect(transcript.errors.hasSuffix("x = (1 + \n" + String(repeating: " ", count: 9) + "^\n"))
    }

    @Test func aFailedStatementLeavesTheWorkspaceAsItWas() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        _ = type(["v = [1 2 3];", "w = 1;", "v(5) = nosuch(1)", "w = w + [1 2] * [3 4]", "k = 7"],
                 into: session, transcript: transcript)
        #expect(try session.workspace.value(of: "v")?.doubleArray().elements == [1, 2, 3])
        #expect(try session.workspace.value(of: "w")?.doubleArray().elements == [1])
        #expect(try session.workspace.value(of: "k")?.doubleArray().elements == [7])
    }

    @Test func aForLoopTypedOverSeveralLinesRunsOnce() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let text = type(["s = 0;", "for k = 1:4", "  s = s + k;", "end", "s"], into: session, transcript: transcript)
        #expect(text == """
            >> s = 0;
            >> for k = 1:4
            ..   s = s + k;
            .. end
            >> s

            """ + shown("s", 10, in: session) + ">> ^D\n")
    }

    @Test func anInterruptedEntryKeepsWhatWasAssignedBeforeIt() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        let interruptor = session.interruptor
        session.register([BuiltinFunction(name: "pressctrlc", help: "pressctrlc - request an interrupt") { _ in
            interruptor.requestInterrupt()
            return []
        }])
        let outcome = session.execute("a = 1; pressctrlc; b = 2;")
        #expect(outcome == .interrupted)
        #expect(session.workspace.contains("a"))
        #expect(!session.workspace.contains("b"))
        #expect(session.execute("c = 3;") == .completed)
        #expect(session.workspace.contains("c"))
    }

    @Test func rngSeedsTheEnginesGenerator() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        #expect(session.execute("rng(42); u = rand;") == .completed)
        var expected = RandomGenerator(seed: 42)
        #expect(try session.workspace.value(of: "u")?.doubleArray().elements == [expected.nextUniform()])
        #expect(session.random.seed == 42)
        let next = session.random.withGenerator { $0.nextUniform() }
        #expect(next == expected.nextUniform())
    }

    @Test(arguments: [
        ("for k = 1:3", false), ("x = [1 2", false), ("y = 1 + ...", false), ("x = 1", true),
        ("if true, x = 1; end", true), ("function r = f(a)\n r = a;\nend", true),
    ])
    func unfinishedBlocksAndBracketsAskForMoreLines(source: String, complete: Bool) throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        #expect(session.isComplete(source) == complete)
    }

    @Test func tabCompletesVariablesBuiltinsAndStructFields() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        _ = session.execute("learningRate = 0.1; learnSteps = 3; opts.Momentum = 0.9; opts.MaxEpochs = 5;")
        let names = session.completions(line: "lea", cursor: "lea".endIndex)
        #expect(names == Completions(stem: "lea", candidates: ["learnSteps", "learningRate"]))
        let line = "x = opts.M"
        #expect(session.completions(line: line, cursor: line.endIndex)
                == Completions(stem: "M", candidates: ["MaxEpochs", "Momentum"]))
        let builtin = session.completions(line: "whos; zer", cursor: "whos; zer".endIndex)
        #expect(builtin.candidates.contains("zeros"))
        let command = session.completions(line: "runt", cursor: "runt".endIndex)
        #expect(command.candidates == ["runtoend"])
    }

    @Test func tabAfterOpenOffersLessonNames() throws {
        let folder = try TemporaryFolder(files: ["Lessons/02-vanishing-gradients.m": "%% Vanishing\nx = 1;\n"])
        let (session, _) = makeSession(in: folder)
        let line = "open vanish"
        let completions = session.completions(line: line, cursor: line.endIndex)
        #expect(completions.stem == "vanish")
        #expect(completions.candidates.contains("vanishing-gradients"))
    }
}

@Suite struct SessionErrorDisplayTests {
    @Test func controlCharactersInAnErrorAreShownNotSentToTheTerminal() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("x = \u{1B}[31m") != .completed)
        #expect(!transcript.errors.contains("\u{1B}"))
        #expect(transcript.errors.contains("^["))
    }

    @Test func anInterruptIsReportedInOneLine() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        let interruptor = session.interruptor
        session.register([BuiltinFunction(name: "pressctrlc", help: "pressctrlc - request an interrupt") { _ in
            interruptor.requestInterrupt()
            return []
        }])
        #expect(session.execute("pressctrlc; y = 1;") == .interrupted)
        #expect(transcript.errors == "Operation terminated by user.\n")
    }
}
