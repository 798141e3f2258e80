import Foundation
import Lab
import Testing

@testable import gradlab

@Suite struct FrontEndPolicyTests {
    @Test(arguments: [
        (false, true, [String: String](), true),
        (true, true, [:], false),
        (false, false, [:], false),
        (false, true, ["NO_COLOR": "1"], false),
        (false, true, ["NO_COLOR": ""], true),
        (false, true, ["TERM": "dumb"], false),
    ])
    func colourIsUsedOnlyOnATerminalWithoutNoColor(flag: Bool, terminal: Bool, environment: [String: String], expected: Bool) {
        #expect(ColorPolicy.usesColor(noColorFlag: flag, isTerminal: terminal, environment: environment) == expected)
    }

    @Test(arguments: [
        (ExecutionOutcome.completed, Int32(0)),
        (.failed(.runtime), 1),
        (.failed(.syntax), 2),
        (.interrupted, 130),
        (.exitRequested(status: 7), 7),
    ])
    func eachOutcomeHasItsOwnExitStatus(outcome: ExecutionOutcome, status: Int32) {
        #expect(ExitStatus.of(outcome) == status)
        #expect(ExitStatus.of(REPL.Termination.stopped(outcome)) == (outcome == .completed ? 0 : status))
    }

    @Test func theFirstInvalidUTF8ByteIsLocated() {
        #expect(ScriptFile.firstInvalidOffset(Array("héllo".utf8) + [0x80]) == 6)
        #expect(ScriptFile.firstInvalidOffset([0xFF]) == 0)
    }
}
