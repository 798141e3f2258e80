import Foundation
import Testing

/// Drives the real binary through a pseudo-terminal with `drive_pty.py`, so libedit itself is exercised.
@Suite(.serialized, .enabled(if: GradlabBinary.python3 != nil, "python3 is not installed; the pseudo-terminal driver needs it"))
struct PseudoTerminalTests {
    private func drive(_ scenario: String) throws -> GradlabBinary.Result {
        let binary = try #require(GradlabBinary.path, "the gradlab executable was not built beside the tests")
        let python = try #require(GradlabBinary.python3)
        return try GradlabBinary.run(python, [GradlabBinary.driverScript, binary, scenario])
    }

    @Test func typingRecallingCompletingAndCtrlCAndCtrlDWorkAtTheTerminal() throws {
        let result = try drive("editing")
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.components(separatedBy: "\nok ").count == 10, "\(result.standardOutput)")
    }

    @Test func escapeKeysNulBytesInvalidUTF8AMegabyteLineAndBinaryGarbageLeaveTheREPLRunning() throws {
        let result = try drive("bad-input")
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == 5, "\(result.standardOutput)")
    }

    @Test(.enabled(if: GradlabBinary.interpreterIsConnected, "the language interpreter is not connected to the executable yet"))
    func statementsVariableCompletionAndInterruptingALoopWorkAtTheTerminal() throws {
        let result = try drive("interpreter")
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
}
