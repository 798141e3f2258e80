import Testing
@testable import MatLang

struct IndexingTests {
    /// magic(3) = [8 1 6; 3 5 7; 4 9 2]
    static let magic = V.m([[8, 1, 6], [3, 5, 7], [4, 9, 2]])

    @Test("Parenthesis indexing selects MATLAB's elements and shapes", arguments: [
        ([V.n(2)], "double 1x1 [3.0]"),
        ([V.n(2), V.n(3)], "double 1x1 [7.0]"),
        ([V.r(1, 3), V.n(2)], "double 2x1 [1.0, 9.0]"),
        ([Value.colon, V.n(1)], "double 3x1 [8.0, 3.0, 4.0]"),
        ([V.n(2), Value.colon], "double 1x3 [3.0, 5.0, 7.0]"),
        ([Value.colon], "double 9x1 [8.0, 3.0, 4.0, 1.0, 5.0, 9.0, 6.0, 7.0, 2.0]"),
        ([V.r(1, 2, 3)], "double 1x3 [8.0, 3.0, 4.0]"),
        ([V.m([[1, 2], [3, 4]])], "double 2x2 [8.0, 4.0, 3.0, 1.0]"),
        ([V.b(true, false, true)], "double 1x2 [8.0, 4.0]"),
        ([Value.logical(NDArray(column: [true, false, true]))], "double 2x1 [8.0, 4.0]"),
        ([V.n(3), V.n(3), V.n(1)], "double 1x1 [2.0]"),
        ([V.r(), V.n(1)], "double 0x1 []"),
    ])
    func parenthesisIndexing(subscripts: [Value], expected: String) throws {
        #expect(try Self.magic.indexed(subscripts).testSummary == expected)
    }

    @Test("A vector indexed by a vector keeps the source orientation")
    func vectorOrientation() throws {
        let column = V.c(10, 20, 30)
        #expect(try column.indexed([V.r(1, 3)]).size == [2, 1])
        #expect(try V.r(10, 20, 30).indexed([V.c(1, 3)]).size == [1, 2])
        #expect(try V.n(7).indexed([V.r(1, 1, 1)]).size == [1, 3])
        #expect(try V.r(1, 2, 3).indexed([V.b(true, false, true)]).size == [1, 2])
    }

    @Test("Out-of-range and invalid subscripts report MATLAB's messages", arguments: [
        ([V.n(10)], "Index exceeds the number of array elements. Index must not exceed 9."),
        ([V.n(1), V.n(4)], "Index in position 2 exceeds array bounds. Index must not exceed 3."),
        ([V.n(4), V.n(1)], "Index in position 1 exceeds array bounds. Index must not exceed 3."),
        ([V.n(0)], "Array indices must be positive integers or logical values."),
        ([V.n(1.5), V.n(1)], "Index in position 1 is invalid. Array indices must be positive integers or logical values."),
    ])
    func indexErrors(subscripts: [Value], message: String) {
        do {
            _ = try Self.magic.indexed(subscripts)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("end is the extent of its position")
    func endExtents() {
        let x = Value.zeros([2, 3, 4])
        #expect(x.endExtent(position: 1, of: 1) == 24)
        #expect(x.endExtent(position: 2, of: 3) == 3)
        #expect(x.endExtent(position: 2, of: 2) == 12)
        #expect(x.endExtent(position: 4, of: 4) == 1)
    }

    @Test("Assignment grows arrays with zeros")
    func growth() throws {
        var x = Value.empty
        try x.assign(V.n(5), at: [V.n(3)])
        #expect(x.testSummary == "double 1x3 [0.0, 0.0, 5.0]")
        var m = V.m([[1, 2], [3, 4]])
        try m.assign(V.n(9), at: [V.n(3), V.n(3)])
        #expect(m.testSummary == "double 3x3 [1.0, 3.0, 0.0, 2.0, 4.0, 0.0, 0.0, 0.0, 9.0]")
        var column = V.c(1, 2)
        try column.assign(V.n(3), at: [V.n(4)])
        #expect(column.size == [4, 1])
        var fresh = Value.empty
        try fresh.assign(V.c(1, 2, 3), at: [Value.colon, V.n(1)])
        #expect(fresh.size == [3, 1])
        var page = V.n(1)
        try page.assign(V.n(2), at: [V.n(1), V.n(1), V.n(2)])
        #expect(page.size == [1, 1, 2])
    }

    @Test("Scalar expansion fills a region and sizes must otherwise agree")
    func scalarExpansion() throws {
        var m = Self.magic
        try m.assign(V.n(0), at: [Value.colon, V.n(2)])
        #expect(m.testDoubles == [8, 3, 4, 0, 0, 0, 6, 7, 2])
        try m.assign(V.r(1, 2, 3), at: [V.n(1), Value.colon])
        #expect(try m.indexed([V.n(1), Value.colon]).testDoubles == [1, 2, 3])
        do {
            try m.assign(V.r(1, 2), at: [V.n(1), Value.colon])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Unable to perform assignment because the size of the left side is 1-by-3 "
                + "and the size of the right side is 1-by-2.")
        }
        do {
            try m.assign(V.r(1, 2), at: [V.r(1, 2, 3)])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Unable to perform assignment because the left and right sides have a "
                + "different number of elements.")
        }
        #expect(throws: RuntimeError.ambiguousGrowth) { try m.assign(V.n(1), at: [V.n(20)]) }
    }

