import Autograd
import MatLang

/// What the deep-learning built-ins share within one session: the session's generator, the
/// `dlfeval` traces in progress, and the last backward pass (for the debugger).
///
/// NOTE: `@unchecked Sendable` because built-ins only run on the interpreter's thread.
public final class DeepLearningState: @unchecked Sendable {
    /// The session's generator (initialisers, digit data, shuffles).
    public let random: EngineRandomSource
    /// The tapes of the `dlfeval` calls in progress, innermost last.
    public private(set) var traces: [Tape] = []
    /// The tape of the last `dlgradient` call, kept for inspection after it returned.
    public private(set) var lastTape: Tape?
    /// The stepper of the last `dlgradient` call, run to the end.
    public private(set) var lastStepper: BackwardStepper?
    /// Called with a fresh stepper before `dlgradient` runs it to the end: a debugger may step
    /// it (pausing the backward pass); whatever remains is run afterwards.
    public var backwardHook: ((BackwardStepper) -> Void)?

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

    /// Runs a backward pass from `loss`, letting the hook step it first.
    func backward(from loss: Autograd.Variable) throws(RuntimeError) -> Gradients {
        let stepper = try DLArray.engine("dlgradient") { () throws(TensorError) in
            try BackwardStepper(tape: loss.tape, loss: loss, recordsHistory: backwardHook != nil)
        }
        backwardHook?(stepper)
        stepper.runToEnd()
        lastTape = loss.tape
        lastStepper = stepper
        return stepper.gradients
    }
}
