/// How running a piece of source ended.
///
/// The engine has already reported any error through its output; the outcome only tells
/// the loop (and batch mode's exit status) what happened.
public enum ExecutionOutcome: Equatable, Sendable {
    /// Ran to the end.
    case completed
    /// Stopped with an error of the given kind.
    case failed(FailureKind)
    /// Stopped because the user interrupted it (Ctrl-C).
    case interrupted
    /// The source asked to leave GradLab (`exit`, `quit`) with this status.
    case exitRequested(status: Int32)
}

/// The kind of error that stopped a statement, which batch mode turns into distinct exit statuses.
public enum FailureKind: Equatable, Sendable {
    /// The source could not be parsed.
    case syntax
    /// The source parsed but failed while running.
    case runtime
}
