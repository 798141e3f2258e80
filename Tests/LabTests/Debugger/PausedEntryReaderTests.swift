import Testing
@testable import Lab

@Suite("The K>> entry reader judges whole entries as the >> prompt does")
struct PausedEntryReaderTests {
    /// The entries read from `inputs`, until the end of input, and the prompts shown.
    private func entries(_ inputs: [LineInput]) -> (entries: [PausedEntry], prompts: [String]) {
        let session = Session(output: Transcript())
        var reader = PausedEntryReader()
        var remaining = inputs[...]
        var prompts: [String] = []
        var result: [PausedEntry] = []
        while true {
            let entry = reader.next(in: session, read: { prompt in
                prompts.append(prompt)
                return remaining.popFirst() ?? .endOfInput
            }, remember: { _ in })
            result.append(entry)
            if entry == .endOfInput { return (result, prompts) }
        }
    }

    @Test("Unfinished brackets, blocks and function definitions wait for their closing line")
    func unfinishedEntriesWait() {
        let (read, prompts) = entries([
            .line("x = [1 2"), .line("3]"),
            .line("for k = 1:2"), .line("disp(k)"), .line("end"),
            .line("function y = twice(x)"), .line("y = 2 * x;"), .line("end"),
        ])
        #expect(read == [.command("x = [1 2\n3]"), .command("for k = 1:2\ndisp(k)\nend"),
                         .command("function y = twice(x)\ny = 2 * x;\nend"), .endOfInput])
        #expect(prompts.filter { $0 != prompts[0] }.count == 5)
    }

    @Test("An empty line repeats the last step, and Ctrl-C drops a half-typed entry")
    func emptyLinesAndInterrupts() {
        let (read, _) = entries([.line(""), .line("if true"), .interrupted, .line("disp(1)")])
        #expect(read == [.repeatLastStep, .command("disp(1)"), .endOfInput])
    }
}
