import MatLang
import Testing

@Suite("Structs, cells and classes")
struct StructTests {
    static let square = handle("@(x) x.^2") { args, _ in
        [.double(try args[0].doubleArray().map { $0 * $0 })]
    }
    static let pair = handle("@(x) [x x]") { args, _ in [try Value.concatenate([args[0], args[0]], along: 2)] }

    static let cases: [BuiltinCase] = [
        BuiltinCase("isfield", [.structScalar([("a", n(1)), ("b", n(2))]), .cellRow([char("a"), char("c"), char("b")])],
                    "logical 1x3 1 0 1"),
        BuiltinCase("isfield", [n(5), char("a")], "logical 1x1 0"),
        BuiltinCase("fieldnames", [.structScalar([("a", n(1)), ("b", n(2))])], "cell 2x1", "  char 1x1 \"a\"", "  char 1x1 \"b\""),
        BuiltinCase("cell", [n(1), n(2)], "cell 1x2", "  double 0x0", "  double 0x0"),
        BuiltinCase("cellfun", [square, .cellRow([n(1), n(2), n(3)])], "double 1x3 1 4 9"),
        BuiltinCase("cellfun", [char("isempty"), .cellRow([.empty, char("a")])], "logical 1x2 1 0"),
        BuiltinCase("cellfun", [pair, .cellRow([n(1), n(2)]), char("UniformOutput"), .bool(false)],
                    "cell 1x2", "  double 1x2 1 1", "  double 1x2 2 2"),
        BuiltinCase("cellfun", [char("max"), .cellRow([r(1, 5, 2), r(7, 3)])], nargout: 2, "double 1x2 5 7", "double 1x2 2 1"),
        BuiltinCase("arrayfun", [square, m([1, 2], [3, 4])], "double 2x2 1 9 4 16"),
        BuiltinCase("arrayfun", [pair, r(1, 2), char("UniformOutput"), .bool(false)], "cell 1x2", "  double 1x2 1 1", "  double 1x2 2 2"),
        BuiltinCase("cellfun", [square, .cell(NDArray(size: [0, 0], elements: []))], "double 0x0"),
        BuiltinCase("isa", [.single(NDArray(scalar: 1)), char("float")], "logical 1x1 1"),
        BuiltinCase("isa", [.bool(true), char("numeric")], "logical 1x1 0"),
        BuiltinCase("class", [square], "char 1x15 \"function_handle\""),
        BuiltinCase("feval", [char("max"), r(3, 7, 2)], nargout: 2, "double 1x1 7", "double 1x1 2"),
        BuiltinCase("feval", [square, r(1, 2)], "double 1x2 1 4"),
        BuiltinCase("func2str", [square], "char 1x9 \"@(x) x.^2\""),
        BuiltinCase("func2str", [.functionHandle(FunctionHandle(text: "@sin", payload: 0))], "char 1x3 \"sin\""),
        BuiltinCase("deal", [r(1, 2)], nargout: 2, "double 1x2 1 2", "double 1x2 1 2"),
        BuiltinCase("deal", [n(4), char("ab")], nargout: 2, "double 1x1 4", "char 1x2 \"ab\""),
        BuiltinCase("deal", [n(4)], "double 1x1 4"),
    ]

    @Test("struct, cell and class built-ins follow MATLAB", arguments: cases)
    func structs(_ c: BuiltinCase) throws {
        let actual = try c.run()
        #expect(FixtureEncoding.matches(actual, c.expected), "\(actual)")
    }

    @Test("rmfield removes the named fields from every element and keeps the others in order")
    func rmfield() throws {
        let context = BuiltinTestContext()
        let array = try context.run("struct", char("a"), .cellRow([n(1), n(2)]), char("b"), n(5), char("c"), char("x"))[0]
        let result = try context.run("rmfield", array, .stringRow(["a", "c"]))[0]
        guard case .structure(let s) = result else { Issue.record("not a struct"); return }
        #expect(s.fieldNames == ["b"])
        #expect(s.size == [1, 2])
        #expect(s.value(of: "b", at: 1)?.isEqual(to: n(5)) == true)
        let one = try context.run("rmfield", array, char("b"))[0]
        guard case .structure(let t) = one else { Issue.record("not a struct"); return }
        #expect(t.fieldNames == ["a", "c"])
        #expect(t.value(of: "a", at: 1)?.isEqual(to: n(2)) == true)
        #expect(throws: RuntimeError.self) { try context.run("rmfield", array, char("zz")) }
        #expect(throws: RuntimeError.self) { try context.run("rmfield", n(1), char("a")) }
    }

    @Test("feval and func2str reject values that are not functions")
    func functionArguments() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("feval", [n(3)], "double 1x1 3").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("func2str", [char("sin")], "char 1x3 \"sin\"").run() }
    }

    @Test("deal refuses a number of inputs other than one or the number of outputs")
    func dealCounts() {
        #expect(throws: RuntimeError.self) { try BuiltinCase("deal", [n(1), n(2)], nargout: 3, "").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("deal", [n(1), n(2)], "").run() }
        #expect(throws: RuntimeError.self) { try BuiltinCase("deal", [], "").run() }
    }

    @Test("struct([]) is a 0-by-0 struct array with no fields")
    func emptyStruct() throws {
        let s = try BuiltinTestContext().run("struct", .empty)[0]
        guard case .structure(let array) = s else { Issue.record("not a struct"); return }
        #expect(array.size == [0, 0] && array.fieldNames.isEmpty)
        #expect(s.display(name: "s") == "s =\n\n  0×0 empty struct array with no fields.\n\n")
    }

    @Test("struct with a cell value makes a struct array of the cell's size")
    func structArray() throws {
        let context = BuiltinTestContext()
        let s = try context.run("struct", char("name"), .cellRow([char("fc_1"), char("fc_2")]), char("size"), n(10))[0]
        guard case .structure(let array) = s else { Issue.record("not a struct"); return }
        #expect(array.size == [1, 2] && array.fieldNames == ["name", "size"])
        #expect(FixtureEncoding.lines(array.value(of: "name", at: 1)!) == ["char 1x4 \"fc_2\""])
        #expect(FixtureEncoding.lines(array.value(of: "size", at: 1)!) == ["double 1x1 10"])
    }

    @Test("cellfun as a statement calls a function that returns nothing, for its effect")
    func cellfunForEffect() throws {
        let context = BuiltinTestContext()
        let outputs = try context.run("cellfun", char("disp"), .cellRow([n(1), n(2)]), nargout: 0)
        #expect(outputs.isEmpty)
        #expect(context.output == n(1).dispText() + n(2).dispText())
    }

    @Test("zeros refuses sizes beyond the array limit instead of exhausting memory")
    func arrayLimit() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.arrayTooLarge(elements: 1e12)) { try context.run("zeros", n(1e6)) }
        #expect(throws: RuntimeError.self) { try context.run("repmat", n(1), n(1e14), n(1e14)) }
        #expect(throws: RuntimeError.self) { try context.run("zeros", n(1e14), n(1e14), n(0)) }
    }

    @Test("non-scalar results need UniformOutput false")
    func uniformRefused() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try context.run("cellfun", Self.pair, .cellRow([n(1), n(2)])) }
        #expect(throws: RuntimeError.self) { try context.run("struct", char("a")) }
    }
}
