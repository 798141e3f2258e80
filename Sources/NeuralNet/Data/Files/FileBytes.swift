#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes through the C library, with `errno` turned into ``DataError``.
enum FileBytes {
    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(DataError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw .unreadableFile(path: path, reason: lastErrorText())
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if got > 0 { bytes.append(contentsOf: chunk[0..<got]) }
            if got < chunk.count {
                if ferror(file) != 0 { throw .unreadableFile(path: path, reason: lastErrorText()) }
                break
            }
        }
        return bytes
    }

    /// Replaces the file at `path` with `bytes`.
    static func write(_ bytes: [UInt8], to path: String) throws(DataError) {
        guard let file = fopen(path, "wb") else {
            throw .unwritableFile(path: path, reason: lastErrorText())
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let failedWrite = written != bytes.count
        let failedClose = fclose(file) != 0
        if failedWrite || failedClose {
            throw .unwritableFile(path: path, reason: lastErrorText())
        }
    }

    private static func lastErrorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