    @Test("Scalar subscripts on N-d arrays read and write the element the general path names")
    func scalarSubscriptsOnNDArrays() throws {
        let elements = (1...24).map(Double.init)
        let cube = Value.double(NDArray(size: [2, 3, 4], elements: elements))
        // Every in-range position, with 1 to 4 subscripts (the last spans the rest), agrees
        // with the index-plan path (a logical-mask subscript takes that path).
        for (i, j, k) in [(1, 1, 1), (2, 3, 4), (1, 2, 3), (2, 1, 4)] {
            let position = (i - 1) + 2 * (j - 1) + 6 * (k - 1)
            #expect(try cube.indexed([V.n(Double(i)), V.n(Double(j)), V.n(Double(k))]).testDoubles == [elements[position]])
            #expect(try cube.indexed([V.n(Double(i)), V.n(Double(j + 3 * (k - 1)))]).testDoubles == [elements[position]])
            #expect(try cube.indexed([V.n(Double(position + 1))]).testDoubles == [elements[position]])
            #expect(try cube.indexed([V.n(Double(i)), V.n(Double(j)), V.n(Double(k)), V.n(1)]).testDoubles == [elements[position]])
            var written = cube
            try written.assign(V.n(-1), at: [V.n(Double(i)), V.n(Double(j)), V.n(Double(k))])
            var general = cube
            let mask = Value.logical(NDArray(row: (1...i).map { $0 == i }))
            try general.assign(V.n(-1), at: [mask, V.n(Double(j)), V.n(Double(k))])
            #expect(try general.indexed([mask, V.n(Double(j)), V.n(Double(k))]).testDoubles == [-1])
            #expect(written.testDoubles == general.testDoubles)
            #expect(written.size == [2, 3, 4])
        }
        #expect(throws: RuntimeError.self) { try cube.indexed([V.n(3), V.n(1), V.n(1)]) }
        #expect(throws: RuntimeError.self) { try cube.indexed([V.n(1), V.n(1), V.n(5)]) }
        // Out of range for writing: the array grows, as on the general path.
        var grown = cube
        try grown.assign(V.n(7), at: [V.n(1), V.n(1), V.n(5)])
        #expect(grown.size == [2, 3, 5] && grown.testDoubles.last == 0 && grown.testDoubles[24] == 7)
    }

    @Test("A numeric scalar of another class assigned into a double array is stored as a double")
    func scalarConversionIntoDouble() throws {
        var x = V.r(1, 2, 3)
        try x.assign(.single(NDArray(scalar: 2.5)), at: [V.n(2)])
        try x.assign(.bool(true), at: [V.n(3)])
        #expect(x.className == "double" && x.testDoubles == [1, 2.5, 1])
        try x.assign(.object(NumericProbe(value: .single(NDArray(scalar: 0.25)))), at: [V.n(1), V.n(1)])
        #expect(x.className == "double" && x.testDoubles == [0.25, 2.5, 1])
    }

    @Test("Logical masks assign in place")
    func maskAssignment() throws {
        var x = V.r(1, -2, 3, -4)
        let mask = try Value.binary(.lt, x, V.n(0))
        try x.assign(V.n(0), at: [mask])
        #expect(x.testDoubles == [1, 0, 3, 0])
    }

