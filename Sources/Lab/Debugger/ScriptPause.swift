import MatLang

/// The state of a paused script: the call stack, the focused frame, why it stopped, and how
/// the learner resumes (the `K>>` commands set ``resumption``).
final class ScriptPause {
    /// Why the script stopped.
    enum Reason {
        /// A line breakpoint (its condition, if any, was true).
        case breakpoint(ScriptBreakpoint)
        /// A `dbstep` ended here.
        case step
        /// `dbstop if error`: this line raised the error.
        case error(ExecutionError)
    }

    /// How the paused run goes on.
    enum Resumption: Equatable {
        /// Still at `K>>`.
        case paused
        /// `dbcont`: run to the next breakpoint or the end.
        case continuing
        /// `dbquit`: abandon the run.
        case quitting
        /// `dbstep …`: run until the stepper stops.
        case stepping(ScriptStepper.Kind, count: Int)
    }

    /// The call stack, outermost first; the last frame is the paused line.
    let frames: [ScriptFrame]
    let reason: Reason
    /// The interpreter's call depth at the paused line.
    let depth: Int
    /// The index in ``frames`` whose workspace `K>>` input runs in (`dbup`/`dbdown` move it).
    var focus: Int
    var resumption = Resumption.paused

    init(frames: [ScriptFrame], reason: Reason, depth: Int) {
        self.frames = frames
        self.reason = reason
        self.depth = depth
        self.focus = frames.count - 1
    }

    /// The frame `K>>` input runs in.
    var focusedFrame: ScriptFrame { frames[focus] }

    /// Whether the script stopped at an error (it cannot step on).
    var isAtError: Bool {
        if case .error = reason { return true }
        return false
    }
}
