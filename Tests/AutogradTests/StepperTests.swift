import Autograd
import Testing

/// A 4-layer fully connected network like the example's (smaller input), recorded on a tape.
struct SmallNetwork {
    let tape = Tape()
    var parameters: [Variable] = []
    var loss: Variable!

    init(activation: String, seed: UInt64 = 3) throws {
        var s = Sampler(seed: seed)
        let widths = [20, 10, 10, 10, 10]
        let x = tape.leaf(s.uniform([20, 16]), name: "X", requiresGradient: false)
        var a = x
        for layer in 1...4 {
            let w = tape.leaf(s.uniform([widths[layer], widths[layer - 1]]), name: "Weights", layer: "fc_\(layer)")
            let b = tape.leaf(s.uniform([widths[layer], 1], in: -0.1...0.1), name: "Bias", layer: "fc_\(layer)")
            parameters += [w, b]
            let input = a
            let z = try tape.withLabel("fc_\(layer)") { try tape.fullyConnected(weights: w, input: input, bias: b) }
            if layer < 4 {
                a = try tape.withLabel("\(activation)_\(layer)") {
                    activation == "relu" ? try tape.relu(z) : try tape.sigmoid(z)
                }
            } else {
                a = try tape.withLabel("softmax") { try tape.softmax(z) }
            }
        }
        let targets = tape.constant(s.oneHot(classes: 10, batch: 16), name: "T")
        loss = try tape.crossEntropy(a, targets)
    }

    /// Every node's gradient in the stepper's current state.
    func snapshot(_ stepper: BackwardStepper) -> [[Float]?] {
        (0..<tape.count).map { stepper.gradient(of: $0)?.scalars }
    }
}

@Suite("BackwardStepper")
struct StepperTests {
    @Test("Stepping layer by layer gives bit-for-bit the full backward pass", arguments: ["sigmoid", "relu"])
    func layerStepsEqualFullBackward(_ activation: String) throws {
        let net = try SmallNetwork(activation: activation)
        let full = try net.tape.gradients(of: net.loss)
        let stepper = try BackwardStepper(tape: net.tape, loss: net.loss)
        var layers: [String?] = []
        while let step = stepper.stepLayer() { layers.append(step.layer) }
        #expect(layers == [nil, "softmax", "fc_4", "\(activation)_3", "fc_3", "\(activation)_2", "fc_2",
                           "\(activation)_1", "fc_1"])
        #expect(stepper.layerStepCount == layers.count)
        for id in 0..<net.tape.count {
            #expect(stepper.gradient(of: id)?.scalars == full[id]?.scalars, "node \(id)")
        }
        for p in net.parameters { #expect(full[p] != nil) }
    }

    @Test("Stepping op by op gives bit-for-bit the full backward pass, one node per step")
    func opStepsEqualFullBackward() throws {
        let net = try SmallNetwork(activation: "sigmoid")
        let full = try net.tape.gradients(of: net.loss)
        let stepper = try BackwardStepper(tape: net.tape, loss: net.loss)
        var visited: [Int] = []
        while let step = stepper.stepOp() {
            #expect(step.kind == .op)
            #expect(step.nodeIDs.count == 1)
            #expect(step.number == visited.count + 1)
            visited += step.nodeIDs
        }
        #expect(visited == stepper.plan)
        #expect(visited == visited.sorted(by: >))
        #expect(visited.first == net.loss.id)
        #expect(net.tape[visited.last!].label == NodeLabel(layer: "fc_1", name: "fullyconnect"))
        for id in 0..<net.tape.count { #expect(stepper.gradient(of: id)?.scalars == full[id]?.scalars) }
    }

    @Test("Stepping back restores the state before the step, and stepping again reproduces it")
    func stepBackThenStepReproduces() throws {
        let net = try SmallNetwork(activation: "relu")
        let stepper = try BackwardStepper(tape: net.tape, loss: net.loss)
        #expect(stepper.stepBack() == nil)
        stepper.stepLayer()
        stepper.stepLayer()
        let before = net.snapshot(stepper)
        let positionBefore = stepper.position
        let step = try #require(stepper.stepLayer())
        #expect(step.layer == "fc_4")
        let after = net.snapshot(stepper)
        #expect(after != before)
        #expect(stepper.stepBack() == step)
        #expect(net.snapshot(stepper) == before)
        #expect(stepper.position == positionBefore)
        #expect(stepper.stepLayer() == step)
        #expect(net.snapshot(stepper) == after)
    }

    @Test("Gradients of reached nodes are readable mid-pass, unreached ones are not")
    func gradientsReadableMidPass() throws {
        let net = try SmallNetwork(activation: "sigmoid")
        let stepper = try BackwardStepper(tape: net.tape, loss: net.loss)
        let fc1Weights = net.parameters[0], fc4Weights = net.parameters[6]
        while stepper.nextNode?.label.layer != "sigmoid_3" { stepper.stepOp() }
        #expect(stepper.gradient(of: fc4Weights) != nil)
        #expect(stepper.gradient(of: fc1Weights) == nil)
        stepper.runToEnd()
        #expect(stepper.isFinished)
        #expect(stepper.gradient(of: fc1Weights)?.shape == Shape([10, 20]))
        #expect(stepper.runToEnd() == nil)
    }

    @Test("Without history, stepping back is unavailable")
    func noHistoryNoStepBack() throws {
        let net = try SmallNetwork(activation: "sigmoid")
        let stepper = try BackwardStepper(tape: net.tape, loss: net.loss, recordsHistory: false)
        stepper.stepLayer()
        #expect(stepper.stepBack() == nil)
        #expect(stepper.steps.isEmpty)
    }

    @Test("A shared input accumulates the gradients of all its uses")
    func sharedInputAccumulates() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [3, -2]))
        let y = try tape.sum(try tape.add(try tape.multiply(x, x), x))
        let g = try #require(try tape.gradients(of: y)[x])
        #expect(g.scalars == [7, -3])
    }

    @Test("Only a scalar can be differentiated")
    func nonScalarLossThrows() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(zeros: [2, 2]))
        #expect(throws: TensorError.nonScalarLoss(shape: [2, 2])) { try tape.gradients(of: x) }
    }
}
