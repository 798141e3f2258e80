import Autograd
import MatLang

/// What the deep-learning built-ins share within one session: the session's generator, the
/// `dlfeval` traces in progress, and the debugger's backward pass.
///
/// NOTE: `@unchecked Sendable` because built-ins only run on the interpreter's thread.
public final class DeepLearningState: @unchecked Sendable {
    /// The session's generator (initialisers, digit data, shuffles).
    public let random: EngineRandomSource
    /// The tapes of the `dlfeval` calls in progress, innermost last.
    public private(set) var traces: [Tape] = []
    /// Runs the backward pass of `dlgradient` instead of the plain one when set: the debugger
    /// installs itself here so `dbstop in backprop` can pause and step the pass. It must return
    /// the same gradients a plain pass gives; an error it throws (e.g. `dbquit`) abandons the
    /// statement.
    /// Its third argument lists the variables whose gradients are wanted.
    public var backwardPass: ((Tape, Autograd.Variable, [Autograd.Variable]) throws -> Gradients)?

    /// Creates the state over a session's generator.
    public init(random: EngineRandomSource) {
        self.random = random
    }

    /// The innermost trace, if `dlfeval` is running.
    public var currentTape: Tape? { traces.last }

    /// Runs `body` with a new trace.
    func tracing<R>(_ body: (Tape) throws -> R) rethrows -> R {
        let tape = Tape()
        traces.append(tape)
        defer { traces.removeLast() }
        return try body(tape)
    }

    /// Runs a backward pass from `loss`, through ``backwardPass`` when one is installed.
    /// Only the gradients on paths to `targets` are computed on the plain pass.
    func backward(from loss: Autograd.Variable, targets: [Autograd.Variable]) throws -> Gradients {
        if let backwardPass {
            do {
                return try backwardPass(loss.tape, loss, targets)
            } catch let error as TensorError {
                throw RuntimeError.invalidArgument(function: "dlgradient", position: nil, reason: "\(error)")
            }
        }
        return try DLArray.engine("dlgradient") { () throws(TensorError) in
            try loss.tape.gradients(of: loss, withRespectTo: targets)
        }
    }
}
