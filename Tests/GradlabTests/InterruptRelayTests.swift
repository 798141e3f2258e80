import Foundation
import Lab
import Synchronization
import Testing

@testable import gradlab

/// Records when an interrupt was requested.
private final class RecordingInterruptor: InterruptRequesting {
    let requests = Atomic<Int>(0)

    func requestInterrupt() {
        requests.add(1, ordering: .relaxed)
    }
}

@Suite(.serialized) struct InterruptRelayTests {
    private static let relay = InterruptRelay.install()

    @Test func sigintWhileAStatementRunsReachesItsInterruptor() throws {
        let relay = try #require(Self.relay)
        let interruptor = RecordingInterruptor()
        relay.whileRunning(interruptor) {
            let clock = ContinuousClock()
            let start = clock.now
            raise(SIGINT)
            while interruptor.requests.load(ordering: .relaxed) == 0 && clock.now - start < .seconds(5) {
                usleep(1000)
            }
        }
        #expect(interruptor.requests.load(ordering: .relaxed) == 1)
    }

    @Test func sigintWhileNothingRunsRequestsNothing() throws {
        _ = try #require(Self.relay)
        let interruptor = RecordingInterruptor()
        raise(SIGINT)
        usleep(50_000)
        let count = Self.relay?.whileRunning(interruptor) { interruptor.requests.load(ordering: .relaxed) }
        #expect(count == 0)
    }
}
