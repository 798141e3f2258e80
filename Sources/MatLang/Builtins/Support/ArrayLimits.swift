/// The largest array a built-in will create, so that a typo such as `zeros(1e6)` fails with
/// MATLAB's "exceeds the maximum array size" error instead of exhausting memory.
enum ArrayLimits {
    /// At most 2^27 elements (1 GiB of doubles).
    static let maxElements = Double(1 << 27)

    /// Throws `arrayTooLarge` when `count` elements exceed the limit.
    static func check(_ count: Double) throws(RuntimeError) {
        if count > maxElements { throw .arrayTooLarge(elements: count) }
    }
}
