import Autograd
import Foundation
import Lab
import NeuralNet
import Testing

@Suite struct BackpropFrameTests {
    @Test func theExampleNetworkStepsAsLossSoftmaxTheLastLayerThenActivationAndWeightsPairs() throws {
        let frame = try BackpropFixture().pausedFrame()
        let names = frame.cardSteps.map { $0.spanIndices.map { frame.spans[$0].name } }
        #expect(names == [[], ["softmax"], ["fc_4"], ["sigmoid_3", "fc_3"], ["sigmoid_2", "fc_2"], ["sigmoid_1", "fc_1"]])
        #expect(frame.stepCount == 6)
    }

    @Test func everyCardShowsTheNormsOfTheGradientsAFullBackwardReturns() throws {
        let fixture = try BackpropFixture()
        let reference = try fixture.reference()
        let fullGradients = try reference.tape.gradients(of: reference.lossVariable)
        let frame = try fixture.pausedFrame()
        let learnables = fixture.network.learnables
        func fullNorm(ofLayer name: String) throws -> Double {
            let output = try #require(reference.trace.layerOutputs.first { $0.layer == name }?.output)
            return norm(try #require(fullGradients[output]))
        }
        var checked = 0
        while frame.stepLayer() {
            let focus = try #require(frame.focus)
            let card = frame.card(at: focus)
            let indices = frame.cardSteps[focus].spanIndices
            guard let top = indices.first else { continue }
            #expect(card.incomingNorm == (try fullNorm(ofLayer: frame.spans[top].name)))
            guard let weighted = indices.first(where: { frame.spans[$0].weightsID != nil }) else { continue }
            let name = frame.spans[weighted].name
            let row = try #require(learnables.firstIndex { $0.layer == name && $0.parameter == "Weights" })
            #expect(card.weightGradientNorm == norm(reference.gradients[row]))
            if card.activation != nil {
                #expect(card.activationInputNorm == (try fullNorm(ofLayer: name)))
            }
            if weighted > 0 {
                #expect(card.outgoingNorm == (try fullNorm(ofLayer: frame.spans[weighted - 1].name)))
                #expect(card.weightFactor == card.outgoingNorm! / (card.activationInputNorm ?? card.incomingNorm!))
            } else {
                #expect(card.outgoingNorm == nil && card.readsData)
            }
            checked += 1
        }
        #expect(checked == 4)
    }

    @Test func aSigmoidCardShowsTheDerivativeUnderItsQuarterCeiling() throws {
        let frame = try BackpropFixture().pausedFrame()
        frame.stepLayer(count: 4)
        let card = frame.card(at: try #require(frame.focus))
        #expect(card.title == "fc_3 ← sigmoid_3")
        #expect(card.number == 3)
        let activation = try #require(card.activation)
        #expect(activation.kind == .sigmoid)
        #expect(activation.maximum <= 0.25 && activation.mean > 0)
        #expect(activation.histogram().reduce(0, +) == 10 * 8)
        let factor = try #require(card.activationFactor)
        #expect(factor > 0 && factor <= 0.25)
    }

    @Test func aReluCardCountsUnitsThatAreZeroForEverySample() throws {
        let frame = try BackpropFixture(activation: .relu).pausedFrame()
        frame.stepLayer(count: 4)
        let card = frame.card(at: try #require(frame.focus))
        #expect(card.title == "fc_3 ← relu_3")
        let activation = try #require(card.activation)
        let tape = frame.stepper.tape
        let relu = frame.spans[frame.cardSteps[3].spanIndices[0]]
        let output = tape[relu.outputID].value.scalars
        let dead = (0..<10).filter { unit in (0..<8).allSatisfy { output[unit + 10 * $0] <= 0 } }.count
        #expect(activation.unitCount == 10)
        #expect(activation.deadUnits == dead)
        #expect(activation.passingShare == Double(output.filter { $0 > 0 }.count) / 80)
    }

    @Test func stepBackUndoesAWholeStepAndAnOpStepSeparately() throws {
        let frame = try BackpropFixture().pausedFrame()
        frame.stepLayer(count: 3)
        let afterThree = frame.stepper.position
        #expect(frame.stepOp())
        let afterOp = frame.stepper.position
        #expect(afterOp == afterThree + 1)
        #expect(frame.stepLayer())
        #expect(frame.stepper.position == frame.cardSteps[3].planRange.upperBound)
        try frame.stepBack()
        #expect(frame.stepper.position == afterOp)
        #expect(frame.focus == 3)
        try frame.stepBack()
        #expect(frame.stepper.position == afterThree)
        #expect(frame.focus == 2)
        #expect(frame.stepsTaken == 3)
    }

    @Test func theSparklineScalesBinsToTheTallest() {
        #expect(CardRenderer.sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█")
    }

    private func norm(_ tensor: Tensor) -> Double {
        var sum = 0.0
        for x in tensor.scalars { sum += Double(x) * Double(x) }
        return sum.squareRoot()
    }
}

extension BackpropFrame {
    /// Takes `count` card steps.
    func stepLayer(count: Int) {
        for _ in 0..<count { stepLayer() }
    }
}
