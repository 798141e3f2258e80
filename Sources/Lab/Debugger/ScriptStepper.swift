/// How far a `dbstep` in a script runs, and the test that ends it.
///
/// The debugger hands every statement about to run that starts a line (a line holding several
/// statements stops once) to ``shouldStop(depth:)`` with its call depth.
struct ScriptStepper: Equatable {
    /// The kinds of script step.
    enum Kind: Equatable {
        /// `dbstep` / `dbstep N`: the next line of this frame (or of its caller after a return).
        case line
        /// `dbstep in`: the next line anywhere, the first line of a function called here.
        case into
        /// `dbstep out`: the next line after the current function returns.
        case out
    }

    let kind: Kind
    /// The call depth the step started at (0 for a script's top level).
    private(set) var depth: Int
    /// Lines still to pass for `dbstep N`.
    private(set) var remaining: Int

    init(_ kind: Kind, depth: Int, count: Int = 1) {
        self.kind = kind
        self.depth = depth
        self.remaining = max(count, 1)
    }

    /// Whether the statement about to run at `depth` ends the step.
    mutating func shouldStop(depth current: Int) -> Bool {
        switch kind {
        case .into:
            return true
        case .out:
            return current < depth
        case .line:
            guard current <= depth else { return false }
            remaining -= 1
            depth = current
            return remaining == 0
        }
    }
}
