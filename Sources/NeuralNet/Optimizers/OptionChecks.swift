#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Autograd

/// Throws ``NetworkError/invalidOption(operation:option:value:requirement:)`` unless `condition` holds.
func requireOption(_ operation: String, _ option: String, _ value: Float, _ condition: Bool,
                   _ requirement: String) throws(NetworkError) {
    guard condition else {
        throw .invalidOption(operation: operation, option: option, value: "\(value)", requirement: requirement)
    }
}

/// Throws ``NetworkError/shapeMismatch(operation:expected:actual:)`` unless the element counts
/// and extents agree (trailing singleton dimensions are ignored, as in MATLAB).
func requireSameShape(_ operation: String, _ expected: Shape, _ actual: Shape) throws(NetworkError) {
    let rank = max(expected.rank, actual.rank)
    for axis in 0..<rank where expected[axis] != actual[axis] {
        throw .shapeMismatch(operation: operation, expected: expected, actual: actual)
    }
}

/// `x` raised to `y` in float64.
func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
