import Foundation
import Lab
import Synchronization
import Testing

@testable import gradlab

/// Records when an interrupt was requested.
private final class RecordingInterruptor: InterruptRequesting {
    let requests = Atomic<Int>(0)

    var count: Int { requests.load(ordering: .relaxed) }

    func requestInterrupt() {
        requests.add(1, ordering: .relaxed)
    }
}

@Suite struct InterruptRelayTests {
    /// One test, on one thread: the relay is installed once per process, for the thread that installs it.
    @Test func sigintReachesTheInterruptorOnlyWhileAStatementRuns() throws {
        let relay = try #require(InterruptRelay.install())
        let idle = RecordingInterruptor()
        raise(SIGINT)
        usleep(50_000)
        #expect(relay.whileRunning(idle) { idle.count } == 0)

        let running = RecordingInterruptor()
        relay.whileRunning(running) {
            let clock = ContinuousClock()
            let start = clock.now
            raise(SIGINT)
            while running.count == 0 && clock.now - start < .seconds(5) {
                usleep(1000)
            }
        }
        #expect(running.count == 1)
    }
}
