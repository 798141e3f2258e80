import Testing
@testable import MatLang

struct DisplayTests {
    static let compact = DisplayFormat(spacing: .compact)
    static let long = DisplayFormat(precision: .long)

    @Test("Golden displays in format short, loose", arguments: [
        (V.n(5), "x =\n\n     5\n\n"),
        (V.n(-5), "x =\n\n    -5\n\n"),
        (V.n(3.14159265358979), "x =\n\n    3.1416\n\n"),
        (V.n(-0.5), "x =\n\n   -0.5000\n\n"),
        (V.n(0.0001), "x =\n\n   1.0000e-04\n\n"),
        (V.n(0.001), "x =\n\n   1.0000e-03\n\n"),
        (V.n(0.0015), "x =\n\n    0.0015\n\n"),
        (V.n(12345.678), "x =\n\n   1.2346e+04\n\n"),
        (V.n(2020), "x =\n\n        2020\n\n"),
        (V.n(-0.0), "x =\n\n     0\n\n"),
        (V.n(.nan), "x =\n\n   NaN\n\n"),
        (V.n(-.infinity), "x =\n\n  -Inf\n\n"),
        (V.r(1, 2, 3), "x =\n\n     1     2     3\n\n"),
        (V.m([[16, 2], [5, 11]]), "x =\n\n    16     2\n     5    11\n\n"),
        (V.r(1.5, 2.25, .nan), "x =\n\n    1.5000    2.2500       NaN\n\n"),
        (V.r(0, 1.5), "x =\n\n         0    1.5000\n\n"),
        (V.r(1000.5, 2), "x =\n\n   1.0e+03 *\n\n    1.0005    0.0020\n\n"),
        (V.r(0.0001, 0.0002), "x =\n\n   1.0e-04 *\n\n    1.0000    2.0000\n\n"),
        (Value.empty, "x =\n\n     []\n\n"),
        (Value.zeros([0, 3]), "x =\n\n  0×3 empty double matrix\n\n"),
        (V.b(true), "x =\n\n  logical\n\n   1\n\n"),
        (V.b(true, false), "x =\n\n  1×2 logical array\n\n   1   0\n\n"),
        (V.ch("abc"), "x =\n\n    'abc'\n\n"),
        (V.ch(""), "x =\n\n  0×0 empty char array\n\n"),
        (V.s("abc"), "x =\n\n    \"abc\"\n\n"),
        (Value.string(NDArray(row: ["a", nil, "ccc"])),
         "x =\n\n  1×3 string array\n\n    \"a\"    <missing>    \"ccc\"\n\n"),
        (Value.cellRow([V.n(1), V.ch("abc"), V.r(1, 2, 3)]),
         "x =\n\n  1×3 cell array\n\n    {[1]}    {'abc'}    {[1 2 3]}\n\n"),
        (Value.cell(NDArray(column: [V.n(1), V.n(250), .zeros([2, 2])])),
         "x =\n\n  3×1 cell array\n\n    {[       1]}\n    {[     250]}\n    {2×2 double}\n\n"),
        (Value.cell(.empty), "x =\n\n  0×0 empty cell array\n\n"),
        (Value.structScalar([("a", V.n(1)), ("name", V.ch("abc")), ("w", .zeros([3, 3])), ("c", .cellRow([]))]),
         "x =\n\n  struct with fields:\n\n       a: 1\n    name: 'abc'\n       w: [3×3 double]\n       c: {1×0 cell}\n\n"),
        (Value.structure(StructArray(fieldNames: ["a", "b"], size: [1, 2])),
         "x =\n\n  1×2 struct array with fields:\n\n    a\n    b\n\n"),
        (Value.functionHandle(FunctionHandle(text: "@(x)x.^2", payload: 0)),
         "x =\n\n  function_handle with value:\n\n    @(x)x.^2\n\n"),
        (Value.categorical(CategoricalArray(labels: NDArray(row: ["cat", "dog", nil]))),
         "x =\n\n  1×3 categorical array\n\n    cat    dog    <undefined>\n\n"),
    ])
    func goldenLoose(value: Value, expected: String) {
        #expect(value.display(name: "x") == expected)
    }

