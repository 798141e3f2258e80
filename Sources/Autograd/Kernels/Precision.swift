/// Conversions between the language's double-precision arrays and the engine's floats.
///
/// A mini-batch of 128 images is 100 352 elements converted each way
/// on every training step that starts from language values.
public enum Precision {
    /// Writes `count` doubles from `source` to `target` as floats (rounded to nearest).
    public static func narrow(_ source: UnsafePointer<Double>, into target: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { target[i] = Float(source[i]) }
    }

    /// Writes `count` floats from `source` to `target` as doubles (exactly).
    public static func widen(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Double>, count: Int) {
        for i in 0..<count { target[i] = Double(source[i]) }
    }
}
