import Synchronization

/// A thread-safe request to stop the running computation (set by Ctrl-C, read by the evaluator).
///
/// The interpreter polls it before every statement and every loop iteration; when it is set the
/// computation stops with `RuntimeError.interrupted` and the flag is cleared.
public final class InterruptFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a cleared flag.
    public init() {}

    /// Asks the running computation to stop (safe from a signal-handling thread).
    public func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Withdraws a pending request.
    public func clear() {
        flag.store(false, ordering: .relaxed)
    }

    /// Whether a stop has been requested and not yet acted on.
    public var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }
}
