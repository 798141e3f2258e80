import Autograd
import Testing
@testable import NeuralNet

@Suite("IDX files")
struct IDXFileTests {
    private let digits = try! SyntheticDigits.make(.training, count: 40, seed: 5)

    @Test("images and labels survive a write and read, plain and gzip", arguments: ["set.idx", "set-ubyte.gz"])
    func roundTrip(name: String) throws {
        let directory = try TemporaryDirectory()
        let imagesPath = directory.file("images-" + name), labelsPath = directory.file("labels-" + name)
        try IDXFile.writeImages(digits.images, to: imagesPath)
        try IDXFile.writeLabels(digits.labels, to: labelsPath)
        let raw = try FileBytes.read(imagesPath)
        #expect(Gzip.isCompressed(raw) == name.hasSuffix(".gz"))
        let (images, labels) = try IDXFile.readDataSet(images: imagesPath, labels: labelsPath)
        #expect(images.shape == Shape([28, 28, 1, 40]))
        #expect(labels == digits.labels)
        let worst = zip(images.scalars, digits.images.scalars).map { abs($0 - $1) }.max()!
        #expect(worst <= 0.5 / 255 + 1e-6)
        // A second trip through bytes is exact: the values are already multiples of 1/255.
        try IDXFile.writeImages(images, to: imagesPath)
        #expect(try IDXFile.readImages(from: imagesPath).scalars == images.scalars)
    }

    @Test("compression is detected from the bytes, not the name")
    func gzipDetectedByMagic() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("labels.idx")
        try IDXFile.writeLabels([3, 1, 4, 1, 5], to: path, compressed: true)
        #expect(try IDXFile.readLabels(from: path) == [3, 1, 4, 1, 5])
    }

    @Test("rows are stored row by row in the file and column-major in the tensor")
    func layout() throws {
        // Two 2×3 images; pixel (r, c) of image n holds byte 100·n + 10·r + c.
        var bytes = bigEndian(0x803) + bigEndian(2) + bigEndian(2) + bigEndian(3)
        for n in 0..<2 {
            for r in 0..<2 {
                for c in 0..<3 { bytes.append(UInt8(100 * n + 10 * r + c)) }
            }
        }
        let images = try IDXFile.decodeImages(bytes, path: "layout.idx")
        #expect(images.shape == Shape([2, 3, 1, 2]))
        for n in 0..<2 {
            for r in 0..<2 {
                for c in 0..<3 {
                    #expect(images[linear: r + 2 * c + 6 * n] == Float(100 * n + 10 * r + c) / 255)
                }
            }
        }
        #expect(try IDXFile.encodeImages(images, path: "layout.idx") == bytes)
    }

    @Test("a concatenation of two gzip members reads as one stream")
    func multiMemberGzip() throws {
        let bytes = bigEndian(0x801) + bigEndian(4) + [7, 8, 9, 6]
        let joined = try Gzip.compress(Array(bytes[0..<6]), path: "a") + Gzip.compress(Array(bytes[6...]), path: "b")
        #expect(try Gzip.decompress(joined, path: "joined.gz") == bytes)
    }

    @Test("an empty set round-trips")
    func emptySet() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("empty.idx")
        try IDXFile.writeImages(Tensor(zeros: Shape([28, 28, 1, 0])), to: path)
        #expect(try IDXFile.readImages(from: path).shape == Shape([28, 28, 1, 0]))
    }
}

@Suite("IDX files: bad input")
struct IDXBadInputTests {
    private func header(_ magic: UInt32, _ dims: UInt32...) -> [UInt8] {
        bigEndian(magic) + dims.flatMap(bigEndian)
    }

