import MatLang

/// MATLAB's `augmentedImageDatastore(outputSize, X, T)` without augmentation: images resized
/// (nearest neighbour) to `outputSize`, read as `input`/`response` pairs.
public struct ImageDatastore: MatObject {
    /// The images, `h×w×c×N` doubles (shared, never copied).
    public let images: NDArray<Double>
    /// The responses, `N×1` categorical (or nil).
    public let responses: Value?
    /// The output image size `[h w]`.
    public let outputSize: [Int]

    /// `augmentedImageDatastore`.
    public var className: String { "augmentedImageDatastore" }
    /// The number of observations.
    public var observationCount: Int { images.size.count >= 4 ? images.size[3] : 1 }
    /// The properties MATLAB shows.
    public var propertyNames: [String] { ["NumObservations", "OutputSize", "MiniBatchSize"] }

    /// `NumObservations`, `OutputSize`, `MiniBatchSize`.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "NumObservations": .number(Double(observationCount))
        case "OutputSize": .row(outputSize.map(Double.init))
        case "MiniBatchSize": .number(128)
        default: throw .unknownProperty(name: name, className: className)
        }
    }

    /// Image `n` (0-based) at the output size, `h×w×c` double.
    func image(_ n: Int) -> NDArray<Double> {
        let h = images.size[0], w = images.size.count > 1 ? images.size[1] : 1
        let c = images.size.count > 2 ? images.size[2] : 1
        let plane = h * w * c
        let (oh, ow) = (outputSize[0], outputSize[1])
        if oh == h && ow == w {
            return NDArray(size: [h, w, c], elements: Array(images.elements[(n * plane)..<((n + 1) * plane)]))
        }
        var out = [Double](repeating: 0, count: oh * ow * c)
        for k in 0..<c {
            for j in 0..<ow {
                let sj = min(w - 1, j * w / ow)
                for i in 0..<oh {
                    let si = min(h - 1, i * h / oh)
                    out[i + oh * (j + ow * k)] = images.elements[n * plane + si + h * (sj + w * k)]
                }
            }
        }
        return NDArray(size: [oh, ow, c], elements: out)
    }
}
