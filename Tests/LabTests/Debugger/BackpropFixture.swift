import Autograd
import Lab
import NeuralNet

/// The example's network (784→10→10→10→10) on a small deterministic batch, and a session with a
/// debugger reading `K>>` lines from a scripted reader.
struct BackpropFixture {
    let network: Network
    let input: Tensor
    let targets: Tensor
    let transcript = Transcript()
    let session: Session
    let debugger: Debugger

    init(activation: HiddenActivation = .sigmoid, lines: [String] = [], batch: Int = 8, weightScale: Float = 1,
         inputScale: Float = 1) throws {
        var generator = RandomGenerator(seed: 7)
        var network = try Network(layers: ExampleTrainer.exampleLayers(activation: activation), using: &generator)
        if weightScale != 1 {
            try network.updateLearnables { _, value in
                value = Tensor(shape: value.shape, scalars: value.scalars.map { $0 * weightScale })
            }
        }
        self.network = network
        input = Tensor(shape: [28, 28, 1, batch]) { out in
            for i in out.indices { out[i] = generator.nextUniformFloat() * inputScale }
        }
        targets = Tensor(shape: [10, batch]) { out in
            for j in 0..<batch { out[(j * 3) % 10 + j * 10] = 1 }
        }
        session = Session(output: transcript, currentFolder: "/tmp", lessons: LessonCatalog(folder: nil))
        debugger = Debugger(session: session, reader: ScriptedLineReader(lines: lines, transcript: transcript))
    }

    /// What `dlgradient` does: a fresh forward pass on a tape, then the debugger's backward hook.
    func backwardThroughDebugger() throws -> (tape: Tape, trace: ForwardTrace, gradients: Gradients) {
        let tape = Tape()
        let x = tape.constant(input, name: "X")
        let t = tape.constant(targets, name: "T")
        let trace = try network.forward(x, on: tape)
        let lossFunction = Loss.crossEntropy
        let loss = try lossFunction(trace.output, t, on: tape)
        return (tape, trace, try debugger.backward(tape: tape, loss: loss))
    }

    /// A frame on a fresh forward pass, before its first step.
    func pausedFrame() throws -> BackpropFrame {
        let tape = Tape()
        let trace = try network.forward(tape.constant(input, name: "X"), on: tape)
        let lossFunction = Loss.crossEntropy
        let loss = try lossFunction(trace.output, tape.constant(targets, name: "T"), on: tape)
        return try BackpropFrame(tape: tape, loss: loss, iteration: 1)
    }

    /// The reference: a full, unpaused backward pass.
    func reference() throws -> LossAndGradients {
        try network.lossAndGradients(input: input, targets: targets)
    }
}
