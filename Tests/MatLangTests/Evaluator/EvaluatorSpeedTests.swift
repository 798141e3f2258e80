import Foundation
import Testing
@testable import MatLang

@Suite struct EvaluatorSpeedTests {
    /// 1e6 iterations in optimised builds; a tenth of that in debug builds, which are ~10× slower.
    @Test func aMillionIterationScalarLoopIsTimed() throws {
        #if DEBUG
        let iterations = 100_000
        #else
        let iterations = 1_000_000
        #endif
        let session = Session()
        let start = Date()
        try session.run("s = 0; for k = 1:\(iterations), s = s + k; end")
        let seconds = Date().timeIntervalSince(start)
        print("MatLang loop `s = s + k` over \(iterations) iterations: \(String(format: "%.3f", seconds)) s")
        let n = Double(iterations)
        #expect(try session.number("s") == n * (n + 1) / 2)
    }
}

@Suite struct ParserSpeedTests {
    @Test func parsingAThousandLineScriptIsTimed() throws {
        var lines: [String] = []
        for i in 0..<250 {
            lines += ["x\(i) = [1 2; 3 4] * \(i);", "if x\(i)(1) > 3, y = x\(i)' + 1; else, y = -x\(i); end",
                      "f = @(a) a.^2 + \(i);", "% comment \(i)"]
        }
        let script = lines.joined(separator: "\n")
        let start = Date()
        let program = try Parser.parse(script, file: "big.m")
        print("MatLang parse of a 1000-line script: \(String(format: "%.1f", Date().timeIntervalSince(start) * 1000)) ms")
        #expect(program.statements.count == 750)
    }
}
