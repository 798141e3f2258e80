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

extension Tensor {
    /// The elements as doubles (exactly), converted straight from storage: the language's
    /// arrays are double precision, and a data set of 5000 images is 3.9 million of them.
    public var doubleScalars: [Double] {
        withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: source.count) { target, count in
                if let from = source.baseAddress, let to = target.baseAddress { Precision.widen(from, into: to, count: source.count) }
                count = source.count
            }
        }
    }
}
