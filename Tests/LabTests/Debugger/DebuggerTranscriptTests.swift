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
        let fixture = try BackpropFixture(lines: ["dbstep", "dbstep", "dbstep", "dbstep", "dbstep back", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let parts = fixture.transcript.text.components(separatedBy: "K>> ")
        #expect(parts.count == 8)
        #expect(parts[4] == parts[6])
        #expect(parts[4].contains("◀ fc_3 ← sigmoid_3"))
    }

    @Test func aHiddenLayerCardShowsTheActivationAndTheWeightsOnOneCard() throws {
        let fixture = try BackpropFixture(lines: ["dbstep", "dbstep", "dbstep", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.hasPrefix("Paused before backward pass 1 (6 layer steps). `dbstep` steps one layer.\nK>> dbstep\n◀ loss"))
        #expect(text.contains("""
            K>> dbstep
            ◀ fc_4        backward step 3 of 6 · iteration 1
              in    ‖∂L/∂z₄‖ = 3.4e-01
              ∂L/∂W₄ = ∂L/∂z₄ · a₃ᵀ        ‖·‖ = 2.8e-01
              out   ‖∂L/∂a₃‖ = ‖W₄ᵀ ∂L/∂z₄‖ = 3.5e-01   ×1.04 (weights)
              since the loss: ×0.08

            """))
        #expect(text.contains("""
            K>> dbstep
            ◀ fc_3 ← sigmoid_3        backward step 4 of 6 · iteration 1
              in    ‖∂L/∂a₃‖ = 3.5e-01
              σ′    mean 0.236  max 0.250 (≤ 0.25)  saturated(<0.01) 0%        ▂█
              ∂L/∂z₃ = ∂L/∂a₃ ⊙ σ′(z₃)     ‖·‖ = 8.3e-02   ×0.24 (activation)
              ∂L/∂W₃ = ∂L/∂z₃ · a₂ᵀ        ‖·‖ = 8.4e-02
              out   ‖∂L/∂a₂‖ = ‖W₃ᵀ ∂L/∂z₃‖ = 8.5e-02   ×1.03 (weights)
              since the loss: ×0.02

            """))
    }

    @Test func theFirstLayerReadsTheDataAndPassesNoGradientFurther() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 6", "explain", "dbstep", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("◀ fc_1 ← sigmoid_1        backward step 6 of 6 · iteration 1\n"))
        #expect(text.contains("  ∂L/∂W₁ = ∂L/∂z₁ · xᵀ"))
        #expect(text.contains("  out   (the layer reads the data: no gradient flows further)\n  since the loss: ×"))
        #expect(text.contains("This layer reads the data, so no gradient flows below it."))
        #expect(text.contains("K>> dbstep\nThe backward pass is complete; `dbcont` continues the program.\n"))
    }

    @Test func emptyLineRepeatsTheLastStepAndAliasesWork() throws {
        let fixture = try BackpropFixture(lines: ["s", "", "n", "where", "u", "d", "explain", "c"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("backward step 2 of 6"))
        #expect(text.contains("backward step 3 of 6"))
        #expect(text.contains("  →    3  fc_4 "))
        #expect(text.contains("Weight factor: ∂L/∂a₃ = W₄ᵀ ∂L/∂z₄"))
        #expect(fixture.transcript.errors.isEmpty)
    }

    @Test func explainNamesTheGradientEachKindOfStepReceives() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 2", "explain", "dbstep", "explain", "dbstep", "explain", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("At softmax the chain rule multiplies the incoming gradient ‖∂L/∂y‖ = 4.2e+00"
                              + " by the layer's local derivative.\n  The layer scales the gradient by ×0.08.\n"))
        #expect(text.contains("At fc_4 the chain rule multiplies the incoming gradient ‖∂L/∂z₄‖ = 3.4e-01"
                              + " by the layer's local derivative.\n  Weight factor: ∂L/∂a₃ = W₄ᵀ ∂L/∂z₄, so the gradient is ×1.04"))
        #expect(text.contains("At fc_3 ← sigmoid_3 the chain rule multiplies the incoming gradient ‖∂L/∂a₃‖ = 3.5e-01"
                              + " by two local derivatives.\n"))
        #expect(text.contains("  The activation factor (×0.24) is the smaller one; the whole step scales the gradient by ×0.24.\n"))
    }

    @Test func dbstackMarksBothLayersOfTheFocusedStep() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 4", "dbstack", "dbcont"])
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("  backprop · iteration 1 · step 4 of 6\n    step  layer        output       ‖∂L/∂out‖\n"))
        #expect(text.contains("\n  →    4  sigmoid_3    10×8         3.5e-01\n  →       fc_3         10×8         8.3e-02\n"))
        #expect(text.contains("\n       5  sigmoid_2    10×8         8.5e-02\n          fc_2         10×8         \n"))
    }

    @Test func frameVariablesAreReadableAndRemovedAfterwards() throws {
        let fixture = try BackpropFixture(lines: ["dbstep 4", "disp(size(sigmaPrime))", "disp(layer)",
                                                  "disp(norm(dz(:)) / norm(da(:)))", "disp(norm(daPrev(:)) / norm(dz(:)))",
                                                  "dbup", "disp(size(dW))", "dbdown", "dbdown", "dbcont"])
        _ = fixture.session.execute("z = 5;")
        _ = fixture.session.execute("dbstop in backprop")
        _ = try fixture.backwardThroughDebugger()
        let text = fixture.transcript.text
        #expect(text.contains("K>> disp(size(sigmaPrime))\n    10     8\n"))
        #expect(text.contains("K>> disp(layer)\nfc_3\n"))
        #expect(text.contains("K>> disp(norm(dz(:)) / norm(da(:)))\n    0.2"))
        #expect(text.contains("K>> disp(norm(daPrev(:)) / norm(dz(:)))\n    1.0"))
        #expect(text.contains("K>> disp(size(dW))\n    10    10\n"))
        #expect(text.contains("""
            ◀ fc_2 ← sigmoid_2        backward step 5 of 6 · iteration 1
              in    ‖∂L/∂a₂‖ = 8.5e-02
            """))
        #expect(text.contains("  ∂L/∂z₂   (not reached yet)\n  out   (not reached yet)\n"))
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
        #expect(fixture.transcript.text.contains("    step  layer        output       ‖∂L/∂out‖"))
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

    @Test func gradflowAtIterationShowsTheRecordedPassWithoutRerunning() throws {
        let fixture = try BackpropFixture()
        _ = fixture.session.registerDeepLearning()
        _ = fixture.session.execute("record on")
        _ = try fixture.backwardThroughDebugger()
        _ = try fixture.backwardThroughDebugger()
        let before = fixture.transcript.text.count
        _ = fixture.session.execute("gradhistory at iteration 1")
        let history = String(fixture.transcript.text.dropFirst(before))
        _ = fixture.session.execute("gradflow at iteration 1")
        let flow = String(fixture.transcript.text.dropFirst(before + history.count))
        #expect(history.hasPrefix("  gradient flow · iteration 1\n"))
        #expect(flow == history)
        _ = fixture.session.execute("gradflow at iteration 7")
        #expect(fixture.transcript.text.hasSuffix("Iteration 7 was not recorded.\n"))
    }
}
