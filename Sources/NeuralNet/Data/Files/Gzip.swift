import CZlib

/// gzip compression and decompression through zlib.
enum Gzip {
    /// Whether `bytes` start with the gzip magic bytes 1f 8b.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The largest decompressed size accepted, so a small corrupt or hostile file
    /// cannot exhaust memory.
    static let maximumDecompressedSize = 1 << 32

    /// Decompresses every gzip member in `bytes`; `path` names the file in errors.
    static func decompress(_ bytes: [UInt8], path: String) throws(DataError) -> [UInt8] {
        guard !bytes.isEmpty else {
            throw .corruptGzip(at: ByteLocation(path: path, offset: 0), reason: "the compressed stream ends early")
        }
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptGzip(at: ByteLocation(path: path, offset: 0), reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var consumed = 0
        while true {
            let status = bytes.withUnsafeBufferPointer { input in
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumed)
                    stream.avail_in = UInt32(min(input.count - consumed, Int(UInt32.max)))
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    let before = stream.avail_in
                    let status = inflate(&stream, Z_NO_FLUSH)
                    consumed += Int(before - stream.avail_in)
                    return status
                }
            }
            let produced = chunk.count - Int(stream.avail_out)
            output.append(contentsOf: chunk[0..<produced])
            if output.count > maximumDecompressedSize {
                throw .corruptGzip(at: ByteLocation(path: path, offset: consumed),
                                   reason: "decompresses to more than \(maximumDecompressedSize) bytes")
            }
            switch status {
            case Z_STREAM_END:
                if consumed == bytes.count { return output }
                // Another gzip member may follow (files made by `cat a.gz b.gz`).
                guard isCompressed(Array(bytes[consumed..<min(consumed + 2, bytes.count)])) else {
                    throw .corruptGzip(at: ByteLocation(path: path, offset: consumed),
                                       reason: "\(bytes.count - consumed) stray bytes after the compressed stream")
                }
                inflateReset(&stream)
            case Z_OK, Z_BUF_ERROR:
                // With all input consumed and room left for output, zlib is waiting for bytes
                // the file does not have.
                if consumed == bytes.count && stream.avail_out != 0 {
                    throw .corruptGzip(at: ByteLocation(path: path, offset: consumed),
                                       reason: "the compressed stream ends early")
                }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "inflate failed with status \(status)"
                throw .corruptGzip(at: ByteLocation(path: path, offset: consumed), reason: message)
            }
        }
    }

    /// Compresses `bytes` as one gzip member.
    static func compress(_ bytes: [UInt8], path: String) throws(DataError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                             zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .unwritableFile(path: path, reason: "zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }
        guard bytes.count < Int(UInt32.max) / 2 else {
            throw .unwritableFile(path: path, reason: "\(bytes.count) bytes are too many to compress in one gzip member")
        }
        let bound = Int(deflateBound(&stream, UInt(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw .unwritableFile(path: path, reason: "zlib could not compress the data (status \(status))")
        }
        output.removeLast(bound - Int(stream.total_out))
        return output
    }
}
