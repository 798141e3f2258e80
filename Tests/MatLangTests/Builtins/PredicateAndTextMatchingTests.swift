import MatLang
import Testing

@Suite("Predicates, text matching and flipping")
struct PredicateAndTextMatchingTests {
    static let missing = Value.string(NDArray(row: ["a", nil]))

    static let cases: [BuiltinCase] = [
        BuiltinCase("isequal", [r(1, 2, 3), .logical(NDArray(row: [true, false, true]))], "logical 1x1 0"),
        BuiltinCase("isequal", [r(1, 0, 1), .logical(NDArray(row: [true, false, true])), .single(NDArray(row: [1, 0, 1]))],
                    "logical 1x1 1"),
        BuiltinCase("isequal", [r(1, 2), .column([1, 2])], "logical 1x1 0"),
        BuiltinCase("isequal", [n(.nan), n(.nan)], "logical 1x1 0"),
        BuiltinCase("isequal", [str("abc"), char("abc")], "logical 1x1 1"),
        BuiltinCase("isequal", [char("abc"), str("abd")], "logical 1x1 0"),
        BuiltinCase("isequal", [.structScalar([("a", n(1)), ("b", char("x"))]), .structScalar([("b", char("x")), ("a", n(1))])],
                    "logical 1x1 1"),
        BuiltinCase("isequal", [.cellRow([n(1), char("a")]), .cellRow([n(1), char("b")])], "logical 1x1 0"),
        BuiltinCase("strcmp", [char("relu"), str("relu")], "logical 1x1 1"),
        BuiltinCase("strcmp", [char("relu"), char("ReLU")], "logical 1x1 0"),
        BuiltinCase("strcmp", [.cellRow([char("relu"), char("tanh")]), str("tanh")], "logical 1x2 0 1"),
        BuiltinCase("strcmp", [.stringRow(["a", "b"]), .cellRow([char("a"), char("c")])], "logical 1x2 1 0"),
        BuiltinCase("strcmp", [missing, str("a")], "logical 1x2 1 0"),
        BuiltinCase("strcmp", [n(1), char("1")], "logical 1x1 0"),
        BuiltinCase("strcmp", [.char(NDArray(size: [2, 1], elements: [97, 98])), .char(NDArray(size: [2, 1], elements: [97, 98]))],
                    "logical 1x1 1"),
        BuiltinCase("strcmpi", [str("ReLU"), char("relu")], "logical 1x1 1"),
        BuiltinCase("strlength", [.stringRow(["fc_1", "sigmoid"])], "double 1x2 4 7"),
        BuiltinCase("strlength", [missing], "double 1x2 1 NaN"),
        BuiltinCase("strlength", [char("")], "double 1x1 0"),
        BuiltinCase("strtrim", [char(" \t a b \n")], "char 1x3 \"a b\""),
        BuiltinCase("strtrim", [.cellRow([char(" x"), char("y ")])], "cell 1x2", "  char 1x1 \"x\"", "  char 1x1 \"y\""),
        BuiltinCase("strrep", [char("abc 2 def 22 ghi 222 jkl 2222"), char("22"), char("*")],
                    "char 1x26 \"abc 2 def * ghi ** jkl ***\""),
        BuiltinCase("strrep", [.stringRow(["fc_1 W", "fc_2 W"]), str("W"), str("Weights")],
                    "string 1x2 \"fc_1 Weights\" \"fc_2 Weights\""),
        BuiltinCase("strrep", [char("abc"), char(""), char("x")], "char 1x3 \"abc\""),
        BuiltinCase("newline", [], "char 1x1 \"\\n\""),
        BuiltinCase("fliplr", [m([1, 2, 3], [4, 5, 6])], "double 2x3 3 6 2 5 1 4"),
        BuiltinCase("flipud", [m([1, 2], [3, 4])], "double 2x2 3 1 4 2"),
        BuiltinCase("flip", [.column([1, 2, 3])], "double 3x1 3 2 1"),
        BuiltinCase("flip", [r(1, 2, 3)], "double 1x3 3 2 1"),
        BuiltinCase("flip", [m([1, 2], [3, 4]), n(3)], "double 2x2 1 3 2 4"),
        BuiltinCase("fliplr", [.cellRow([n(1), char("a")])], "cell 1x2", "  char 1x1 \"a\"", "  double 1x1 1"),
        BuiltinCase("fliplr", [char("abc")], "char 1x3 \"cba\""),
        BuiltinCase("isscalar", [n(5)], "logical 1x1 1"),
        BuiltinCase("isscalar", [r(1, 2)], "logical 1x1 0"),
        BuiltinCase("isvector", [.zeros([1, 0])], "logical 1x1 1"),
        BuiltinCase("isvector", [.zeros([2, 2])], "logical 1x1 0"),
        BuiltinCase("isrow", [.column([1, 2])], "logical 1x1 0"),
        BuiltinCase("iscolumn", [.column([1, 2])], "logical 1x1 1"),
        BuiltinCase("ismatrix", [.zeros([2, 3, 4])], "logical 1x1 0"),
        BuiltinCase("isnumeric", [.bool(true)], "logical 1x1 0"),
        BuiltinCase("isnumeric", [.single(NDArray(scalar: 1))], "logical 1x1 1"),
        BuiltinCase("isfloat", [char("a")], "logical 1x1 0"),
        BuiltinCase("islogical", [.bool(false)], "logical 1x1 1"),
        BuiltinCase("ischar", [str("a")], "logical 1x1 0"),
        BuiltinCase("isstring", [str("a")], "logical 1x1 1"),
        BuiltinCase("iscell", [.cellRow([])], "logical 1x1 1"),
        BuiltinCase("iscellstr", [.cellRow([char("a"), char("bc")])], "logical 1x1 1"),
        BuiltinCase("iscellstr", [.cellRow([char("a"), str("b")])], "logical 1x1 0"),
        BuiltinCase("isstruct", [.structScalar([("a", n(1))])], "logical 1x1 1"),
        BuiltinCase("mat2str", [m([0.5, 1], [2, .nan])], "char 1x13 \"[0.5 1;2 NaN]\""),
        BuiltinCase("mat2str", [n(.pi)], "char 1x16 \"3.14159265358979\""),
        BuiltinCase("mat2str", [n(.pi), n(4)], "char 1x5 \"3.142\""),
        BuiltinCase("mat2str", [r(-.infinity, 1e20)], "char 1x12 \"[-Inf 1e+20]\""),
        BuiltinCase("mat2str", [.logical(NDArray(row: [true, false]))], "char 1x12 \"[true false]\""),
        BuiltinCase("mat2str", [char("it's")], "char 1x7 \"'it''s'\""),
        BuiltinCase("mat2str", [.zeros([0, 3])], "char 1x10 \"zeros(0,3)\""),
        BuiltinCase("mat2str", [.empty], "char 1x2 \"[]\""),
        BuiltinCase("int2str", [m([2.5, -2.5], [1.2, 3])], "char 2x5 \"31    - 33\""),
        BuiltinCase("int2str", [n(2.7)], "char 1x1 \"3\""),
    ]

    @Test("isequal, strcmp and the other predicates, strrep and flips follow MATLAB", arguments: cases)
    func builtins(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("strcmp of text arrays of different sizes names the rule")
    func strcmpSizes() {
        let call = BuiltinCase("strcmp", [.stringRow(["a", "b"]), .stringRow(["a", "b", "c"])], "logical 1x1 0")
        #expect(throws: RuntimeError.self) { try call.run() }
    }

    @Test("exist reports the new families as built-in functions")
    func existKnowsThem() throws {
        let context = BuiltinTestContext()
        for name in ["isequal", "strcmp", "fliplr", "isscalar", "rethrow", "MException"] {
            #expect(try context.run("exist", char(name))[0].scalarDouble() == 5, "\(name)")
        }
    }

    @Test("mat2str refuses N-d arrays and cells")
    func mat2strInputs() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("mat2str", [.zeros([2, 2, 2])], "char 1x1 \"\"").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("mat2str", [.cellRow([n(1)])], "char 1x1 \"\"").run() }
    }

    @Test("Predicates take exactly one argument")
    func predicateArity() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("isscalar", [], "logical 1x1 0").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("isrow", [n(1), n(2)], "logical 1x1 0").run() }
    }
}