    @Test("Deleting with [] removes elements, rows and columns")
    func deletion() throws {
        var row = V.r(1, 2, 3, 4)
        try row.assign(.empty, at: [V.r(2, 4)])
        #expect(row.testSummary == "double 1x2 [1.0, 3.0]")
        var m = Self.magic
        try m.assign(.empty, at: [V.n(2), Value.colon])
        #expect(m.testSummary == "double 2x3 [8.0, 4.0, 1.0, 9.0, 6.0, 2.0]")
        try m.assign(.empty, at: [Value.colon, V.r(1, 3)])
        #expect(m.testSummary == "double 2x1 [1.0, 9.0]")
        var matrix = Self.magic
        try matrix.assign(.empty, at: [V.n(1)])
        #expect(matrix.size == [1, 8])
        try matrix.assign(.empty, at: [V.n(1), V.n(1)])
        #expect(matrix.size == [1, 7])
        var square = Self.magic
        #expect(throws: RuntimeError.invalidDeletion) { try square.assign(.empty, at: [V.n(1), V.n(1)]) }
        var all = Self.magic
        try all.assign(.empty, at: [Value.colon])
        #expect(all.size == [0, 0])
    }

    @Test("Assignment converts classes as MATLAB does")
    func assignmentClasses() throws {
        var flags = V.b(true, false)
        try flags.assign(V.n(5), at: [V.n(2)])
        #expect(flags.testSummary == "logical 1x2 [1.0, 1.0]")
        var text = V.ch("abc")
        try text.assign(V.n(65), at: [V.n(2)])
        #expect(try text.text() == "aAc")
        var strings = V.s("a")
        try strings.assign(V.s("c"), at: [V.n(3)])
        #expect(strings.size == [1, 3])
        guard case .string(let s) = strings else { Issue.record("not a string"); return }
        #expect(s.elements == ["a", nil, "c"])
        var fresh = Value.empty
        try fresh.assign(V.ch("x"), at: [V.n(2)])
        #expect(fresh.className == "char")
        var numbers = V.r(1, 2)
        #expect(throws: RuntimeError.conversion(from: "cell", to: "double")) {
            try numbers.assign(.cellRow([V.n(1)]), at: [V.n(1)])
        }
    }

    @Test("Braces return cell contents as a comma-separated list")
    func braces() throws {
        let c = Value.cellRow([V.n(1), V.ch("two"), V.r(3, 3)])
        let contents = try c.braceIndexed([V.r(2, 3)])
        #expect(contents.count == 2)
        #expect(try contents[0].text() == "two")
        #expect(try c.indexed([V.n(1)]).className == "cell")
        #expect(throws: RuntimeError.braceIndexingUnsupported(className: "double")) { try V.n(1).braceIndexed([V.n(1)]) }
        var grown = c
        try grown.assignContent(V.n(9), at: [V.n(5)])
        #expect(grown.size == [1, 5])
        #expect(try grown.braceIndexed([V.n(4)])[0].size == [0, 0])
        // One element by scalar subscripts, linear or by row and column, and out of range.
        let grid = Value.cell(NDArray(size: [2, 2], elements: [V.n(1), V.n(2), V.n(3), V.n(4)]))
        #expect(try grid.braceIndexed([V.n(3)])[0].testDoubles == [3])
        #expect(try grid.braceIndexed([V.n(2), V.n(2)])[0].testDoubles == [4])
        #expect(try grid.braceIndexed([V.n(1), V.n(2), V.n(1)])[0].testDoubles == [3])
        #expect(throws: RuntimeError.self) { try grid.braceIndexed([V.n(5)]) }
        #expect(throws: RuntimeError.self) { try grid.braceIndexed([V.n(1.5)]) }
        #expect(throws: RuntimeError.self) { try grid.braceIndexed([V.n(3), V.n(1)]) }
    }

    @Test("Dot indexing reads struct fields and names a missing one")
    func fields() throws {
        var s = Value.empty
        try s.assignField("b", V.n(2))
        try s.assignField("a", V.n(1))
        guard case .structure(let st) = s else { Issue.record("not a struct"); return }
        #expect(st.fieldNames == ["b", "a"])
        #expect(try s.singleField("a").testDoubles == [1])
        do {
            _ = try s.field("zz")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Unrecognized field name \"zz\".")
        }
    }

    @Test("Nested paths assign through fields, elements and cells")
    func nestedPaths() throws {
        var s = Value.empty
        try s.assign(V.n(7), path: [.field("a"), .paren([V.n(3)]), .field("b"), .brace([V.n(2)])])
        let a = try s.singleField("a")
        #expect(a.className == "struct" && a.size == [1, 3])
        let b = try a.indexed([V.n(3)]).singleField("b")
        #expect(b.className == "cell" && b.size == [1, 2])
        #expect(try b.braceIndexed([V.n(2)])[0].testDoubles == [7])
        #expect(try a.indexed([V.n(1)]).singleField("b").size == [0, 0])

        try s.assign(V.n(1), path: [.field("a"), .paren([V.n(1)]), .field("c")])
        let updated = try s.singleField("a")
        guard case .structure(let records) = updated else { Issue.record("not a struct"); return }
        #expect(records.fieldNames == ["b", "c"])

        var m = Value.structScalar([("w", V.r(1, 2, 3))])
        try m.assign(.empty, path: [.field("w"), .paren([V.n(2)])])
        #expect(try m.singleField("w").testDoubles == [1, 3])
    }
}

