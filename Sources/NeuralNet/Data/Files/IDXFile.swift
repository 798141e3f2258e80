import Autograd

/// MNIST's IDX file format: a big-endian header, then unsigned bytes.
///
/// An images file starts with the magic number `0x00000803` (unsigned bytes, three
/// dimensions), then the image count, rows and columns as big-endian 32-bit integers,
/// then each image row by row. A labels file starts with `0x00000801`, then the count,
/// then one byte per label. Files may be gzip-compressed (`train-images-idx3-ubyte.gz`);
/// compression is detected from the first bytes, not from the name.
///
/// Images come back as a column-major `rows×cols×1×N` tensor with values in [0, 1]
/// (byte / 255), so image `n`'s pixel (row, col) sits at `row + rows·col + rows·cols·n`,
/// as in MATLAB.
public enum IDXFile {
    /// The magic number of an images file: unsigned bytes, three dimensions.
    public static let imagesMagic: UInt32 = 0x0000_0803
    /// The magic number of a labels file: unsigned bytes, one dimension.
    public static let labelsMagic: UInt32 = 0x0000_0801

    /// Reads an images file (plain or gzip) as a `rows×cols×1×N` tensor in [0, 1].
    public static func readImages(from path: String) throws(DataError) -> Tensor {
        let (bytes, compressed) = try load(path)
        return try decodeImages(bytes, path: path, decompressed: compressed)
    }

    /// Reads a labels file (plain or gzip) as integers 0…255.
    public static func readLabels(from path: String) throws(DataError) -> [Int] {
        let (bytes, compressed) = try load(path)
        return try decodeLabels(bytes, path: path, decompressed: compressed)
    }

    /// Reads an images file and its labels file, checking that their counts agree.
    public static func readDataSet(images imagesPath: String, labels labelsPath: String)
        throws(DataError) -> (images: Tensor, labels: [Int])
    {
        let images = try readImages(from: imagesPath)
        let labels = try readLabels(from: labelsPath)
        let imageCount = images.shape[3]
        guard imageCount == labels.count else {
            throw .countsDisagree(imagesPath: imagesPath, images: imageCount,
                                  labelsPath: labelsPath, labels: labels.count)
        }
        return (images, labels)
    }

    /// Writes images as an IDX images file, gzip-compressed when `compressed` (by default
    /// when the path ends in `.gz`).
    ///
    /// `images` is `rows×cols`, `rows×cols×N` or `rows×cols×1×N`, with values in [0, 1];
    /// each is stored as `round(255·x)`.
    public static func writeImages(_ images: Tensor, to path: String, compressed: Bool? = nil) throws(DataError) {
        try store(try encodeImages(images, path: path), to: path, compressed: compressed)
    }

    /// Writes labels (each 0…255) as an IDX labels file, gzip-compressed when `compressed`
    /// (by default when the path ends in `.gz`).
    public static func writeLabels(_ labels: [Int], to path: String, compressed: Bool? = nil) throws(DataError) {
        try store(try encodeLabels(labels, path: path), to: path, compressed: compressed)
    }

    // MARK: - Bytes

    /// Decodes the bytes of an uncompressed images file; `path` names the file in errors.
    public static func decodeImages(_ bytes: [UInt8], path: String, decompressed: Bool = false) throws(DataError) -> Tensor {
        var reader = IDXByteReader(bytes: bytes, path: path, decompressed: decompressed)
        try reader.expectMagic(imagesMagic)
        let count = try reader.readCount()
        let rows = try reader.readCount()
        let cols = try reader.readCount()
        // The plane is checked on its own: with no images the full product is 0 however large it is.
        let plane = try reader.checkedProduct([rows, cols], at: 8)
        let pixels = try reader.checkedProduct([count, rows, cols], at: 4)
        let start = try reader.takeBody(pixels)
        let levels = (0...255).map { Float($0) / 255 }
        return Tensor(shape: Shape([rows, cols, 1, count])) { out in
            bytes.withUnsafeBufferPointer { source in
                for n in 0..<count {
                    let image = start + n * plane
                    let target = n * plane
                    for r in 0..<rows {
                        for c in 0..<cols {
                            out[target + r + rows * c] = levels[Int(source[image + r * cols + c])]
                        }
                    }
                }
            }
        }
    }

    /// Decodes the bytes of an uncompressed labels file; `path` names the file in errors.
    public static func decodeLabels(_ bytes: [UInt8], path: String, decompressed: Bool = false) throws(DataError) -> [Int] {
        var reader = IDXByteReader(bytes: bytes, path: path, decompressed: decompressed)
        try reader.expectMagic(labelsMagic)
        let count = try reader.readCount()
        let start = try reader.takeBody(count)
        return bytes[start..<(start + count)].map(Int.init)
    }

    /// The bytes of an uncompressed images file holding `images` (see ``writeImages(_:to:compressed:)``).
    public static func encodeImages(_ images: Tensor, path: String) throws(DataError) -> [UInt8] {
        let dims = images.shape.dims
        let validRank = dims.count == 2 || dims.count == 3 || (dims.count == 4 && dims[2] == 1)
        guard validRank, dims.allSatisfy({ $0 <= Int(UInt32.max) }) else {
            throw .unsupportedShape(operation: "IDX images", shape: dims,
                                    requirement: "images must be rows×cols, rows×cols×N or rows×cols×1×N")
        }
        let rows = images.shape[0], cols = images.shape[1]
        let count = dims.count == 4 ? dims[3] : images.shape[2]
        let plane = rows * cols
        var bytes = header(imagesMagic, [count, rows, cols])
        bytes.reserveCapacity(bytes.count + images.count)
        let values = images.scalars
        for n in 0..<count {
            for r in 0..<rows {
                for c in 0..<cols {
                    let index = n * plane + r + rows * c
                    let value = values[index]
                    guard value >= 0 && value <= 1 else {
                        throw .unrepresentableValue(path: path, index: index, value: Double(value), allowed: 0...1)
                    }
                    bytes.append(UInt8((value * 255).rounded()))
                }
            }
        }
        return bytes
    }

    /// The bytes of an uncompressed labels file holding `labels`.
    public static func encodeLabels(_ labels: [Int], path: String) throws(DataError) -> [UInt8] {
        var bytes = header(labelsMagic, [labels.count])
        for (index, label) in labels.enumerated() {
            guard (0...255).contains(label) else {
                throw .unrepresentableValue(path: path, index: index, value: Double(label), allowed: 0...255)
            }
            bytes.append(UInt8(label))
        }
        return bytes
    }

    // MARK: - Files

    private static func load(_ path: String) throws(DataError) -> (bytes: [UInt8], compressed: Bool) {
        let raw = try FileBytes.read(path)
        guard Gzip.isCompressed(raw) else { return (raw, false) }
        return (try Gzip.decompress(raw, path: path), true)
    }

    private static func store(_ bytes: [UInt8], to path: String, compressed: Bool?) throws(DataError) {
        let gzip = compressed ?? path.hasSuffix(".gz")
        try FileBytes.write(gzip ? try Gzip.compress(bytes, path: path) : bytes, to: path)
    }

    private static func header(_ magic: UInt32, _ dims: [Int]) -> [UInt8] {
        ([Int(magic)] + dims).flatMap { value in
            (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
    }
}
