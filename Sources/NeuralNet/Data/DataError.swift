/// Where in a binary file something went wrong: the file and the byte offset.
///
/// For a gzip-compressed file the offset counts bytes of the decompressed stream
/// (``decompressed`` is `true`), except for ``DataError/corruptGzip(at:reason:)``,
/// whose offset is in the compressed bytes.
public struct ByteLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the caller gave it.
    public let path: String
    /// The 0-based byte offset.
    public let offset: Int
    /// Whether ``offset`` counts bytes after gzip decompression.
    public let decompressed: Bool

    /// Creates a location.
    public init(path: String, offset: Int, decompressed: Bool = false) {
        self.path = path
        self.offset = offset
        self.decompressed = decompressed
    }

    /// `file.idx, byte 16` or `file.gz, byte 16 of the decompressed data`.
    public var description: String {
        decompressed
            ? "\(path), byte \(offset) of the decompressed data"
            : "\(path), byte \(offset)"
    }
}

/// Where in a text file something went wrong: the file, a 1-based line and a 1-based column.
public struct TextLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the caller gave it.
    public let path: String
    /// The 1-based line number.
    public let line: Int
    /// The 1-based character column.
    public let column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `data.csv:3:7`, the usual compiler form.
    public var description: String { "\(path):\(line):\(column)" }
}

/// Everything that can go wrong making, reading or writing a data set.
///
/// Cases carry the data a message needs; ``description`` is the one place that turns
/// them into text. Nothing a data file contains can trap: every malformed input ends
/// up here.
public enum DataError: Error, Hashable, Sendable {
    /// The file could not be opened or read.
    case unreadableFile(path: String, reason: String)
    /// The file could not be created or written.
    case unwritableFile(path: String, reason: String)
    /// An IDX file starts with an unexpected magic number.
    case wrongMagic(at: ByteLocation, found: UInt32, expected: [UInt32])
    /// The file ends before `needed` bytes could be read at the location; `available` remain.
    case truncated(at: ByteLocation, needed: Int, available: Int)
    /// An IDX file holds `extra` bytes past the data its header declares.
    case trailingBytes(at: ByteLocation, extra: Int)
    /// The product of an IDX file's dimensions does not fit in memory's address space.
    case dimensionOverflow(at: ByteLocation, dims: [Int])
    /// gzip data that zlib cannot decompress; the offset is in the compressed bytes.
    case corruptGzip(at: ByteLocation, reason: String)
    /// An images file and a labels file that should pair up hold different counts.
    case countsDisagree(imagesPath: String, images: Int, labelsPath: String, labels: Int)
    /// A CSV cell that is neither a number nor empty.
    case nonNumericCell(at: TextLocation, field: Int, text: String)
    /// A CSV row with a different number of fields from the first data row.
    case raggedRow(at: TextLocation, expected: Int, found: Int)
    /// A value that cannot be stored in the file format (e.g. a label outside 0…255).
    case unrepresentableValue(path: String, index: Int, value: Double, allowed: ClosedRange<Double>)
    /// An argument outside its allowed range, such as a negative image count.
    case invalidArgument(name: String, value: Int, requirement: String)
    /// A tensor whose shape does not fit the operation (e.g. writing a 3×3 tensor as images).
    case unsupportedShape(operation: String, shape: [Int], requirement: String)
}
