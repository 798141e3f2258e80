import Foundation

/// Runs the built `gradlab` executable and the pseudo-terminal driver script.
enum GradlabBinary {
    /// The `gradlab` executable beside the test bundle (`swift build` puts both in one folder),
    /// or the path in `GRADLAB_BINARY`.
    static var path: String? {
        if let explicit = ProcessInfo.processInfo.environment["GRADLAB_BINARY"] { return explicit }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("gradlab").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The first `python3` on `PATH`, or `nil` when there is none.
    static var python3: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The driver script that types at the binary through a pseudo-terminal.
    static let driverScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("drive_pty.py").path

    /// What a finished process printed and how it exited.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `executable` with `arguments`, feeding `input` (or an empty standard input when `nil`).
    ///
    /// SIGPIPE is ignored in the test process, so a child that exits before reading all its input
    /// ends the write with an error instead of ending the tests.
    static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "NO_COLOR")
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        let writer = Thread {
            if let input { try? standardInput.fileHandleForWriting.write(contentsOf: input) }
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// Whether the language interpreter answers statements (`-e "x = 1;"` succeeds).
    static var interpreterIsConnected: Bool {
        guard let path, let result = try? run(path, ["-e", "x = 1;"]) else { return false }
        return result.status == 0
    }
}
