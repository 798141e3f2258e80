import Autograd
import Lab
import NeuralNet
import Testing

@Suite struct DbcommandsTests {
    @Test func attachedLinesAreEchoedAfterThePromptAndRunAsIfTyped() throws {
        let fixture = try BackpropFixture(lines: ["dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = fixture.session.execute("dbcommands(\"dbstep\", \"dbstep\", \"x = 4;\", \"disp(x)\")")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("The next backprop pause runs 4 K>> lines.\n"))
        #expect(text.contains("K>> dbstep\n◀ loss        backward step 1 of 6"))
        #expect(text.contains("K>> dbstep\n◀ softmax        backward step 2 of 6"))
        #expect(text.contains("K>> x = 4;\nK>> disp(x)\n     4\nK>> dbcont\n"))
        #expect(try fixture.session.workspace.value(of: "x")?.scalarDouble() == 4)
        #expect(fixture.debugger.pauseCommands.isEmpty)
    }

    @Test func withNoOneToTypeTheRunContinuesWhenTheListEnds() throws {
        let fixture = try BackpropFixture()
        fixture.debugger.reader = nil
        _ = fixture.session.execute("dbstop in backprop")
        _ = fixture.session.execute("dbcommands dbstep explain")
        let paused = try fixture.backwardThroughDebugger()
        let reference = try fixture.reference()
        for (index, variable) in paused.trace.learnables.enumerated() {
            #expect(paused.gradients.gradientOrZeros(of: variable).scalars == reference.gradients[index].scalars)
        }
        let text = fixture.transcript.text
        #expect(text.contains("Paused before backward pass 1"))
        #expect(text.hasSuffix("K>> explain\nThe loss step seeds ∂L/∂L = 1 and runs the loss's own backward rule: the gradient"
                               + " at the network's output has norm 4.2e+00. `dbstep` goes down into the layers.\n"))
        #expect(!fixture.session.isPaused)
    }

    @Test func theListIsUsedOnceAndWithNoReaderNothingElsePauses() throws {
        let fixture = try BackpropFixture()
        fixture.debugger.reader = nil
        _ = fixture.session.execute("dbstop in backprop")
        _ = fixture.session.execute("dbcommands(\"dbstep\", \"dbcont\")")
        _ = try fixture.backwardThroughDebugger()
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.components(separatedBy: "Paused before backward pass").count == 2)
        #expect(!text.contains("backward pass 2"))
    }

    @Test func dbquitInTheListAbandonsTheStatement() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("dbstop in backprop")
        _ = fixture.session.execute("dbcommands(\"dbstep\", \"q\")")
        #expect(throws: DebuggerError.quit) { try fixture.backwardThroughDebugger() }
        #expect(!fixture.session.isPaused)
    }

    @Test func withoutABreakpointTheListWaitsForThePause() throws {
        let fixture = try BackpropFixture(lines: ["dbcont"])
        _ = fixture.session.execute("dbcommands(\"dbstack\")")
        _ = try fixture.backwardThroughDebugger()
        #expect(!fixture.transcript.text.contains("Paused"))
        #expect(fixture.debugger.pauseCommands == ["dbstack"])
        _ = fixture.session.execute("dbcommands")
        #expect(fixture.transcript.text.hasSuffix("No commands attached to the next backprop pause.\n"))
        #expect(fixture.debugger.pauseCommands.isEmpty)
    }

    @Test func helpExplainsDbcommands() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("help dbcommands")
        let text = fixture.transcript.text
        #expect(text.contains("dbcommands(\"LINE\", ...): run these K>> lines at the next backprop pause"))
        #expect(text.contains("a script run with no one to type"))
    }
}

@Suite struct PausedStatementErrorTests {
    @Test func anErrorInThePausedStatementShowsItsOwnLineNotTheLastKLine() throws {
        let (session, state, transcript, _) = makeDeepLearningSession()
        let debugger = Debugger(session: session)
        state.backwardPass = { tape, loss, targets in try debugger.backward(tape: tape, loss: loss, targets: targets) }
        _ = session.execute("""
            net = dlnetwork([featureInputLayer(3) fullyConnectedLayer(2) softmaxLayer]);
            X = dlarray(ones(3, 4), "CB"); T = dlarray([1 0 1 0; 0 1 0 1], "CB");
            """)
        _ = session.execute("dbstop in backprop")
        _ = session.execute("dbcommands(\"y = 2;\", \"dbcont\")")
        let statement = "[a, b] = dlfeval(@(n, x, t) dlgradient(crossentropy(forward(n, x), t), n.Learnables), net, X, T);"
        #expect(session.execute(statement) != .completed)
        #expect(transcript.errors.contains("Insufficient number of outputs"))
        #expect(transcript.errors.contains(statement + "\n^"), "\(transcript.errors)")
        #expect(!transcript.errors.contains("dbcont\n^"))
    }
}
