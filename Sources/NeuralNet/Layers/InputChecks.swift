import Autograd

/// Shape checks shared by the layers.
enum InputChecks {
    /// The number of observations in a batch whose leading dimensions must be `featureShape`
    /// (trailing singleton dimensions ignored): `h×w×c×B` for images, `n×B` for features.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)`` naming the layer.
    static func observations(_ shape: Shape, featureShape: [Int], layer: String) throws(NetworkError) -> Int {
        for (axis, extent) in featureShape.enumerated() where shape[axis] != extent {
            throw .shapeMismatch(operation: "Layer '\(layer)'", expected: Shape(featureShape + [shape[featureShape.count]]), actual: shape)
        }
        var batch = 1
        for axis in featureShape.count..<max(shape.rank, featureShape.count) { batch *= shape[axis] }
        return batch
    }

    /// The number of observations of a batch for a layer taking `features` values per observation:
    /// the leading dimensions must multiply to `features` exactly.
    static func flatObservations(_ shape: Shape, features: Int, layer: String) throws(NetworkError) -> Int {
        var leading = 1
        for axis in 0..<max(shape.rank, 1) {
            leading *= shape[axis]
            if leading == features { return shape.count / max(features, 1) }
            if leading > features { break }
        }
        throw .inputSizeMismatch(layer: layer, expected: features, actual: leading)
    }
}

/// Runs an engine call, turning its ``TensorError`` into ``NetworkError/tensor(_:)``.
func engine<R>(_ body: () throws(TensorError) -> R) throws(NetworkError) -> R {
    do {
        return try body()
    } catch {
        throw .tensor(error)
    }
}
