import MatLang
import Testing

@Suite("Search, sort and histograms")
struct SearchTests {
    static let primes = r(2, 3, 5, 7, 11, 13, 17, 19, 23, 29)

    static let cases: [BuiltinCase] = [
        BuiltinCase("find", [r(0, 1, 0, 1, 1)], "double 1x3 2 4 5"),
        BuiltinCase("find", [m([0, 1], [1, 1])], "double 3x1 2 3 4"),
        BuiltinCase("find", [m([0, 1], [1, 1])], nargout: 2, "double 3x1 2 1 2", "double 3x1 1 2 2"),
        BuiltinCase("find", [r(0, 1, 0, 1, 1), n(2), char("last")], "double 1x2 4 5"),
        BuiltinCase("find", [r(0, 0, 0)], "double 1x0"),
        BuiltinCase("sort", [r(3, 1, 2), char("descend")], nargout: 2, "double 1x3 3 2 1", "double 1x3 1 3 2"),
        BuiltinCase("sort", [r(2, 1, 2, 1)], nargout: 2, "double 1x4 1 1 2 2", "double 1x4 2 4 1 3"),
        BuiltinCase("sort", [r(.nan, 1, 3, 2), char("descend")], "double 1x4 NaN 3 2 1"),
        BuiltinCase("sort", [m([3, 1], [2, 4]), n(2)], "double 2x2 1 2 3 4"),
        BuiltinCase("sort", [char("hello")], "char 1x5 \"ehllo\""),
        BuiltinCase("sort", [.stringRow(["b", "c", "a"])], "string 1x3 \"a\" \"b\" \"c\""),
        BuiltinCase("unique", [r(3, 1, 2, 3, 1)], nargout: 3, "double 1x3 1 2 3", "double 3x1 2 3 1", "double 5x1 3 1 2 3 1"),
        BuiltinCase("unique", [r(3, 1, 3), char("stable")], "double 1x2 3 1"),
        BuiltinCase("unique", [m([3, 4], [1, 2], [3, 4], [1, 1]), char("rows")], nargout: 3,
                    "double 3x2 1 1 3 1 2 4", "double 3x1 4 2 1", "double 4x1 3 2 3 1"),
        BuiltinCase("unique", [m([3, 4], [1, 2], [3, 4]), str("rows"), str("stable")], nargout: 3,
                    "double 2x2 3 1 4 2", "double 2x1 1 2", "double 3x1 1 2 1"),
        BuiltinCase("unique", [m([.nan, 1], [.nan, 1]), char("rows")], "double 2x2 NaN NaN 1 1"),
        BuiltinCase("unique", [.char(NDArray(size: [3, 2], elements: [98, 97, 98, 98, 97, 98])), char("rows")],
                    "char 2x2 \"abab\""),
        BuiltinCase("unique", [.cellRow([char("b"), char("a"), char("b")])], "cell 1x2", "  char 1x1 \"a\"", "  char 1x1 \"b\""),
        BuiltinCase("ismember", [r(1, 5, 2), r(3, 2, 1)], nargout: 2, "logical 1x3 1 0 1", "double 1x3 3 0 2"),
        BuiltinCase("ismember", [.string(NDArray(column: ["Weights", "Bias", "Weights"])), str("Weights")], "logical 3x1 1 0 1"),
        BuiltinCase("ismember", [char("a"), .cellRow([char("a"), char("b")])], "logical 1x1 1"),
        BuiltinCase("histcounts", [primes, n(6)], nargout: 2, "double 1x6 2 2 2 2 1 1",
                    "double 1x7 0 4.9000000000000004 9.8000000000000007 14.699999999999999 19.600000000000001 24.5 29.399999999999999"),
        BuiltinCase("histcounts", [r(100, 150, 190, 200, 250, 300, 350, 370, 390, 400, 400), r(100, 200, 300, 400)], "double 1x3 3 2 6"),
        BuiltinCase("histcounts", [r(3, 3, 3), n(1)], nargout: 2, "double 1x1 3", "double 1x2 2.5 3.5"),
        BuiltinCase("histcounts", [r(1, 2, 2, 3, 4, 5)], nargout: 2, "double 1x5 1 2 1 1 1", "double 1x6 0.5 1.5 2.5 3.5 4.5 5.5"),
        BuiltinCase("histcounts", [r(-2, 0, 0, .nan)], nargout: 2, "double 1x3 1 0 2", "double 1x4 -2.5 -1.5 -0.5 0.5"),
        BuiltinCase("histcounts", [r(7, 7)], nargout: 2, "double 1x1 2", "double 1x2 6.5 7.5"),
        BuiltinCase("histcounts", [r(0, 51)], nargout: 2, "double 1x1 2", "double 1x2 0 100"),
        BuiltinCase("histcounts", [r(0.1, 0.25, 0.3, 0.8, 0.95)], nargout: 2, "double 1x1 5", "double 1x2 0 1"),
        BuiltinCase("histcounts", [r(1, 2, 2, 3, 5), n(2)], nargout: 3, "double 1x2 3 2", "double 1x3 0 3 6", "double 1x5 1 1 1 2 2"),
        BuiltinCase("gradient", [r(1, 4, 9, 16, 25)], "double 1x5 3 4 6 8 9"),
        BuiltinCase("gradient", [r(1, 4, 9, 16, 25), n(0.5)], "double 1x5 6 8 12 16 18"),
        BuiltinCase("gradient", [r(1, 2, 4, 7), r(0, 1, 3, 4)], "double 1x4 1 1 1.6666666666666667 3"),
        BuiltinCase("gradient", [.column([0, 1, 4]), .column([0, 1, 2])], "double 3x1 1 2 3"),
        BuiltinCase("gradient", [m([1, 2, 4], [2, 5, 9]), r(0, 1, 3), n(2)], nargout: 2,
                    "double 2x3 1 3 1 2.3333333333333335 1 2", "double 2x3 0.5 0.5 1.5 1.5 2.5 2.5"),
        BuiltinCase("gradient", [m([1, 2, 4], [2, 5, 9])], nargout: 2, "double 2x3 1 3 1.5 3.5 2 4", "double 2x3 1 1 3 3 5 5"),
    ]

