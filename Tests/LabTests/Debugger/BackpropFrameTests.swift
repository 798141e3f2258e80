import Autograd
import Foundation
import Lab
import NeuralNet
import Testing

@Suite struct BackpropFrameTests {
    @Test func everyLayerCardShowsTheNormsOfTheGradientsAFullBackwardReturns() throws {
        let fixture = try BackpropFixture()
        let reference = try fixture.reference()
        let fullGradients = try reference.tape.gradients(of: reference.lossVariable)
        let tape = Tape()
        let trace = try fixture.network.forward(tape.constant(fixture.input, name: "X"), on: tape)
        let lossFunction = Loss.crossEntropy
        let loss = try lossFunction(trace.output, tape.constant(fixture.targets, name: "T"), on: tape)
        let frame = try BackpropFrame(tape: tape, loss: loss, iteration: 1)
        let learnables = fixture.network.learnables
        var checked = 0
        while frame.stepLayer() != nil {
            guard let focus = frame.focus else { continue }
            let card = frame.card(at: focus)
            let name = frame.spans[focus].name
            let output = try #require(reference.trace.layerOutputs.first { $0.layer == name }?.output)
            #expect(card.incomingNorm == norm(try #require(fullGradients[output])))
            if let row = learnables.firstIndex(where: { $0.layer == name && $0.parameter == "Weights" }) {
                #expect(card.weightGradientNorm == norm(reference.gradients[row]))
                checked += 1
            }
        }
        #expect(checked == 4)
    }

    @Test func aSigmoidCardShowsTheDerivativeUnderItsQuarterCeiling() throws {
        let fixture = try BackpropFixture()
        let tape = Tape()
        let trace = try fixture.network.forward(tape.constant(fixture.input, name: "X"), on: tape)
        let lossFunction = Loss.crossEntropy
        let loss = try lossFunction(trace.output, tape.constant(fixture.targets, name: "T"), on: tape)
        let frame = try BackpropFrame(tape: tape, loss: loss, iteration: 1)
        let sigmoid = try frame.spanIndex(named: "sigmoid_3")
        while frame.focus != sigmoid, frame.stepLayer() != nil {}
        let activation = try #require(frame.card(at: sigmoid).activation)
        #expect(activation.kind == .sigmoid)
        #expect(activation.maximum <= 0.25 && activation.mean > 0)
        #expect(activation.histogram().reduce(0, +) == 10 * 8)
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
