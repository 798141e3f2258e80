import Foundation
import Testing
@testable import MatLang

@Suite struct EvaluatorSpeedTests {
    @Test func aMillionIterationScalarLoopIsTimed() throws {
        let session = Session()
        let start = Date()
        try session.run("s = 0; for k = 1:1e6, s = s + k; end")
        let seconds = Date().timeIntervalSince(start)
        print("MatLang loop `s = s + k` over 1e6 iterations: \(String(format: "%.3f", seconds)) s")
        #expect(try session.number("s") == 500_000_500_000)
    }
}