    @Test("Arrays past the summary threshold print a one-line summary")
    func summaries() {
        #expect(Value.zeros([28, 28, 1, 5000]).display(name: "x") == "x =\n\n  28×28×1×5000 double\n\n")
        let small = DisplayFormat(summaryThreshold: 4)
        #expect(Value.single(NDArray(size: [2, 3], repeating: 1)).display(name: "w", format: small)
            == "w =\n\n  2×3 single\n\n")
    }

    @Test("More golden displays: negatives, large integers, single, nested containers", arguments: [
        (V.m([[-1.5, 2], [3, -4.25]]), "x =\n\n   -1.5000    2.0000\n    3.0000   -4.2500\n\n"),
        (V.r(1000, 2), "x =\n\n        1000           2\n\n"),
        (V.r(1, .infinity, -3), "x =\n\n     1   Inf    -3\n\n"),
        (Value.single(NDArray(row: [0.5, 2])), "x =\n\n  1×2 single row vector\n\n    0.5000    2.0000\n\n"),
        (V.n(1e10), "x =\n\n   1.0000e+10\n\n"),
        (V.r(1e10, 1), "x =\n\n   1.0e+10 *\n\n    1.0000    0.0000\n\n"),
        (Value.string(NDArray(column: ["a", "bcd"])),
         "x =\n\n  2×1 string array\n\n    \"a\"  \n    \"bcd\"\n\n"),
        (Value.structScalar([("inner", .structScalar([("k", V.n(1))])), ("flag", V.b(true)), ("txt", V.s("hi"))]),
         "x =\n\n  struct with fields:\n\n    inner: [1×1 struct]\n     flag: 1\n      txt: \"hi\"\n\n"),
        (Value.cellRow([V.b(true), .cellRow([]), V.s("s"), .functionHandle(FunctionHandle(text: "@sin", payload: 0))]),
         "x =\n\n  1×4 cell array\n\n    {[1]}    {1×0 cell}    {[\"s\"]}    {@sin}\n\n"),
        (Value.char(NDArray(size: [2, 2], elements: [97, 99, 98, 100])), "x =\n\n  2×2 char array\n\n    'ab'\n    'cd'\n\n"),
    ])
    func moreGoldens(value: Value, expected: String) {
        #expect(value.display(name: "x") == expected)
    }

    @Test("Single arrays show their class line as MATLAB does; disp leaves it out", arguments: [
        (Value.single(NDArray(scalar: 2.5)), "x =\n\n  single\n\n    2.5000\n\n"),
        (Value.single(NDArray(column: [1, 2])), "x =\n\n  2×1 single column vector\n\n     1\n     2\n\n"),
        (Value.single(NDArray(size: [2, 2], elements: [1, 3, 2, 4.5])),
         "x =\n\n  2×2 single matrix\n\n    1.0000    2.0000\n    3.0000    4.5000\n\n"),
        (Value.single(NDArray(size: [0, 0], elements: [])), "x =\n\n  0×0 empty single matrix\n\n"),
        (Value.single(NDArray(size: [1, 1, 2], elements: [1, 2])),
         "x =\n\n  1×1×2 single array\n\nx(:,:,1) =\n\n     1\n\n\nx(:,:,2) =\n\n     2\n\n"),
    ])
    func singleClassLine(value: Value, expected: String) {
        #expect(value.display(name: "x") == expected)
        #expect(!value.dispText().contains("single"))
    }

    @Test("format compact drops the blank lines")
    func compactSpacing() {
        #expect(V.n(5).display(name: "x", format: Self.compact) == "x =\n     5\n")
        #expect(V.r(1000.5, 2).display(name: "y", format: Self.compact) == "y =\n   1.0e+03 *\n    1.0005    0.0020\n")
    }

    @Test("format long shows fifteen decimals for double and seven for single")
    func longPrecision() {
        #expect(V.n(Double.pi).display(name: "x", format: Self.long) == "x =\n\n   3.141592653589793\n\n")
        #expect(Value.single(NDArray(scalar: Float(Double.pi))).display(name: "x", format: Self.long)
            == "x =\n\n  single\n\n   3.1415927\n\n")
        #expect(V.r(0.5, 1).display(name: "x", format: Self.long)
            == "x =\n\n   0.500000000000000   1.000000000000000\n\n")
    }

    @Test("Wide matrices split into column groups that fit the width")
    func columnGroups() throws {
        let x = try Value.range(V.n(1), nil, V.n(20))
        let expected = "x =\n\n  Columns 1 through 13\n\n"
            + "     1     2     3     4     5     6     7     8     9    10    11    12    13\n\n"
            + "  Columns 14 through 20\n\n"
            + "    14    15    16    17    18    19    20\n\n"
        #expect(x.display(name: "x") == expected)
        let narrow = DisplayFormat(width: 30)
        let y = V.r(0.5, 1.5, 2.5, 3.5)
        #expect(y.display(name: "y", format: narrow)
            == "y =\n\n  Columns 1 through 3\n\n    0.5000    1.5000    2.5000\n\n  Column 4\n\n    3.5000\n\n")
    }

    @Test("Three-dimensional arrays print page by page")
    func pages() {
        let x = Value.double(NDArray(size: [1, 2, 2], elements: [1, 2, 3, 4]))
        #expect(x.display(name: "x") == "x(:,:,1) =\n\n     1     2\n\n\nx(:,:,2) =\n\n     3     4\n\n")
    }

    @Test("disp prints values without names or quotes")
    func dispText() {
        #expect(V.r(1, 2, 3).dispText() == "     1     2     3\n")
        #expect(V.ch("hello").dispText() == "hello\n")
        #expect(V.s("hi").dispText() == "hi\n")
        #expect(Value.empty.dispText() == "")
        #expect(Value.cellRow([V.n(1)]).dispText() == "    {[1]}\n")
        #expect(Value.structScalar([("a", V.n(1))]).dispText() == "    a: 1\n")
    }

    @Test("whos sizes and byte counts follow MATLAB's class sizes")
    func whosInformation() {
        let images = Value.zeros([28, 28, 1, 5000])
        #expect(images.sizeText(separator: "x") == "28x28x1x5000")
        #expect(images.byteCount == 28 * 28 * 5000 * 8)
        #expect(Value.single(NDArray(size: [2, 3], repeating: 0)).byteCount == 24)
        #expect(V.b(true, false, true).byteCount == 3)
        #expect(V.ch("abcd").byteCount == 8)
        #expect(images.summary == "28×28×1×5000 double")
    }
}
