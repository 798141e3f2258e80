#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

private func cLog10(_ x: Double) -> Double { log10(x) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cSin(_ x: Double) -> Double { sin(x) }
private func cCos(_ x: Double) -> Double { cos(x) }

/// The few C maths functions the renderers need, behind one door so that only this file imports the C library.
enum Math {
    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double { cLog10(x) }
    /// 10 to the power x.
    static func pow10(_ x: Double) -> Double { cPow(10, x) }
    /// Sine of an angle in degrees.
    static func sinDegrees(_ d: Double) -> Double { cSin(d * .pi / 180) }
    /// Cosine of an angle in degrees.
    static func cosDegrees(_ d: Double) -> Double { cCos(d * .pi / 180) }
}
