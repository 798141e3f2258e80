/// Something that can be asked, from any thread, to stop the statement that is running.
///
/// The front end calls ``requestInterrupt()`` from its signal-watching thread when the
/// user presses Ctrl-C while a statement runs; the evaluator polls the request and stops
/// between operations, keeping every value assigned before the interrupt.
public protocol InterruptRequesting: Sendable {
    /// Asks the running statement to stop as soon as it can. Safe to call from any thread.
    func requestInterrupt()
}
