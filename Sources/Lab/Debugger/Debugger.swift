import Autograd
import MatLang

/// The debugger's conversation half (pdb over bdb's ``BackpropFrame``): breakpoints, the
/// backward-pass hook, and the nested `K>>` command loop that reads from the session's line reader.
///
/// A backward pass calls ``backward(tape:loss:)``. With no breakpoint set it is a plain
/// `tape.gradients(of:)`. When a breakpoint fires, the hook opens a ``BackpropFrame`` and runs
/// a command loop on the same thread: it reads lines from ``reader`` with the `K>>` prompt and
/// runs them through the session, whose debugger built-ins (`dbstep`, `dbstack`, …) act on the
/// frame, until `dbcont` or `dbquit`. The hook then returns the finished pass's gradients, or
/// throws ``DebuggerError/quit``.
public final class Debugger {
    /// The session whose interpreter runs `K>>` lines.
    public unowned let session: Session
    /// Where `K>>` lines are read from: the same reader the REPL uses. Without one nothing pauses.
    public var reader: (any LineReader)?
    /// The breakpoints set.
    public var breakpoints = BackpropBreakpoints()
    /// How many backward passes went through the hook.
    public private(set) var backwardPassCount = 0
    /// The paused frame, if any.
    public private(set) var frame: BackpropFrame?
    /// The frame a `dbstop in backprop if` condition is evaluated against.
    var conditionFrame: BackpropFrame?
    /// Expressions `display EXPR` asked to re-show after every step.
    public private(set) var displays: [String] = []
    /// Per-layer gradient statistics of every backward pass, when `record on`.
    public var recorder: GradientRecorder?
    /// `dbcommands`: `K>>` lines the next pause runs as if typed (it pauses even with no reader).
    public var pauseCommands: [String] = []
    /// The script half: line breakpoints, `dbstop if error`, stepping through files.
    public private(set) lazy var scripts = ScriptDebugger(debugger: self)

    /// Creates the debugger for `session` and registers its commands there.
    public init(session: Session, reader: (any LineReader)? = nil) {
        self.session = session
        self.reader = reader
        let link = DebuggerLink()
        link.debugger = self
        session.register(DebuggerCommands.functions(link: link))
        scripts.install()
    }

    /// The style cards are rendered in, following the output's colour setting.
    var style: CardStyle { CardStyle(usesColor: session.output.usesColor) }

    /// Runs one backward pass from `loss` on `tape`, pausing when a breakpoint fires. Without a
    /// breakpoint only the gradients `targets` need are computed; a paused pass computes all,
    /// so every layer's card is complete.
    /// - Returns: the gradients, bit-for-bit those of `tape.gradients(of: loss)`.
    /// - Throws: `TensorError` for a loss the engine cannot differentiate; ``DebuggerError/quit``
    ///   when the learner left with `dbquit`.
    public func backward(tape: Tape, loss: Autograd.Variable, targets: [Autograd.Variable]? = nil) throws -> Gradients {
        backwardPassCount += 1
        let iteration = backwardPassCount
        let pausesHere = breakpoints.always || breakpoints.iterations.contains(iteration)
        let inspects = breakpoints.nanInf || !breakpoints.conditions.isEmpty || recorder != nil
        if !pausesHere && !inspects { return try tape.gradients(of: loss, withRespectTo: targets) }
        let canPause = reader != nil || !pauseCommands.isEmpty
        var reason: String?
        if breakpoints.nanInf, let node = tape.firstNonFiniteOp() {
            reason = NonFiniteReport.forward(node: node, tape: tape)
        }
        if reason == nil && !pausesHere {
            // Checked on a pass without undo history that computes only what `targets` need
            // (all of it when recording, whose table includes the input's gradient), as cheap
            // as a plain one; only a pass that pauses is run again with history and every
            // gradient (the numbers are the same, bit for bit).
            let inspected = try BackpropFrame(tape: tape, loss: loss, iteration: iteration, recordsHistory: false,
                                              targets: recorder == nil ? targets : nil)
            inspected.stepper.runToEnd()
            recorder?.record(frame: inspected)
            if breakpoints.nanInf, let id = inspected.stepper.nonFiniteGradientIDs.first {
                reason = NonFiniteReport.backward(id: id, tape: tape)
            } else if let condition = firstTrueCondition(inspected) {
                reason = "Paused before backward pass \(iteration): `\(condition)` is true.\n"
            }
            if reason == nil || !canPause { return inspected.stepper.gradients }
        }
        let frame = try BackpropFrame(tape: tape, loss: loss, iteration: iteration)
        let message = reason ?? "Paused before backward pass \(iteration) (\(frame.stepCount) layer steps). `dbstep` steps one layer.\n"
        guard canPause else { return frame.finish() }
        session.output.write(message)
        try pause(frame)
        return frame.finish()
    }

    private func firstTrueCondition(_ frame: BackpropFrame) -> String? {
        conditionFrame = frame
        defer { conditionFrame = nil }
        for condition in breakpoints.conditions {
            do {
                // Evaluated as an expression in the base workspace: nothing is assigned there.
                if try session.interpreter.value(of: condition).isTrue() { return condition }
            } catch let error as ExecutionError {
                session.output.write("The breakpoint condition `\(condition)` failed and was treated as false: "
                                     + ErrorReport(error: error, sources: [:]).text(style: .interactive), to: .error)
            } catch {
                session.output.write("The breakpoint condition `\(condition)` is not true or false.\n", to: .error)
            }
        }
        return nil
    }

    /// The nested command loop: reads `K>>` lines until the frame is continued or quit.
    private func pause(_ frame: BackpropFrame) throws(DebuggerError) {
        let wasPaused = session.isPaused
        self.frame = frame
        session.isPaused = true
        scripts.enclosingFrames = scripts.currentFrames()
        defer {
            scripts.enclosingFrames = nil
            self.frame = nil
            session.isPaused = wasPaused
        }
        var loop = PausedCommandLoop(debugger: self, reader: reader, commands: pauseCommands)
        pauseCommands = []
        loop.run(frame)
        if frame.resumption == .quitting { throw .quit }
    }

    /// Adds `expression` to the displays shown after every step.
    func addDisplay(_ expression: String) { displays.append(expression) }
}

/// A weak reference from the debugger's built-ins back to it.
///
/// NOTE: built-ins are `@Sendable`, but they only ever run on the thread that owns the session.
final class DebuggerLink: @unchecked Sendable {
    weak var debugger: Debugger?
}
