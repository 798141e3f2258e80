import MatLang
import Testing

@Suite("Elementwise")
struct ElementwiseTests {
    static let cases: [BuiltinCase] = [
        BuiltinCase("abs", [r(-1, 2, -3)], "double 1x3 1 2 3"),
        BuiltinCase("sqrt", [r(4, 9, 2)], "double 1x3 2 3 1.4142135623730951"),
        BuiltinCase("exp", [r(0, 1)], "double 1x2 1 2.7182818284590451"),
        BuiltinCase("log", [r(1, 0)], "double 1x2 0 -Inf"),
        BuiltinCase("log10", [r(1000, 0.1)], "double 1x2 3 -1"),
        BuiltinCase("log2", [r(8, 0.5)], "double 1x2 3 -1"),
        BuiltinCase("tanh", [r(-2, 0, 20)], "double 1x3 -0.9640275800758169 0 1"),
        BuiltinCase("round", [r(-2.5, -0.5, 0.5, 2.5)], "double 1x4 -3 -1 1 3"),
        BuiltinCase("round", [n(.pi), n(3)], "double 1x1 3.142"),
        BuiltinCase("round", [r(1234.5678, -1250), n(-2)], "double 1x2 1200 -1300"),
        BuiltinCase("round", [r(-0.125, 0.0125), n(2)], "double 1x2 -0.13 0.01"),
        BuiltinCase("round", [r(1234.5678, 0.000123456, 0), n(2), char("significant")], "double 1x3 1200 0.00012 0"),
        BuiltinCase("round", [.single(NDArray(scalar: 2.345)), n(1)], "single 1x1 2.3"),
        BuiltinCase("round", [r(.nan, .infinity), n(2)], "double 1x2 NaN Inf"),
        BuiltinCase("fix", [r(-2.5, 2.5)], "double 1x2 -2 2"),
        BuiltinCase("floor", [r(-2.5, 2.5)], "double 1x2 -3 2"),
        BuiltinCase("ceil", [r(-2.5, 2.5)], "double 1x2 -2 3"),
        BuiltinCase("mod", [r(10, -10), n(3)], "double 1x2 1 2"),
        BuiltinCase("mod", [n(10), n(-3)], "double 1x1 -2"),
        BuiltinCase("mod", [n(5), n(0)], "double 1x1 5"),
        BuiltinCase("mod", [m([1, 2, 3], [4, 5, 6]), r(2, 3, 4)], "double 2x3 1 0 2 2 3 2"),
        BuiltinCase("rem", [r(10, -10), n(3)], "double 1x2 1 -1"),
        BuiltinCase("rem", [n(5), n(0)], "double 1x1 NaN"),
        BuiltinCase("sign", [r(-3, 0, 2)], "double 1x3 -1 0 1"),
        BuiltinCase("isnan", [r(1, .nan, .infinity)], "logical 1x3 0 1 0"),
        BuiltinCase("isinf", [r(1, .nan, -.infinity)], "logical 1x3 0 0 1"),
        BuiltinCase("isfinite", [r(1, .nan, .infinity)], "logical 1x3 1 0 0"),
        BuiltinCase("abs", [.logical(NDArray(row: [true, false]))], "double 1x2 1 0"),
        BuiltinCase("sqrt", [.single(NDArray(row: [4, 2]))], "single 1x2 2 1.41421354"),
    ]

    @Test("element-wise functions follow MATLAB", arguments: cases)
    func elementwise(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("square roots and logarithms of negatives are refused instead of turning complex")
    func complexRefused() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("sqrt", n(-1)) }
        #expect(throws: RuntimeError.self) { try context.run("log", n(-1)) }
    }

    @Test("incompatible sizes in mod are an error")
    func incompatible() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.incompatibleSizes(left: [1, 2], right: [1, 3])) { try context.run("mod", r(1, 2), r(1, 2, 3)) }
    }
}

@Suite("round with digits")
struct RoundDigitsTests {
    @Test("round rejects an unknown rounding type and non-positive significant digits")
    func roundArguments() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("round", [n(1), n(2), char("nearest")], "double 1x1 1").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("round", [n(1), n(0), char("significant")], "double 1x1 1").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("round", [n(1), n(1.5)], "double 1x1 1").run() }
    }
}
