import MatLang
import Testing

@Suite("Reductions")
struct ReductionTests {
    static let cases: [BuiltinCase] = [
        BuiltinCase("sum", [m([1, 2], [3, 4])], "double 1x2 4 6"),
        BuiltinCase("sum", [m([1, 2], [3, 4]), n(2)], "double 2x1 3 7"),
        BuiltinCase("sum", [m([1, 2], [3, 4]), char("all")], "double 1x1 10"),
        BuiltinCase("sum", [m([1, 2], [3, 4]), r(1, 2)], "double 1x1 10"),
        BuiltinCase("sum", [.empty], "double 1x1 0"),
        BuiltinCase("sum", [.zeros([0, 3])], "double 1x3 0 0 0"),
        BuiltinCase("prod", [.empty], "double 1x1 1"),
        BuiltinCase("mean", [m([1, 2], [3, 4]), str("all")], "double 1x1 2.5"),
        BuiltinCase("mean", [.empty], "double 1x1 NaN"),
        BuiltinCase("std", [r(1, 2, 3, 4)], "double 1x1 1.2909944487358056"),
        BuiltinCase("std", [r(1, 2, 3, 4), n(1)], "double 1x1 1.1180339887498949"),
        BuiltinCase("var", [m([2, 4], [6, 10]), n(0), n(2)], "double 2x1 2 8"),
        BuiltinCase("var", [n(7)], "double 1x1 0"),
        BuiltinCase("max", [m([3, 7], [4, 1]), .empty, n(2)], nargout: 2, "double 2x1 7 4", "double 2x1 2 1"),
        BuiltinCase("max", [r(2, 5, 5, 1)], nargout: 2, "double 1x1 5", "double 1x1 2"),
        BuiltinCase("max", [r(.nan, 1, 2)], "double 1x1 2"),
        BuiltinCase("max", [r(1, -2, 3), n(0)], "double 1x3 1 0 3"),
        BuiltinCase("max", [.column([1, 2]), r(3, 0)], "double 2x2 3 3 1 2"),
        BuiltinCase("max", [m([1, 2], [3, 4]), .empty, char("all")], "double 1x1 4"),
        BuiltinCase("min", [m([3, 7], [4, 1]), .empty, n(2)], nargout: 2, "double 2x1 3 1", "double 2x1 1 2"),
        BuiltinCase("cumsum", [m([1, 2], [3, 4]), n(2)], "double 2x2 1 3 3 7"),
        BuiltinCase("cumprod", [r(1, 2, 3, 4)], "double 1x4 1 2 6 24"),
        BuiltinCase("cumsum", [r(1, 2, 3), char("reverse")], "double 1x3 6 5 3"),
        BuiltinCase("cumsum", [m([1, 2], [3, 4]), n(1), str("reverse")], "double 2x2 4 3 6 4"),
        BuiltinCase("cumsum", [r(1, 2, 3), str("forward")], "double 1x3 1 3 6"),
        BuiltinCase("cumprod", [r(1, 2, 3, 4), char("reverse")], "double 1x4 24 24 12 4"),
        BuiltinCase("diff", [r(1, 4, 9, 16), n(2)], "double 1x2 2 2"),
        BuiltinCase("diff", [m([1, 2], [4, 8]), n(1), n(2)], "double 2x1 1 4"),
        BuiltinCase("any", [m([0, 0], [0, 1])], "logical 1x2 0 1"),
        BuiltinCase("all", [.empty], "logical 1x1 1"),
        BuiltinCase("norm", [r(3, 4)], "double 1x1 5"),
        BuiltinCase("norm", [m([1, 2], [3, 4])], "double 1x1 5.4649857042190426"),
        BuiltinCase("norm", [m([1, 2], [3, 4]), char("fro")], "double 1x1 5.4772255750516612"),
        BuiltinCase("norm", [m([1, 2], [3, 4]), .number(.infinity)], "double 1x1 7"),
        BuiltinCase("dot", [m([1, 2], [3, 4]), m([5, 6], [7, 8])], "double 1x2 26 44"),
        BuiltinCase("sum", [r(1, .nan, 3), char("omitnan")], "double 1x1 4"),
        BuiltinCase("sum", [m([1, .nan], [3, 4]), n(2), char("omitnan")], "double 2x1 1 7"),
        BuiltinCase("mean", [r(1, .nan, 3), char("omitnan")], "double 1x1 2"),
        BuiltinCase("mean", [r(1, .nan, 3)], "double 1x1 NaN"),
        BuiltinCase("std", [r(1, .nan, 3), n(0), char("omitnan")], "double 1x1 1.4142135623730951"),
        BuiltinCase("max", [r(1, .nan, 3), .empty, n(2), char("includenan")], nargout: 2, "double 1x1 NaN", "double 1x1 2"),
        BuiltinCase("min", [r(1, .nan), r(0, 0), char("includenan")], "double 1x2 0 NaN"),
    ]