    @Test("a labels file read as images names the wrong magic number, file and offset")
    func wrongMagic() throws {
        let bytes = header(0x801, 2) + [1, 2]
        let error = #expect(throws: DataError.self) { try IDXFile.decodeImages(bytes, path: "labels.idx") }
        #expect(error == .wrongMagic(at: ByteLocation(path: "labels.idx", offset: 0), found: 0x801, expected: [0x803]))
        #expect(error?.description == "labels.idx, byte 0: magic number 0x00000801 is not an IDX images file (expected 0x00000803)")
    }

    @Test("a file shorter than its header is truncated at the missing field")
    func truncatedHeader() {
        let bytes = header(0x803, 2) + [0, 0]
        let error = #expect(throws: DataError.self) { try IDXFile.decodeImages(bytes, path: "short.idx") }
        #expect(error == .truncated(at: ByteLocation(path: "short.idx", offset: 8), needed: 4, available: 2))
        #expect(error?.description.contains("short.idx, byte 8") == true)
    }

    @Test("an empty file is truncated at byte 0")
    func emptyFile() {
        #expect(throws: DataError.truncated(at: ByteLocation(path: "e", offset: 0), needed: 4, available: 0)) {
            try IDXFile.decodeLabels([], path: "e")
        }
    }

    @Test("pixel data shorter than the header declares is truncated at the body")
    func truncatedData() {
        let bytes = header(0x803, 3, 2, 2) + [UInt8](repeating: 9, count: 10)
        #expect(throws: DataError.truncated(at: ByteLocation(path: "t.idx", offset: 16), needed: 12, available: 10)) {
            try IDXFile.decodeImages(bytes, path: "t.idx")
        }
    }

    @Test("bytes past the declared data mean the counts disagree")
    func trailingBytes() {
        let bytes = header(0x801, 3) + [1, 2, 3, 4, 5]
        let error = #expect(throws: DataError.self) { try IDXFile.decodeLabels(bytes, path: "l.idx") }
        #expect(error == .trailingBytes(at: ByteLocation(path: "l.idx", offset: 11), extra: 2))
        #expect(error?.description.contains("counts disagree") == true)
    }

    @Test("dimensions whose product overflows are refused before allocating")
    func dimensionOverflow() {
        let bytes = header(0x803, .max, .max, 1000)
        let error = #expect(throws: DataError.self) { try IDXFile.decodeImages(bytes, path: "huge.idx") }
        #expect(error == .dimensionOverflow(at: ByteLocation(path: "huge.idx", offset: 4),
                                            dims: [Int(UInt32.max), Int(UInt32.max), 1000]))
        #expect(error?.description == "huge.idx, byte 4: dimensions 4294967295×4294967295×1000 overflow the addressable size")
    }

    @Test("an image plane that overflows is refused even when there are no images")
    func planeOverflowWithoutImages() {
        let bytes = header(0x803, 0, .max, .max)
        #expect(throws: DataError.dimensionOverflow(at: ByteLocation(path: "p.idx", offset: 8),
                                                    dims: [Int(UInt32.max), Int(UInt32.max)])) {
            try IDXFile.decodeImages(bytes, path: "p.idx")
        }
    }

    @Test("huge dimensions that fit are reported as truncated, not allocated")
    func hugeButFinite() {
        let bytes = header(0x803, 1 << 31, 28, 28)
        #expect(throws: DataError.truncated(at: ByteLocation(path: "big.idx", offset: 16), needed: (1 << 31) * 784, available: 0)) {
            try IDXFile.decodeImages(bytes, path: "big.idx")
        }
    }

    @Test("images and labels files with different counts are refused")
    func countsDisagree() throws {
        let directory = try TemporaryDirectory()
        let images = directory.file("i.idx"), labels = directory.file("l.idx")
        try IDXFile.writeImages(Tensor(zeros: Shape([4, 4, 1, 3])), to: images)
        try IDXFile.writeLabels([1, 2], to: labels)
        #expect(throws: DataError.countsDisagree(imagesPath: images, images: 3, labelsPath: labels, labels: 2)) {
            try IDXFile.readDataSet(images: images, labels: labels)
        }
    }

    @Test("corrupt gzip data names the file and the compressed offset")
    func corruptGzip() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("bad.gz")
        let plain = header(0x801, 1000) + (0..<1000).map { UInt8($0 % 10) }
        var bytes = try Gzip.compress(plain, path: path)
        for i in 12..<20 { bytes[i] ^= 0xA5 }
        try FileBytes.write(bytes, to: path)
        let error = #expect(throws: DataError.self) { try IDXFile.readLabels(from: path) }
        guard case let .corruptGzip(location, _)? = error else {
            Issue.record("expected corruptGzip, got \(String(describing: error))")
            return
        }
        #expect(location.path == path && location.offset > 0 && location.offset <= bytes.count)
        #expect(error?.description.hasPrefix("\(path), byte ") == true)
    }

    @Test("a gzip stream cut short is corrupt at its end")
    func truncatedGzip() throws {
        let plain = header(0x801, 1000) + (0..<1000).map { UInt8($0 % 7) }
        let bytes = try Array(Gzip.compress(plain, path: "x").prefix(30))
        #expect(throws: DataError.corruptGzip(at: ByteLocation(path: "cut.gz", offset: 30), reason: "the compressed stream ends early")) {
            try Gzip.decompress(bytes, path: "cut.gz")
        }
    }

    @Test("offsets inside a gzip file count decompressed bytes")
    func decompressedOffsets() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("short.gz")
        try FileBytes.write(try Gzip.compress(header(0x801, 5) + [1, 2], path: path), to: path)
        let error = #expect(throws: DataError.self) { try IDXFile.readLabels(from: path) }
        #expect(error == .truncated(at: ByteLocation(path: path, offset: 8, decompressed: true), needed: 5, available: 2))
        #expect(error?.description.contains("byte 8 of the decompressed data") == true)
    }

    @Test("a missing file is unreadable, naming the path")
    func missingFile() {
        let error = #expect(throws: DataError.self) { try IDXFile.readImages(from: "/nonexistent/t10k-images-idx3-ubyte") }
        guard case let .unreadableFile(path, reason)? = error else {
            Issue.record("expected unreadableFile")
            return
        }
        #expect(path == "/nonexistent/t10k-images-idx3-ubyte" && !reason.isEmpty)
    }

    @Test("a directory or an empty gzip stream is refused, not trapped on")
    func notAFile() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: DataError.self) { try IDXFile.readLabels(from: directory.path) }
        #expect(throws: DataError.corruptGzip(at: ByteLocation(path: "z", offset: 0), reason: "the compressed stream ends early")) {
            try Gzip.decompress([], path: "z")
        }
        #expect(throws: DataError.corruptGzip(at: ByteLocation(path: "z", offset: 2), reason: "the compressed stream ends early")) {
            try Gzip.decompress([0x1F, 0x8B], path: "z")
        }
    }

    @Test("values that bytes cannot hold are refused when writing")
    func unrepresentable() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("w.idx")
        let bright = Tensor(shape: Shape([2, 2]), scalars: [0, 0.5, 1.5, 1])
        #expect(throws: DataError.unrepresentableValue(path: path, index: 2, value: 1.5, allowed: 0...1)) {
            try IDXFile.writeImages(bright, to: path)
        }
        let missing = Tensor(shape: Shape([1, 1]), scalars: [.nan])
        #expect(throws: DataError.self) { try IDXFile.writeImages(missing, to: path) }
        #expect(throws: DataError.unrepresentableValue(path: path, index: 1, value: 256, allowed: 0...255)) {
            try IDXFile.writeLabels([0, 256], to: path)
        }
        #expect(throws: DataError.self) { try IDXFile.writeImages(Tensor(zeros: Shape([2, 2, 3, 4])), to: path) }
        #expect(throws: DataError.self) { try IDXFile.writeLabels([1], to: directory.file("missing/dir.idx")) }
    }
}
