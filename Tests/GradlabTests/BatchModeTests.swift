import Foundation
import Testing

/// The binary in batch mode: flags, exit statuses and bad input handled without a crash or a hang.
@Suite struct BatchModeTests {
    private func gradlab(_ arguments: [String], input: Data? = nil) throws -> GradlabBinary.Result {
        let binary = try #require(GradlabBinary.path, "the gradlab executable was not built beside the tests")
        return try GradlabBinary.run(binary, arguments, input: input)
    }

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "gradlab-test-\(UUID().uuidString).m"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func versionPrintsTheVersionAndExitsZero() throws {
        let result = try gradlab(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: ".").count == 3)
    }

    @Test func helpDescribesTheModesAndTheExitStatuses() throws {
        let result = try gradlab(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: gradlab"))
        #expect(result.standardOutput.contains("--no-color"))
        #expect(result.standardOutput.contains("2 syntax error"))
    }

    @Test func codeGivenWithEvalRunsAndExitsZero() throws {
        let result = try gradlab(["-e", "x = 2 * 21"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("x =\n\n    42\n"))
    }

    @Test func syntaxAndRuntimeErrorsExitWithDistinctStatuses() throws {
        let syntax = try gradlab(["-e", "x = (1"])
        #expect(syntax.status == 2)
        #expect(syntax.standardError.contains("command line:1:7: error:"))
        let runtime = try gradlab(["-e", "x = notDefinedAnywhere + 1"])
        #expect(runtime.status == 1)
        #expect(runtime.standardError.contains("notDefinedAnywhere"))
    }

    @Test func aScriptFileRunsAndItsErrorsNameTheFileAndLine() throws {
        let path = try temporaryFile(Array("a = 1;\nb = a + 1\nc = missingName;\nd = 4\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try gradlab([path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("b =\n\n     2\n"))
        #expect(!result.standardOutput.contains("d ="))
        #expect(result.standardError.contains("\(path):3"))
    }

    @Test func pipedInputRunsLineByLineAndStopsAtTheFirstError() throws {
        let input = Data("for i = 1:3\n  s = i;\nend\ns\nbroken(\nafter = 1\n".utf8)
        let result = try gradlab([], input: input)
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("s =\n\n     3\n"))
        #expect(!result.standardOutput.contains("after"))
        #expect(result.standardError.hasPrefix("<stdin>:6:10: error: "))
    }

    @Test func aFunctionPipedInContinuesToItsEndInsteadOfRunningItsFirstLineAlone() throws {
        let input = Data("function r = addOne(a)\n  r = a + 1;\nend\ndisp(7)\n".utf8)
        let result = try gradlab([], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput == "     7\n")
    }

    @Test func aLoopAndAMatrixThousandsOfLinesLongRunWhenPipedIn() throws {
        let body = String(repeating: "  s = s + k;\n", count: 3000)
        let rows = String(repeating: "1 2 3 4 5 6 7 8\n", count: 3000)
        let input = Data("s = 0;\nfor k = 1:2\n\(body)end\nm = [\n\(rows)];\ndisp([s size(m)])\n".utf8)
        let result = try gradlab([], input: input)
        #expect(result.status == 0, "\(result.standardError.prefix(300))")
        #expect(result.standardOutput == "        9000        3000           8\n")
    }

    @Test(arguments: [
        ("x = 1" + String(repeating: "+1", count: 5000), "1000 levels deep"),
        ("x = 1" + String(repeating: "'", count: 5000), "1000 levels deep"),
        ("s.a = 1; x = s" + String(repeating: ".a", count: 5000), "1000 levels deep"),
        ("x = 2^" + String(repeating: "-", count: 5000) + "1", "200 levels deep"),
        (String(repeating: "if 1\n", count: 5000) + String(repeating: "end\n", count: 5000), "200 levels deep"),
    ])
    func deeplyNestedCodeIsRefusedWithAMessageNotAStackOverflow(code: String, message: String) throws {
        for arguments in [["-e", code], []] {
            let result = try gradlab(arguments, input: arguments.isEmpty ? Data((code + "\n").utf8) : nil)
            #expect(result.status == 2, "\(arguments.first ?? "pipe"): \(result.standardError.prefix(300))")
            #expect(result.standardError.contains("nested more than \(message)"))
        }
    }

    @Test func sigintStopsARunningBatchStatementWithStatus130() throws {
        let binary = try #require(GradlabBinary.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-e", "k = 0; while 1, k = k + 1; end"]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(300_000)
        process.interrupt()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(message.contains("Operation terminated by user."))
    }

    @Test func aFileAndCodeTogetherAreAUsageError() throws {
        let result = try gradlab(["script.m", "-e", "x = 1"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("Give one of FILE.m, -e CODE or --publish FILE.m."))
    }

    @Test func aMissingFileIsReportedWithStatus66() throws {
        let result = try gradlab(["/nonexistent/lesson.m"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("cannot read /nonexistent/lesson.m: No such file or directory"))
    }

    @Test func aDirectoryIsNotAScript() throws {
        let result = try gradlab([NSTemporaryDirectory()])
        #expect(result.status == 66)
        #expect(result.standardError.contains("is a directory"))
    }

    @Test func aFileOfInvalidUTF8IsReportedWithTheOffsetAndStatus65() throws {
        let path = try temporaryFile(Array("x = 1;\n".utf8) + [0xC3, 0x28, 0xFF])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try gradlab([path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("not UTF-8 text (invalid byte at offset 7)"))
    }

    @Test func emptyPipedInputEndsCleanly() throws {
        let result = try gradlab([], input: Data())
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aClosedStandardInputEndsCleanly() throws {
        let binary = try #require(GradlabBinary.path)
        let result = try GradlabBinary.run("/bin/sh", ["-c", "exec \"$0\" <&-", binary])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
    }

    @Test func aLineLongerThanAMebibyteIsRefusedWithAMessage() throws {
        let line = Data(repeating: UInt8(ascii: "1"), count: 2 << 20) + Data("\n".utf8)
        let result = try gradlab([], input: line)
        #expect(result.status == 2)
        #expect(result.standardError.contains("line too long (2097152 bytes"))
    }

    @Test(arguments: [1, 2, 3])
    func binaryGarbageOnStandardInputEndsWithAStatusNotASignal(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        let garbage = Data((0..<10_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let result = try gradlab([], input: garbage)
        #expect([0, 1, 2].contains(result.status), "\(result.standardError.prefix(300))")
    }
}

/// A small seeded generator for reproducible garbage.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