    @Test("search, sort, unique, histcounts and gradient follow MATLAB", arguments: cases)
    func search(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("gradient refuses coordinates that do not match the dimension they space")
    func gradientCoordinateLength() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("gradient", [r(1, 2, 3), r(0, 1)], "double 1x3 0 0 0").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("gradient", [r(1, 2, 3), .zeros([2, 2])], "double 1x3 0 0 0").run() }
    }

    @Test("histcounts with 30 bins covers every value and keeps nice uniform edges")
    func thirtyBins() throws {
        let context = BuiltinTestContext()
        _ = try context.run("rng", n(1))
        let values = try context.run("randn", n(100), n(78))[0]
        let outputs = try context.run("histcounts", values, n(30), nargout: 2)
        let counts = try outputs[0].doubleArray().elements
        let edges = try outputs[1].doubleArray().elements
        let data = try values.doubleArray().elements
        #expect(counts.count == 30 && edges.count == 31)
        #expect(counts.reduce(0, +) == Double(data.count))
        #expect(edges[0] <= data.min()! && edges[30] >= data.max()!)
        let widths = zip(edges.dropFirst(), edges).map { $0 - $1 }
        #expect(widths.allSatisfy { abs($0 - widths[0]) < 1e-9 * abs(widths[0]) })
    }

    @Test("the reference example's ReLU gradient steps from 0 to 1")
    func reluGradient() throws {
        let context = BuiltinTestContext()
        let x = try context.run("linspace", n(-5), n(5), n(1000))[0]
        let relu = try context.run("max", n(0), x)[0]
        let g = try context.run("gradient", relu, n(0.01))[0].doubleArray().elements
        #expect(abs(g[0]) < 1e-12 && abs(g[999] - 1.001) < 1e-3)
        #expect(g.allSatisfy { $0 >= 0 && $0 <= 1.01 })
    }
}
