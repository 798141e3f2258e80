import Foundation
import Synchronization

/// The stopwatch behind `tic` and `toc`: the time of the last `tic`, in nanoseconds of a
/// monotonic clock.
final class TicTocClock: Sendable {
    private let start = Atomic<UInt64>(0)

    /// Creates a stopwatch that has not been started.
    init() {}

    /// The current monotonic time in nanoseconds (never 0).
    var now: UInt64 { max(DispatchTime.now().uptimeNanoseconds, 1) }

    /// Starts the stopwatch and returns the start time (`t = tic`).
    func restart() -> UInt64 {
        let t = now
        start.store(t, ordering: .relaxed)
        return t
    }

    /// The time of the last `tic`, or nil if `tic` was never called.
    var started: UInt64? {
        let t = start.load(ordering: .relaxed)
        return t == 0 ? nil : t
    }
}

/// Warnings turned off with `warning("off", id)` or `warning off all`.
final class WarningSwitches: Sendable {
    private let disabled = Mutex<Set<String>>([])

    /// Creates switches with every warning on.
    init() {}

    /// Turns warnings with `identifier` (or all, for "all") on or off.
    func set(_ identifier: String, enabled: Bool) {
        disabled.withLock { set in
            if enabled {
                if identifier == "all" { set.removeAll() } else { set.remove(identifier) }
            } else {
                set.insert(identifier)
            }
        }
    }

    /// Whether a warning with `identifier` (possibly empty) is shown.
    func isEnabled(_ identifier: String) -> Bool {
        disabled.withLock { !$0.contains("all") && !$0.contains(identifier) }
    }
}