    @Test("reductions follow MATLAB's dimension rules and outputs", arguments: cases)
    func reduction(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("single inputs keep class single through sum and mean")
    func singleStaysSingle() throws {
        let context = BuiltinTestContext()
        let x = Value.single(NDArray(row: [1, 2, 3]))
        #expect(try context.run("sum", x)[0].className == "single")
        #expect(try context.run("mean", x)[0].className == "single")
    }

    @Test("a bad dimension names the function and the argument")
    func badDimension() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.invalidArgument(
            function: "sum", position: 2,
            reason: "Dimension argument must be a positive integer scalar, a vector of unique positive integers, or 'all'.")) {
            try context.run("sum", n(1), n(0))
        }
    }

    @Test("cumsum names a bad direction and refuses extra arguments")
    func cumulativeDirection() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.invalidArgument(function: "cumsum", position: 2,
                                                     reason: "Direction must be \"forward\" or \"reverse\".")) {
            try context.run("cumsum", r(1, 2), char("backward"))
        }
        #expect(throws: RuntimeError.tooManyInputs(function: "cumprod")) {
            try context.run("cumprod", r(1, 2), n(1), n(2))
        }
    }

    @Test("the 2-norm of a large matrix is its largest singular value")
    func largeNorm() throws {
        let context = BuiltinTestContext()
        var diagonal = NDArray<Double>(size: [100, 80], repeating: 0)
        for k in 0..<80 { diagonal[k, k] = Double(k + 1) }
        #expect(abs(try context.run("norm", .double(diagonal))[0].scalarDouble() - 80) < 1e-9)
        let u = (0..<300).map { Double($0 % 5) - 2 }
        let v = (0..<270).map { Double($0 % 3) + 1 }
        var rankOne = NDArray<Double>(size: [300, 270], repeating: 0)
        for i in 0..<300 { for j in 0..<270 { rankOne[i, j] = u[i] * v[j] } }
        let expected = u.reduce(0) { $0 + $1 * $1 }.squareRoot() * v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(try context.run("norm", .double(rankOne))[0].scalarDouble() - expected) < 1e-9 * expected)
    }

    @Test("absurd dimensions, orders and seeds are refused rather than trapping")
    func absurdArguments() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("sum", r(1, 2), n(1e8)) }
        #expect(throws: RuntimeError.self) { try context.run("randi", n(1e300)) }
        #expect(throws: RuntimeError.self) { try context.run("reshape", r(1, 2), n(1e15), n(1e15)) }
        #expect(throws: RuntimeError.self) { try context.run("toc", n(1e300)) }
        #expect(try context.encoded("diff", r(1, 2, 3), n(1e12)) == "double 1x0")
        #expect(try context.run("sprintf", char("%99999999d"), n(1))[0].count == 10_000)
    }

    @Test("two outputs from max(a, b) are refused")
    func maxTwoArrayOutputs() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("max", r(1, 2), r(2, 1), nargout: 2) }
    }
}
