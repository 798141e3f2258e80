import CEditLine
import Foundation
import Lab

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the pipe the SIGINT handler signals through; set once before the handler is installed.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// The thread that reads the terminal; set once before the handler is installed.
nonisolated(unsafe) private var interruptedThread: pthread_t = pthread_self()

/// The SIGINT handler: one async-signal-safe `write` to the relay's pipe.
///
/// The kernel may deliver the signal to any thread that does not block it (a BLAS worker, say);
/// there the handler passes it on to the main thread, whose blocking read at the prompt must be
/// the one interrupted.
private let handleInterruptSignal: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    if pthread_equal(pthread_self(), interruptedThread) == 0 {
        pthread_kill(interruptedThread, signal)
    } else {
        var byte: UInt8 = 1
        _ = write(interruptPipeWriteEnd, &byte, 1)
    }
    errno = savedErrno
}

/// Turns Ctrl-C into an interrupt request for the running statement.
///
/// The SIGINT handler (installed without `SA_RESTART`) only writes a byte to a pipe. At the
/// prompt that same signal makes libedit's blocking read return, which the reader reports as
/// ``LineInput/interrupted``. A watcher thread, which never receives SIGINT itself, reads the
/// pipe and, while a statement runs, calls the engine's interruptor at once, so the request
/// arrives well within 0.2 s. Three Ctrl-Cs during one statement that does not stop end the
/// process with status 130.
final class InterruptRelay: @unchecked Sendable {
    private let lock = NSLock()
    private var target: (any InterruptRequesting)?
    private var requestsWhileRunning = 0
    private let readEnd: Int32
    /// How many Ctrl-Cs during one statement end the process.
    static let forcedExitCount = 3

    /// Installs the SIGINT handler and starts the watcher thread; `nil` if the pipe cannot be made.
    /// Call it once, from the main thread.
    static func install() -> InterruptRelay? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
        interruptPipeWriteEnd = ends[1]
        interruptedThread = pthread_self()
        let relay = InterruptRelay(readEnd: ends[0])
        gl_block_signal(SIGINT, 1)
        let watcher = Thread { relay.watch() }
        watcher.name = "gradlab-interrupt"
        watcher.start()
        gl_block_signal(SIGINT, 0)
        gl_set_signal_handler(SIGINT, handleInterruptSignal)
        return relay
    }

    private init(readEnd: Int32) {
        self.readEnd = readEnd
    }

    /// Runs `body` with Ctrl-C routed to `interruptor`.
    func whileRunning<Result>(_ interruptor: any InterruptRequesting, _ body: () -> Result) -> Result {
        lock.withLock {
            target = interruptor
            requestsWhileRunning = 0
        }
        defer { lock.withLock { target = nil } }
        return body()
    }

    private func watch() {
        gl_block_signal(SIGINT, 1)
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            deliver()
        }
    }

    private func deliver() {
        let forced: Bool = lock.withLock {
            guard let target else { return false }
            target.requestInterrupt()
            requestsWhileRunning += 1
            return requestsWhileRunning >= Self.forcedExitCount
        }
        if forced {
            let message = "\nInterrupted \(Self.forcedExitCount) times without stopping; leaving GradLab.\n"
            fputs(message, gl_stderr())
            _exit(130)
        }
    }
}
