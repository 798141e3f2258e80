#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The persistent command history: one entry per line in `$XDG_STATE_HOME/gradlab/history`,
/// or `~/.gradlab_history` when `XDG_STATE_HOME` is not set.
///
/// Written so that a crash or two REPLs at once never corrupt it: each entry is appended with
/// one `write` to a descriptor opened with `O_APPEND`, under an exclusive `flock`; trimming the
/// file to its bounded length writes a temporary file beside it and renames it over the old one
/// under the same lock, and writers that opened the old file notice the rename and reopen.
struct HistoryFile {
    /// The file's path.
    let path: String
    /// How many entries are kept; the file is trimmed to this when it has grown half as large again.
    let limit: Int
    /// Entries longer than this many bytes are kept in memory only.
    static let longestPersistedEntry = 4096

    /// The default location from the environment, creating `$XDG_STATE_HOME/gradlab` if needed;
    /// `nil` when neither `XDG_STATE_HOME` nor `HOME` is set.
    static func defaultLocation(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            let directory = state + "/gradlab"
            if mkdir(directory, 0o700) == 0 || errno == EEXIST {
                return directory + "/history"
            }
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.gradlab_history"
    }

    /// The stored entries, oldest first, at most ``limit``; trims the file when it is too long.
    func load() -> [String] {
        var entries: [String] = []
        let loaded = withLockedFile(flags: O_RDWR | O_CREAT) { descriptor in
            entries = Self.readLines(descriptor)
            if entries.count > limit + limit / 2 {
                entries = Array(entries.suffix(limit))
                rewrite(with: entries)
            }
        }
        return loaded ? Array(entries.suffix(limit)) : []
    }

    /// Appends `entry` as one line; does nothing for entries with newlines or longer than ``longestPersistedEntry``.
    func append(_ entry: String) {
        guard !entry.contains("\n"), entry.utf8.count <= Self.longestPersistedEntry else { return }
        var line = Array((entry + "\n").utf8)
        _ = withLockedFile(flags: O_WRONLY | O_APPEND | O_CREAT) { descriptor in
            _ = line.withUnsafeMutableBytes { bytes in
                write(descriptor, bytes.baseAddress, bytes.count)
            }
        }
    }

    /// Opens the file, takes an exclusive lock on the file that is at `path` now, and runs `body`.
    /// Returns `false` when the file cannot be opened or locked.
    private func withLockedFile(flags: Int32, _ body: (Int32) -> Void) -> Bool {
        for _ in 0..<5 {
            let descriptor = open(path, flags | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX) == 0 else { return false }
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0 else { return false }
            if stat(path, &current) == 0 && current.st_ino == opened.st_ino && current.st_dev == opened.st_dev {
                body(descriptor)
                return true
            }
        }
        return false
    }

    /// Replaces the file's contents with `entries` through a temporary file and `rename`.
    private func rewrite(with entries: [String]) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        var bytes = Array(entries.map { $0 + "\n" }.joined().utf8)
        let written = bytes.withUnsafeMutableBytes { buffer in
            write(descriptor, buffer.baseAddress, buffer.count)
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        if written == bytes.count && synced {
            rename(temporary, path)
        } else {
            unlink(temporary)
        }
    }

    private static func readLines(_ descriptor: Int32) -> [String] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }
}
