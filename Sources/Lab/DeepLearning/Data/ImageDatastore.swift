import Autograd
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

    /// The height, width and channels of one stored image.
    private let storedExtents: (h: Int, w: Int, c: Int)
    /// The images in single precision when every element converts exactly (digit images do),
    /// else nil: half the bytes, so a whole training set stays in the processor's cache while
    /// mini-batches are read from it in random order.
    private let compact: [Float]?
    /// Each observation's category code (`0` undefined), empty without categorical responses.
    private let responseCodes: [Int]
    /// The `1×1` categorical value of each category code (`0` undefined), shared by every
    /// observation of that category.
    private let responseValues: [Value]

    /// A datastore over `images` (`h×w×c×N`) with optional responses, read at `outputSize` `[h w]`.
    public init(images: NDArray<Double>, responses: Value?, outputSize: [Int]) {
        self.images = images
        self.responses = responses
        self.outputSize = outputSize
        let size = images.size
        storedExtents = (size[0], size.count > 1 ? size[1] : 1, size.count > 2 ? size[2] : 1)
        if case .categorical(let labels)? = responses {
            responseCodes = labels.codes.elements
            responseValues = (0...labels.categories.count).map { code in
                .categorical(CategoricalArray(categories: labels.categories, codes: NDArray(scalar: code), isOrdinal: labels.isOrdinal))
            }
        } else {
            responseCodes = []
            responseValues = []
        }
        compact = Self.exactSinglePrecision(images.elements)
    }

    /// `elements` as floats when each one converts exactly, else nil.
    ///
    /// NOTE: converted first and checked after, in two branch-free passes that the compiler
    /// vectorises; one loop that also tracked the check ran four times slower (30 ms for the
    /// 3.9 million elements of a training set).
    private static func exactSinglePrecision(_ elements: [Double]) -> [Float]? {
        let count = elements.count
        let floats = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            elements.withUnsafeBufferPointer { source in
                if let from = source.baseAddress, let to = buffer.baseAddress { Precision.narrow(from, into: to, count: count) }
            }
            initialized = count
        }
        var inexact = 0
        elements.withUnsafeBufferPointer { source in
            floats.withUnsafeBufferPointer { single in
                // A difference that is not zero marks an inexact element; NaN (and infinity,
                // which converts exactly) give NaN, which is not greater than zero.
                for i in 0..<count { inexact += abs(Double(single[i]) - source[i]) > 0 ? 1 : 0 }
            }
        }
        return inexact == 0 ? floats : nil
    }

    /// The images at `indices` (0-based), one double value each: views of consecutive runs of
    /// one batch buffer the images are gathered into, so joining them back in order along the
    /// fourth dimension (what a `MiniBatchFcn` does first) copies nothing.
    ///
    /// When the training set holds exactly in single precision, the batch is gathered into the
    /// single-precision tensor ``batch(_:)`` would give, and the observations show its values as
    /// doubles, converted only where the program reads them: a `MiniBatchFcn` that joins them
    /// and hands them back to be cast to single precision (the usual one) hands back that tensor,
    /// and the doubles are never written at all.
    ///
    /// Otherwise the batch is gathered as doubles into `reusing`, which the queue keeps: when
    /// nothing else holds the last batch's buffer any more, the next batch is written over it
    /// (no memory is allocated and the writes land in memory the cache still holds); one the
    /// program still holds is copied first by the array's own copy-on-write, so what the
    /// program sees never changes.
    func observations(_ indices: ArraySlice<Int>, reusing buffer: inout [Double]) -> [Value] {
        let plane = imageElementCount
        let total = plane * indices.count
        let size = [outputSize[0], outputSize[1], storedExtents.c]
        if compact != nil {
            let first = NDArray(size: size, showingSingles: TensorSingles(batch(indices)), from: 0)
            return (0..<indices.count).map { .double(first.sameSizeView(from: $0 * plane)) }
        }
        var doubles = buffer
        buffer = []
        if doubles.count != total { doubles = [Double](repeating: 0, count: total) }
        doubles.withUnsafeMutableBufferPointer { out in
            forEachImage(indices) { n, slot in writeImage(n, into: out.baseAddress! + slot * plane) }
        }
        buffer = doubles
        let first = NDArray(size: size, viewing: doubles, from: 0)
        return (0..<indices.count).map { .double(first.sameSizeView(from: $0 * plane)) }
    }

    /// Calls `write` with each image at `indices` and its place in the batch, fetching the
    /// next image's lines while one is written.
    private func forEachImage(_ indices: ArraySlice<Int>, _ write: (_ image: Int, _ slot: Int) -> Void) {
        for (slot, position) in indices.indices.enumerated() {
            prefetchImage(after: position, in: indices)
            write(indices[position], slot)
        }
    }

    /// Starts fetching the stored image that follows `position` in `indices`, if any.
    private func prefetchImage(after position: Int, in indices: ArraySlice<Int>) {
        let next = position + 1
        guard let compact, next < indices.endIndex else { return }
        compact.withUnsafeBufferPointer { all in
            Memory.prefetch(all.baseAddress! + indices[next] * storedPlane, byteCount: storedPlane * MemoryLayout<Float>.stride)
        }
    }

    /// Response `n` (0-based) as a `1×1` categorical value; `.empty` when the datastore has no
    /// categorical responses.
    ///
    /// NOTE: every observation of a category shares one value (values are immutable, so this is
    /// invisible to the program). A handful of values stays in the processor's cache; one per
    /// observation would be thousands of scattered objects to touch for every batch.
    func response(_ n: Int) -> Value {
        n < responseCodes.count ? responseValues[responseCodes[n]] : .empty
    }

    /// The elements of one image at the output size.
    var imageElementCount: Int { outputSize[0] * outputSize[1] * storedExtents.c }

    /// The images at `indices` (0-based) as one `h×w×c×B` single-precision tensor, converted
    /// straight from the stored images (fetching ahead as ``observations(_:reusing:)`` does).
    func batch(_ indices: ArraySlice<Int>) -> Tensor {
        let plane = imageElementCount
        let shape = Shape([outputSize[0], outputSize[1], storedExtents.c, indices.count])
        return Tensor(unsafeUninitializedShape: shape) { out in
            forEachImage(indices) { n, slot in writeImage(n, into: out.baseAddress! + slot * plane) }
        }
    }

    /// Writes image `n` at the output size to `out` as doubles.
    private func writeImage(_ n: Int, into out: UnsafeMutablePointer<Double>) {
        withStoredImage(n,
                        single: { isResized ? resize($0, into: out) : Precision.widen($0, into: out, count: storedPlane) },
                        double: { isResized ? resize($0, into: out) : out.update(from: $0, count: storedPlane) })
    }

    /// Writes image `n` at the output size to `out` as floats.
    private func writeImage(_ n: Int, into out: UnsafeMutablePointer<Float>) {
        withStoredImage(n,
                        single: { isResized ? resize($0, into: out) : out.update(from: $0, count: storedPlane) },
                        double: { isResized ? resize($0, into: out) : Precision.narrow($0, into: out, count: storedPlane) })
    }

    /// Calls `single` with stored image `n` in the single-precision copy when there is one,
    /// else `double` with it in the images as given.
    private func withStoredImage(_ n: Int, single: (UnsafePointer<Float>) -> Void, double: (UnsafePointer<Double>) -> Void) {
        if let compact {
            compact.withUnsafeBufferPointer { single($0.baseAddress! + n * storedPlane) }
        } else {
            images.elements.withUnsafeBufferPointer { double($0.baseAddress! + n * storedPlane) }
        }
    }

    /// The elements of one stored image.
    private var storedPlane: Int { storedExtents.h * storedExtents.w * storedExtents.c }

    /// Whether images are resized on reading.
    private var isResized: Bool { outputSize[0] != storedExtents.h || outputSize[1] != storedExtents.w }

    /// Nearest-neighbour resizing of one stored image to the output size, converting each
    /// element on the way.
    private func resize<Source: BinaryFloatingPoint, Target: BinaryFloatingPoint>(
        _ source: UnsafePointer<Source>, into out: UnsafeMutablePointer<Target>
    ) {
        let (h, w, c) = storedExtents
        let (oh, ow) = (outputSize[0], outputSize[1])
        for k in 0..<c {
            for j in 0..<ow {
                let sj = min(w - 1, j * w / ow)
                for i in 0..<oh {
                    let si = min(h - 1, i * h / oh)
                    out[i + oh * (j + ow * k)] = Target(source[si + h * (sj + w * k)])
                }
            }
        }
    }
}

/// A tensor's elements as single-precision values that double arrays can show: a batch of
/// observations, which the batch joined back from them hands over as it is.
final class TensorSingles: SinglePrecisionBuffer {
    let tensor: Tensor

    init(_ tensor: Tensor) { self.tensor = tensor }

    func withUnsafeSingles<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try tensor.withUnsafeBufferPointer(body)
    }
}
