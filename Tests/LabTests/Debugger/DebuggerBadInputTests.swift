import Lab
import Testing

@Suite struct DebuggerBadInputTests {
    @Test(arguments: ["dbstep", "dbcont", "dbquit", "dbstack", "dbup", "explain"])
    func steppingCommandsWithNothingPausedSayHowToPause(command: String) throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute(command)
        #expect(fixture.transcript.errors.contains("`\(command)` works only while the debugger is paused"))
        _ = fixture.session.execute("y = 1 + 1")
        #expect(fixture.transcript.text.hasSuffix("y =\n\n     2\n\n"))
    }

    @Test func anUnknownLayerInAConditionIsReportedAndDoesNotPause() throws {
        let fixture = try BackpropFixture(lines: ["dbcont"])
        _ = fixture.session.execute("dbstop in backprop if gradnorm(\"fc_9\") < 1")
        _ = try fixture.backwardThroughDebugger()
        #expect(fixture.transcript.errors.contains("No layer named 'fc_9' in this backward pass (layers: "))
        #expect(!fixture.transcript.text.contains("Paused"))
    }

    @Test func aConditionThatErrorsIsTreatedAsFalse() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("dbstop in backprop if undefinedThing > 1")
        _ = try fixture.backwardThroughDebugger()
        #expect(fixture.transcript.errors.contains("failed and was treated as false"))
    }

    @Test func malformedBreakpointsShowTheUsage() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("dbstop in backprop at iteration zero")
        #expect(fixture.transcript.errors.contains("Usage: dbstop in backprop"))
        _ = fixture.session.execute("dbstatus")
        #expect(fixture.transcript.text.contains("No breakpoints are set."))
    }

    @Test func gradnormOutsideABackwardPassExplainsWhereItWorks() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("gradnorm(\"fc_1\")")
        #expect(fixture.transcript.errors.contains("needs a backward pass"))
    }
}
