import COpenBLAS

/// Hints about memory access patterns the hardware cannot guess.
public enum Memory {
    /// The size of a cache line on the machines GradLab runs on.
    public static let cacheLine = 64

    /// Asks the processor to start fetching `byteCount` bytes at `start` into its caches, for a
    /// read soon. A hint only: nothing is read, no fault can occur, and results never change.
    ///
    /// A mini-batch gathers images from random places in a training set larger than the cache;
    /// fetching the next image while the current one is converted overlaps their memory waits.
    @inlinable
    public static func prefetch(_ start: UnsafeRawPointer, byteCount: Int) {
        var offset = 0
        while offset < byteCount {
            gradlab_prefetch(start + offset)
            offset += cacheLine
        }
    }
}
