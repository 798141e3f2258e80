#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a script file given on the command line could not be read.
enum ScriptFileError: Error, Equatable {
    /// The file could not be opened or read; `reason` is the system's description.
    case unreadable(path: String, reason: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file's bytes are not valid UTF-8; `offset` is the first bad byte.
    case notText(path: String, offset: Int)

    /// The message shown for this error.
    var message: String {
        switch self {
        case .unreadable(let path, let reason):
            return "gradlab: cannot read \(path): \(reason)."
        case .isDirectory(let path):
            return "gradlab: \(path) is a directory, not a script."
        case .notText(let path, let offset):
            return "gradlab: \(path) is not UTF-8 text (invalid byte at offset \(offset))."
        }
    }

    /// The process exit status for this error.
    var exitStatus: Int32 {
        switch self {
        case .unreadable, .isDirectory: return ExitStatus.unreadableFile
        case .notText: return ExitStatus.notText
        }
    }
}

/// Reads a script named on the command line as UTF-8 text.
enum ScriptFile {
    /// The text of the file at `path`.
    static func text(at path: String) throws(ScriptFileError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw .isDirectory(path: path)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(path: path, offset: firstInvalidOffset(bytes))
        }
        return text
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }
}
