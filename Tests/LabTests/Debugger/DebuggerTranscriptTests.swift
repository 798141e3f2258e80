import Autograd
import Lab
import NeuralNet
import Testing

@Suite struct DebuggerTranscriptTests {
    @Test func dbcontAfterSteppingGivesTheUnpausedGradientsBitForBit() throws {
        let fixture = try BackpropFixture(lines: ["dbstep", "dbstep", "dbstep in", "dbstep back", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        let paused = try fixture.backwardThroughDebugger()
        let reference = try fixture.reference()
        for (index, variable) in paused.trace.learnables.enumerated() {
            #expect(paused.gradients.gradientOrZeros(of: variable).scalars == reference.gradients[index].scalars)
        }
        #expect(fixture.transcript.text.contains("K>> dbcont"))
        #expect(!fixture.session.isPaused)
    }

    @Test func stepBackThenStepReproducesTheSameCard() throws {
        let fixture = try BackpropFixture(lines: ["dbstep", "dbstep", "dbstep", "dbstep back", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let parts = fixture.transcript.text.components(separatedBy: "K>> ")
        #expect(parts.count == 7)
        #expect(parts[3] == parts[5])
        #expect(parts[3].contains("◀ fc_4 ← sigmoid_3"))
    }

    @Test func theFirstCardsOfTheExampleNetworkReadAsDesigned() throws {
        let fixture = try BackpropFixture(lines: ["dbstep", "dbstep", "dbstep", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.hasPrefix("Paused before backward pass 1 (9 layer steps). `dbstep` steps one layer.\nK>> dbstep\n◀ loss"))
        #expect(text.contains("◀ fc_4 ← sigmoid_3        backward step 3 of 9 · iteration 1\n  in    ‖∂L/∂z‖ = "))
        #expect(text.contains("  ∂L/∂W = ∂L/∂z · aᵀ        ‖·‖ = "))
        #expect(text.contains("◀ sigmoid_3 ← fc_3        backward step 4 of 9 · iteration 1\n  in    ‖∂L/∂a‖ = "))
        #expect(text.contains("(≤ 0.25)  saturated(<0.01) "))
        #expect(text.contains("(activation)\n  since the loss: ×"))
    }

    @Test func emptyLineRepeatsTheLastStepAndAliasesWork() throws {
        let fixture = try BackpropFixture(lines: ["s", "", "n", "where", "u", "d", "explain", "c"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("backward step 2 of 9"))
        #expect(text.contains("backward step 3 of 9"))
        #expect(text.contains("  → fc_4"))
        #expect(text.contains("Weight factor: ∂L/∂a = Wᵀ ∂L/∂z"))
        #expect(fixture.transcript.errors.isEmpty)
    }

    @Test func frameVariablesAreReadableAndRemovedAfterwards() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 4", "disp(size(sigmaPrime))", "disp(layer)",
                                                  "dbup", "disp(size(dW))", "dbdown", "dbdown", "dbcont"])
        _ = fixture.session.execute("z = 5;")
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("K>> disp(size(sigmaPrime))\n    10     8\n"))
        #expect(text.contains("K>> disp(layer)\nsigmoid_3\n"))
        #expect(text.contains("K>> disp(size(dW))\n    10    10\n"))
        #expect(text.contains("◀ fc_3 ← sigmoid_2        backward step 4 of 9 · iteration 1\n  in    ‖∂L/∂z‖ = 8.3e-02\n  out   (not reached yet)\n"))
        #expect(fixture.transcript.errors.isEmpty)
        #expect(fixture.session.workspace.value(of: "dW") == nil)
        #expect(try fixture.session.workspace.value(of: "z")?.scalarDouble() == 5)
    }

    @Test func displayedExpressionsAreShownAgainAfterEveryStep() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 4", "display size(dz, 1)", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let shown = fixture.transcript.text.components(separatedBy: "ans =\n\n    10\n")
        #expect(shown.count == 3)
        #expect(fixture.debugger.displays == ["size(dz, 1)"])
    }

    @Test func dbquitAbandonsTheStatementAndKeepsTheWorkspace() throws {
        let fixture = try BackpropFixture(lines: ["dbstep", "q"])
        _ = fixture.session.execute("x = 3;")
        _ = fixture.session.execute("dbstop in backprop")
        #expect(throws: DebuggerError.quit) { try fixture.backwardThroughDebugger() }
        #expect(!fixture.session.isPaused)
        #expect(try fixture.session.workspace.value(of: "x")?.scalarDouble() == 3)
    }

    @Test func atIterationCountsBackwardPasses() throws {
        let fixture = try BackpropFixture(lines: ["dbcont"])
        _ = fixture.session.execute("dbstop in backprop at iteration 2")
        _ = try fixture.backwardThroughDebugger()
        #expect(!fixture.transcript.text.contains("Paused"))
        _ = try fixture.backwardThroughDebugger()
        #expect(fixture.transcript.text.contains("Paused before backward pass 2"))
    }

    @Test func aGradnormConditionPausesOnlyWhenTrue() throws {
        let fixture = try BackpropFixture(lines: ["dbstack", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop if gradnorm(\"fc_1\") > 1e9")
        _ = try fixture.backwardThroughDebugger()
        #expect(!fixture.transcript.text.contains("Paused"))
        _ = fixture.session.execute("dbclear all")
        _ = fixture.session.execute("dbstop in backprop if gradnorm(\"fc_1\") < 1e9")
        _ = try fixture.backwardThroughDebugger()
        #expect(fixture.transcript.text.contains("is true."))
        #expect(fixture.transcript.text.contains("    layer        output       ‖∂L/∂out‖"))
    }

    @Test func naninfNamesTheFirstNonFiniteOpInForwardOrder() throws {
        let fixture = try BackpropFixture(lines: ["dbcont"], weightScale: 1e4, inputScale: 1e36)
        _ = fixture.session.execute("dbstop if naninf")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("NaN/Inf first appears in the forward pass at op"))
        #expect(text.contains("in layer fc_"))
    }

    @Test func recordOnKeepsEveryPassForGradhistory() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.execute("record on")
        _ = try fixture.backwardThroughDebugger()
        _ = try fixture.backwardThroughDebugger()
        _ = fixture.session.execute("gradhistory at iteration 2")
        _ = fixture.session.execute("gradhistory fc_1")
        let text = fixture.transcript.text
        #expect(text.contains("gradient flow · iteration 2\n"))
        #expect(text.contains("fc_1 ‖∂L/∂out‖ over 2 iterations"))
    }
}
