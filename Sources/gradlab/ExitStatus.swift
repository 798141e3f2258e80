import Lab

/// The process exit statuses, one per way a run can end.
enum ExitStatus {
    static let success: Int32 = 0
    static let runtimeError: Int32 = 1
    static let syntaxError: Int32 = 2
    static let notText: Int32 = 65
    static let unreadableFile: Int32 = 66
    static let interrupted: Int32 = 130

    /// The status for a batch run that ended with `outcome`.
    static func of(_ outcome: ExecutionOutcome) -> Int32 {
        switch outcome {
        case .completed: return success
        case .failed(.runtime): return runtimeError
        case .failed(.syntax): return syntaxError
        case .interrupted: return interrupted
        case .exitRequested(let status): return status
        }
    }

    /// The status for a REPL loop that ended with `termination`.
    static func of(_ termination: REPL.Termination) -> Int32 {
        switch termination {
        case .endOfInput: return success
        case .exitRequested(let status): return status
        case .stopped(let outcome): return of(outcome)
        }
    }
}