struct LimitTests {
    @Test("Requests for enormous arrays throw instead of exhausting memory")
    func enormousArrays() {
        var x = Value.empty
        #expect(throws: RuntimeError.self) { try x.assign(.number(1), at: [.number(1e8), .number(1e8), .number(1e8)]) }
        #expect(throws: RuntimeError.self) { try x.assign(.number(1), at: [.number(1e12)]) }
        let row = Value.zeros([1, 100_000])
        let column = Value.zeros([100_000, 1])
        #expect(throws: RuntimeError.self) { try Value.binary(.plus, row, column) }
        #expect(throws: RuntimeError.self) { try Value.binary(.mtimes, column, row) }
        #expect(throws: RuntimeError.self) { try Value.range(.number(1), nil, .number(1e12)) }
    }
}

struct IterationTests {
    @Test("for loops visit the columns of the matrix view")
    func loopColumns() throws {
        let m = V.m([[1, 2, 3], [4, 5, 6]])
        #expect(m.loopColumnCount == 3)
        #expect(m.loopColumn(1).testSummary == "double 2x1 [2.0, 5.0]")
        let range = try Value.range(.number(1), nil, .number(5))
        #expect(range.loopColumnCount == 5)
        #expect(range.loopColumn(4).testSummary == "double 1x1 [5.0]")
        let cells = Value.cellRow([V.n(1), V.ch("a")])
        #expect(cells.loopColumn(1).className == "cell")
        #expect(Value.empty.loopColumnCount == 0)
        let pages = Value.double(NDArray(size: [2, 1, 2], elements: [1, 2, 3, 4]))
        #expect(pages.loopColumnCount == 2)
        #expect(pages.loopColumn(1).testSummary == "double 2x1 [3.0, 4.0]")
    }

    @Test("Short-circuit operands must be scalars")
    func shortCircuit() throws {
        #expect(try V.n(2).shortCircuitTruth(operator: "&&"))
        #expect(try !V.b(false).shortCircuitTruth(operator: "||"))
        do {
            _ = try V.r(1, 1).shortCircuitTruth(operator: "||")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Operands to the || operator must be convertible to logical scalar values.")
        }
    }
}

struct GrowthTests {
    @Test("Growth that only extends the last dimension keeps every element in place")
    func appendGrowth() throws {
        #expect(NDArray<Double>.growsAtTheEnd(from: [1, 3], to: [1, 5]))
        #expect(NDArray<Double>.growsAtTheEnd(from: [3, 1], to: [5, 1]))
        #expect(NDArray<Double>.growsAtTheEnd(from: [2, 3], to: [2, 5]))
        #expect(NDArray<Double>.growsAtTheEnd(from: [2, 1], to: [3, 2]))
        #expect(!NDArray<Double>.growsAtTheEnd(from: [2, 3], to: [3, 3]))
        #expect(!NDArray<Double>.growsAtTheEnd(from: [1, 3], to: [2, 3]))
        var x = Value.empty
        for k in 1...50 { try x.assign(.number(Double(k)), at: [.number(Double(k))]) }
        #expect(x.size == [1, 50] && x.testDoubles == (1...50).map(Double.init))
        var m = Value.matrix([[1, 2], [3, 4]])
        try m.assign(.column([5, 6]), at: [Value.colon, .number(3)])
        #expect(m.testDoubles == [1, 3, 2, 4, 5, 6])
        try m.assign(.number(9), at: [.number(3), .number(1)])
        #expect(m.testDoubles == [1, 3, 9, 2, 4, 0, 5, 6, 0])
    }
}

/// An object with a numeric value, as a dlarray has.
private struct NumericProbe: MatObject {
    let value: Value
    var className: String { "probe" }
    var numericValue: Value? { value }
}
