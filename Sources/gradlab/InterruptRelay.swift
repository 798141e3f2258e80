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

/// The SIGINT handler: one async-signal-safe `write` to the relay's pipe, on whichever thread
/// the kernel picked.
private let handleInterruptSignal: @convention(c) (Int32) -> Void = { _ in
    let savedErrno = errno
    var byte: UInt8 = 1
    _ = write(interruptPipeWriteEnd, &byte, 1)
    errno = savedErrno
}

/// Turns Ctrl-C into an interrupt request for the running statement, or into a cancelled line
/// while a prompt waits for input.
///
/// The SIGINT handler only writes a byte to a pipe. A watcher thread, which never receives SIGINT
/// itself, reads that pipe. While a line is being read (``readingLine(_:)``, the `>>` and `K>>`
/// prompts) it passes the Ctrl-C on to ``lineCancelDescriptor``, which the line reader polls
/// beside the terminal, so a Ctrl-C is never lost however it falls against the reader's own
/// work (a completion being computed, the line being redrawn). Otherwise, while a statement
/// runs, it calls the engine's interruptor at once, so the request arrives well within 0.2 s.
/// Three Ctrl-Cs during one statement that does not stop end the process with status 130.
final class InterruptRelay: @unchecked Sendable {
    private let lock = NSLock()
    private var target: (any InterruptRequesting)?
    private var requestsWhileRunning = 0
    private var linesBeingRead = 0
    private let readEnd: Int32
    private let lineCancelWriteEnd: Int32
    /// Readable once for every Ctrl-C pressed while a line was being read; the reader drains it.
    let lineCancelDescriptor: Int32
    /// How many Ctrl-Cs during one statement end the process.
    static let forcedExitCount = 3

    /// Installs the SIGINT handler and starts the watcher thread; `nil` if the pipe cannot be made.
    /// Call it once, from the main thread.
    static func install() -> InterruptRelay? {
        var ends: [Int32] = [-1, -1]
        var cancelEnds: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        guard pipe(&cancelEnds) == 0 else {
            close(ends[0])
            close(ends[1])
            return nil
        }
        for descriptor in ends + cancelEnds {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        for descriptor in [ends[1], cancelEnds[0], cancelEnds[1]] {
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
        interruptPipeWriteEnd = ends[1]
        let relay = InterruptRelay(readEnd: ends[0], lineCancel: (cancelEnds[0], cancelEnds[1]))
        gl_block_signal(SIGINT, 1)
        let watcher = Thread { relay.watch() }
        watcher.name = "gradlab-interrupt"
        watcher.start()
        gl_block_signal(SIGINT, 0)
        gl_set_signal_handler(SIGINT, handleInterruptSignal)
        return relay
    }

    private init(readEnd: Int32, lineCancel: (read: Int32, write: Int32)) {
        self.readEnd = readEnd
        self.lineCancelDescriptor = lineCancel.read
        self.lineCancelWriteEnd = lineCancel.write
    }

    /// Runs `body`, which reads one line, with Ctrl-C routed to ``lineCancelDescriptor``.
    func readingLine<Result>(_ body: () -> Result) -> Result {
        lock.withLock { linesBeingRead += 1 }
        defer { lock.withLock { linesBeingRead -= 1 } }
        return body()
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
            if linesBeingRead > 0 {
                var byte: UInt8 = 1
                _ = write(lineCancelWriteEnd, &byte, 1)
                return false
            }
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
