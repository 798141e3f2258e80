import MatLang
import Testing

@Suite("Text")
struct TextTests {
    static let cases: [BuiltinCase] = [
        BuiltinCase("strcat", [char("a "), char("b")], "char 1x2 \"ab\""),
        BuiltinCase("strcat", [.cellRow([char("a ")]), char("b")], "cell 1x1", "  char 1x3 \"a b\""),
        BuiltinCase("strcat", [str("fc_"), .stringRow(["1", "2"])], "string 1x2 \"fc_1\" \"fc_2\""),
        BuiltinCase("strjoin", [.cellRow([char("a"), char("b"), char("c")]), char(", ")], "char 1x7 \"a, b, c\""),
        BuiltinCase("strjoin", [.stringRow(["a", "b"])], "string 1x1 \"a b\""),
        BuiltinCase("join", [.string(NDArray(size: [2, 2], elements: ["fc_1", "fc_2", "Weights", "Weights"]))],
                    "string 2x1 \"fc_1 Weights\" \"fc_2 Weights\""),
        BuiltinCase("join", [.string(NDArray(column: ["fc_1", "fc_2"])), str("_")], "string 1x1 \"fc_1_fc_2\""),
        BuiltinCase("strsplit", [char("a b  c")], "cell 1x3", "  char 1x1 \"a\"", "  char 1x1 \"b\"", "  char 1x1 \"c\""),
        BuiltinCase("strsplit", [char("a,b,,c"), char(","), char("CollapseDelimiters"), .bool(false)],
                    "cell 1x4", "  char 1x1 \"a\"", "  char 1x1 \"b\"", "  char 0x0 \"\"", "  char 1x1 \"c\""),
        BuiltinCase("strsplit", [str("x--y"), str("--")], "string 1x2 \"x\" \"y\""),
        BuiltinCase("upper", [char("abc1")], "char 1x4 \"ABC1\""),
        BuiltinCase("lower", [.stringRow(["ReLU", "Sigmoid"])], "string 1x2 \"relu\" \"sigmoid\""),
        BuiltinCase("upper", [.cellRow([char("ab"), char("c")])], "cell 1x2", "  char 1x2 \"AB\"", "  char 1x1 \"C\""),
        BuiltinCase("contains", [.cellRow([char("abc"), char("xyz"), char("bcd")]), char("bc")], "logical 1x3 1 0 1"),
        BuiltinCase("contains", [str("ReLU"), str("relu"), char("IgnoreCase"), .bool(true)], "logical 1x1 1"),
        BuiltinCase("contains", [str("fc_1"), .stringRow(["relu", "fc"])], "logical 1x1 1"),
        BuiltinCase("startsWith", [.stringRow(["fc_1", "relu_1"]), str("fc")], "logical 1x2 1 0"),
    ]

    @Test("text built-ins follow MATLAB", arguments: cases)
    func text(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("fprintf writes formatted text to the context and counts bytes")
    func fprintfWrites() throws {
        let context = BuiltinTestContext()
        let count = try context.run("fprintf", char("Epoch %d: loss %.4f\\n"), n(3), n(0.123456), nargout: 1)
        #expect(context.output == "Epoch 3: loss 0.1235\n")
        #expect(try count[0].scalarDouble() == 21)
        _ = try context.run("fprintf", n(1), char("%s\\n"), str("done"), nargout: 0)
        #expect(context.output.hasSuffix("done\n"))
    }

    @Test("disp and display write the value's display in the current format")
    func dispUsesDisplay() throws {
        let context = BuiltinTestContext()
        context.displayFormat = DisplayFormat(precision: .long)
        _ = try context.run("disp", m([1, 2.5], [3, 4]), nargout: 0)
        #expect(context.output == m([1, 2.5], [3, 4]).dispText(format: DisplayFormat(precision: .long)))
        context.output = ""
        _ = try context.run("disp", char("hello"), nargout: 0)
        #expect(context.output == "hello\n")
        context.output = ""
        _ = try context.run("display", n(5), nargout: 0)
        #expect(context.output == n(5).display(name: "ans", format: context.displayFormat))
    }

    @Test("strjoin refuses a number with a message naming it")
    func strjoinNumber() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("strjoin", n(5)) }
    }
}
