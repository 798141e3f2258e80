import MatLang
import Testing

@Suite("Construction and shape")
struct ConstructionTests {
    static let cases: [BuiltinCase] = [
        BuiltinCase("zeros", [n(2), n(3)], "double 2x3 0 0 0 0 0 0"),
        BuiltinCase("zeros", [r(2, 1, 2)], "double 2x1x2 0 0 0 0"),
        BuiltinCase("zeros", [n(-1)], "double 0x0"),
        BuiltinCase("ones", [n(2), char("single")], "single 2x2 1 1 1 1"),
        BuiltinCase("eye", [n(2), n(3)], "double 2x3 1 0 0 1 0 0"),
        BuiltinCase("linspace", [n(0), n(1), n(5)], "double 1x5 0 0.25 0.5 0.75 1"),
        BuiltinCase("linspace", [n(0), n(1), n(1)], "double 1x1 1"),
        BuiltinCase("linspace", [n(0), n(1), n(0)], "double 1x0"),
        BuiltinCase("colon", [n(5), n(-2), n(0)], "double 1x3 5 3 1"),
        BuiltinCase("repmat", [m([1, 2], [3, 4]), r(1, 2)], "double 2x4 1 3 2 4 1 3 2 4"),
        BuiltinCase("repmat", [char("ab"), n(1), n(3)], "char 1x6 \"ababab\""),
        BuiltinCase("cat", [n(3), r(1, 2), r(3, 4)], "double 1x2x2 1 2 3 4"),
        BuiltinCase("vertcat", [char("ab"), char("cd")], "char 2x2 \"acbd\""),
        BuiltinCase("reshape", [r(1, 2, 3, 4, 5, 6), .empty, n(2)], "double 3x2 1 2 3 4 5 6"),
        BuiltinCase("reshape", [r(1, 2, 3, 4, 5, 6, 7, 8), n(2), n(2), n(2)], "double 2x2x2 1 2 3 4 5 6 7 8"),
        BuiltinCase("permute", [.double(NDArray(size: [2, 2, 2], elements: (1...8).map(Double.init))), r(3, 1, 2)],
                    "double 2x2x2 1 5 2 6 3 7 4 8"),
        BuiltinCase("squeeze", [.double(NDArray(size: [1, 1, 3], elements: [1, 2, 3]))], "double 3x1 1 2 3"),
        BuiltinCase("size", [.zeros([2, 3, 4])], "double 1x3 2 3 4"),
        BuiltinCase("size", [.zeros([2, 3, 4])], nargout: 2, "double 1x1 2", "double 1x1 12"),
        BuiltinCase("size", [.zeros([2, 3]), n(3)], "double 1x1 1"),
        BuiltinCase("numel", [.zeros([3, 4])], "double 1x1 12"),
        BuiltinCase("length", [.zeros([3, 0])], "double 1x1 0"),
        BuiltinCase("ndims", [.zeros([2, 3, 4])], "double 1x1 3"),
        BuiltinCase("isempty", [.zeros([0, 3])], "logical 1x1 1"),
    ]

    @Test("construction and shape built-ins give MATLAB's values and sizes", arguments: cases)
    func construction(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("non-integer sizes are refused with MATLAB's message")
    func nonIntegerSize() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.invalidArgument(function: "zeros", position: nil, reason: "Size inputs must be integers.")) {
            try context.run("zeros", n(1.5))
        }
    }

    @Test("reshape refuses a size with a different element count")
    func reshapeCount() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("reshape", r(1, 2, 3, 4, 5, 6), n(4), n(2)) }
    }

    @Test("rng makes rand, randn and randi repeat")
    func rngRepeats() throws {
        let context = BuiltinTestContext()
        _ = try context.run("rng", n(42))
        let first = try context.encoded("rand", n(1), n(3)) + (try context.encoded("randn", n(2))) + (try context.encoded("randi", r(3, 5), n(4)))
        _ = try context.run("rng", n(42))
        let second = try context.encoded("rand", n(1), n(3)) + (try context.encoded("randn", n(2))) + (try context.encoded("randi", r(3, 5), n(4)))
        #expect(first == second)
        _ = try context.run("rng", char("default"))
        let third = try context.encoded("rand", n(1), n(3))
        #expect(!first.hasPrefix(third))
    }

    @Test("random draws stay in their ranges and have plausible moments")
    func randomMoments() throws {
        let source = DefaultRandomSource(seed: 7)
        let uniforms = (0..<20_000).map { _ in source.nextUniform() }
        #expect(uniforms.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(uniforms.reduce(0, +) / 20_000 - 0.5) < 0.01)
        let normals = (0..<20_000).map { _ in source.nextNormal() }
        let mean = normals.reduce(0, +) / 20_000
        let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 20_000
        #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.05)
        let dice = (0..<6_000).map { _ in source.nextInteger(in: 1...6) }
        #expect(Set(dice) == Set(1...6))
    }
}
