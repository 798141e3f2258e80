import Lab
import Testing

/// Runs `inputs` through a fresh REPL over a ``TestEngine`` and returns the transcript and how it ended.
private func session(
    _ inputs: [LineInput], configuration: REPL.Configuration = .interactive
) -> (transcript: Transcript, termination: REPL.Termination, engine: TestEngine, reader: ScriptedLineReader) {
    let transcript = Transcript()
    let engine = TestEngine(output: transcript)
    let reader = ScriptedLineReader(inputs, transcript: transcript)
    let termination = REPL(engine: engine, reader: reader, output: transcript, configuration: configuration).run()
    return (transcript, termination, engine, reader)
}

private func session(lines: [String], configuration: REPL.Configuration = .interactive) -> (
    transcript: Transcript, termination: REPL.Termination, engine: TestEngine, reader: ScriptedLineReader
) {
    session(lines.map(LineInput.line), configuration: configuration)
}

@Suite struct REPLTranscriptTests {
    @Test func theBannerComesFirstAndEndOfInputEndsTheLoop() {
        let run = session(lines: ["x = 3", "x"])
        #expect(run.transcript.text == """
            TestLab — type `help` to begin.
            >> x = 3
            x = 3
            >> x
            x = 3
            >> ^D

            """)
        #expect(run.termination == .endOfInput)
    }

    @Test func anErrorNeverEndsTheInteractiveLoopAndTheWorkspaceSurvives() {
        let run = session(lines: ["a = 1;", "nope", "b @@ 2", "a"])
        #expect(run.transcript.text.hasSuffix("""
            >> nope
            Error: Unrecognized variable 'nope'.
            >> b @@ 2
            Error: Invalid syntax.
            >> a
            a = 1
            >> ^D

            """))
        #expect(run.termination == .endOfInput)
        #expect(run.engine.variables == ["a": 1])
    }

    @Test func anUnfinishedBlockContinuesWithTheContinuationPromptAndRunsAsOneEntry() {
        let run = session(lines: ["for i = 1:3", "  x = i;", "end", "y = 2"])
        #expect(run.transcript.text.contains("""
            >> for i = 1:3
            ..   x = i;
            .. end
            ran 3 lines
            >> y = 2
            """))
        #expect(run.engine.executed == ["for i = 1:3\n  x = i;\nend", "y = 2"])
    }

    @Test func anOpenBracketContinuesUntilItCloses() {
        let run = session(lines: ["m = [1 2", "3 4]"])
        #expect(run.engine.executed == ["m = [1 2\n3 4]"])
        #expect(run.transcript.text.contains(".. 3 4]\n"))
    }

    @Test func ctrlCAtThePromptDiscardsTheLineAndAnyHeldLines() {
        let run = session([.line("if true"), .interrupted, .line("z = 5")])
        #expect(run.engine.executed == ["z = 5"])
        #expect(run.transcript.text.contains(".. ^C\n>> z = 5\n"))
    }

    @Test func endOfInputRunsHeldLinesSoAnUnfinishedStatementIsReported() {
        let run = session(lines: ["while x", "  y = 1;"])
        #expect(run.engine.executed == ["while x\n  y = 1;"])
        #expect(run.termination == .endOfInput)
    }

    @Test func enterOnAnEmptyLineWhilePausedRepeatsTheLastStepCommand() {
        let run = session(lines: ["pause", "dbstep", "", "", "dbcont", ""])
        #expect(run.transcript.text.contains("""
            >> pause
            K>> dbstep
            step 1
            K>> 
            step 2
            K>> 
            step 3
            K>> dbcont
            >> 
            >> ^D
            """))
        #expect(run.reader.history == ["pause", "dbstep", "dbcont"])
    }

    @Test func enterOnAnEmptyLineRepeatsNothingWhenNotPausedOrBeforeAnyStep() {
        let run = session(lines: ["pause", "", "dbcont", "dbstep", ""])
        #expect(run.engine.executed == ["pause", "dbcont", "dbstep"])
    }

    @Test func theContinuationPromptWhilePausedMatchesTheKPrompt() {
        let run = session(lines: ["pause", "if x", "end"])
        #expect(run.transcript.text.contains("K>> if x\n... end\n"))
    }

    @Test func exitAndQuitEndTheLoopWithStatusZero() {
        #expect(session(lines: ["exit", "x = 1"]).termination == .exitRequested(status: 0))
        #expect(session(lines: ["quit;"]).termination == .exitRequested(status: 0))
    }

    @Test func theEngineCanAskToExitWithAStatus() {
        #expect(session(lines: ["bye", "x = 1"]).termination == .exitRequested(status: 3))
    }

    @Test func theHistoryCommandListsNumberedEntriesAndTheNewestN() {
        let run = session(lines: ["a = 1", "b = 2", "history", "history 2"])
        #expect(run.transcript.text.contains("""
            >> history
              1  a = 1
              2  b = 2
              3  history
            >> history 2
              3  history
              4  history 2
            """))
    }

    @Test func aLineLongerThanTheLimitIsRefusedWithAMessage() {
        let configuration = REPL.Configuration(showsBanner: false, stopsOnFailure: false, maximumLineLength: 100)
        let run = session(lines: [String(repeating: "x", count: 101), "y = 1"], configuration: configuration)
        #expect(run.transcript.errors.contains("line too long (101 bytes; the limit is 100)"))
        #expect(run.engine.executed == ["y = 1"])
    }

    @Test func aOneMegabyteLineIsRefusedByDefault() {
        let run = session(lines: [String(repeating: "1", count: 1 << 20 + 1)])
        #expect(run.transcript.errors.contains("line too long"))
        #expect(run.engine.executed.isEmpty)
    }

    @Test func batchModeShowsNoBannerAndStopsAtTheFirstFailure() {
        let syntax = session(lines: ["a = 1", "b @@", "c = 3"], configuration: .batch)
        #expect(syntax.termination == .stopped(.failed(.syntax)))
        #expect(!syntax.transcript.text.contains("TestLab"))
        #expect(syntax.engine.executed == ["a = 1", "b @@"])
        let runtime = session(lines: ["missing"], configuration: .batch)
        #expect(runtime.termination == .stopped(.failed(.runtime)))
    }

    @Test func blankLinesAreNotRunOrRecorded() {
        let run = session(lines: ["", "   ", "x = 1"])
        #expect(run.engine.executed == ["x = 1"])
        #expect(run.reader.history == ["x = 1"])
    }

    @Test func requestInterruptReachesTheEnginesInterruptor() {
        let transcript = Transcript()
        let engine = TestEngine(output: transcript)
        engine.requestInterrupt()
        #expect(engine.flag.requestCount == 1)
    }
}
