import Foundation
import Lab
import Testing

@Suite struct InterpreterEngineTests {
    private func engine() -> (InterpreterEngine, Transcript) {
        let transcript = Transcript()
        return (InterpreterEngine(output: transcript), transcript)
    }

    @Test func aStatementRunsAndDisplaysItsResult() {
        let (engine, transcript) = engine()
        #expect(engine.execute("x = 2 + 3") == .completed)
        #expect(transcript.text.contains("x = 5"))
    }

    @Test func syntaxAndRuntimeErrorsAreReportedWithTheirKinds() {
        let (engine, transcript) = engine()
        #expect(engine.execute("x = (1") == .failed(.syntax))
        #expect(engine.execute("y = undefinedThing + 1") == .failed(.runtime))
        #expect(transcript.errors.contains("Error: "))
        #expect(transcript.errors.contains("undefinedThing"))
    }

    @Test func anEntryWithControlCharactersIsNotEchoedUnderItsError() {
        let (engine, transcript) = engine()
        #expect(engine.execute("x = \u{1B}[2J") == .failed(.syntax))
        #expect(!transcript.errors.contains("\u{1B}"))
        #expect(transcript.errors.contains("^["))
    }

    @Test func theWorkspaceSurvivesAnError() {
        let (engine, transcript) = engine()
        _ = engine.execute("a = 7;")
        _ = engine.execute("a = missing")
        #expect(engine.execute("a") == .completed)
        #expect(transcript.text.contains("a = 7"))
    }

    @Test func anInterruptFromAnotherThreadStopsALoopAndKeepsItsProgress() {
        let (engine, transcript) = engine()
        let interruptor = engine.interruptor
        let requester = Thread {
            usleep(100_000)
            interruptor.requestInterrupt()
        }
        requester.start()
        #expect(engine.execute("k = 0; while 1, k = k + 1; end") == .interrupted)
        #expect(transcript.errors.contains("Operation terminated by user."))
        #expect(engine.execute("k > 0") == .completed)
        #expect(engine.execute("x = 1;") == .completed)
    }

    @Test func aMultiLineLoopTypedAtTheREPLRunsAsOneEntry() {
        let transcript = Transcript()
        let engine = InterpreterEngine(output: transcript)
        let reader = ScriptedLineReader(lines: ["total = 0;", "for i = 1:4", "  total = total + i;", "end", "total"], transcript: transcript)
        let termination = REPL(engine: engine, reader: reader, output: transcript).run()
        #expect(termination == .endOfInput)
        #expect(transcript.text.contains(">> for i = 1:4\n..   total = total + i;\n.. end\n>> total\ntotal = 10\n"))
    }

    @Test func tabCompletesVariablesBuiltinsAndKeywords() {
        let (engine, _) = engine()
        _ = engine.execute("learningRate = 0.1; learnables = 2;")
        let line = "y = lea"
        #expect(engine.completions(line: line, cursor: line.endIndex) == Completions(
            stem: "lea", candidates: ["learnables", "learningRate"]))
        let keyword = "whi"
        #expect(engine.completions(line: keyword, cursor: keyword.endIndex).candidates.contains("while"))
    }

    @Test func tabCompletesStructFieldsAfterADot() {
        let (engine, _) = engine()
        _ = engine.execute("s.alpha = 1; s.beta.gamma = 2; s.beta.delta = 3;")
        let fields = "disp(s."
        #expect(engine.completions(line: fields, cursor: fields.endIndex) == Completions(stem: "", candidates: ["alpha", "beta"]))
        let nested = "s.beta.g"
        #expect(engine.completions(line: nested, cursor: nested.endIndex) == Completions(stem: "g", candidates: ["gamma"]))
        let missing = "s.nothing.x"
        #expect(engine.completions(line: missing, cursor: missing.endIndex).candidates.isEmpty)
    }
}
