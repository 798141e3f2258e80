/// A cursor over an IDX file's bytes that reports every problem with its byte offset.
struct IDXByteReader {
    let bytes: [UInt8]
    let path: String
    let decompressed: Bool
    private(set) var offset = 0

    init(bytes: [UInt8], path: String, decompressed: Bool) {
        self.bytes = bytes
        self.path = path
        self.decompressed = decompressed
    }

    func location(_ offset: Int) -> ByteLocation {
        ByteLocation(path: path, offset: offset, decompressed: decompressed)
    }

    /// Reads a big-endian 32-bit integer.
    mutating func readUInt32() throws(DataError) -> UInt32 {
        let available = bytes.count - offset
        guard available >= 4 else {
            throw .truncated(at: location(offset), needed: 4, available: available)
        }
        var value: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] { value = value << 8 | UInt32(byte) }
        offset += 4
        return value
    }

    /// Reads a dimension or count.
    mutating func readCount() throws(DataError) -> Int { Int(try readUInt32()) }

    /// Reads the magic number and checks it.
    mutating func expectMagic(_ expected: UInt32) throws(DataError) {
        let start = offset
        let found = try readUInt32()
        guard found == expected else {
            throw .wrongMagic(at: location(start), found: found, expected: [expected])
        }
    }

    /// The product of `dims`, or ``DataError/dimensionOverflow(at:dims:)`` when the
    /// product — or the float32 tensor it becomes — cannot be addressed.
    func checkedProduct(_ dims: [Int], at headerOffset: Int) throws(DataError) -> Int {
        var product = 1
        for dim in dims {
            let (next, overflow) = product.multipliedReportingOverflow(by: dim)
            guard !overflow, next <= Int.max / MemoryLayout<Float>.stride else {
                throw .dimensionOverflow(at: location(headerOffset), dims: dims)
            }
            product = next
        }
        return product
    }

    /// Claims the remaining `count` bytes as the body and returns where it starts;
    /// the file must hold exactly that many.
    func takeBody(_ count: Int) throws(DataError) -> Int {
        let available = bytes.count - offset
        guard available >= count else {
            throw .truncated(at: location(offset), needed: count, available: available)
        }
        guard available == count else {
            throw .trailingBytes(at: location(offset + count), extra: available - count)
        }
        return offset
    }
}
