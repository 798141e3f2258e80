import Testing
@testable import MatLang

struct RangeAndConcatenationTests {
    @Test("Colon ranges follow MATLAB's count and end-point rule", arguments: [
        (0.0, 0.1, 1.0, 11),
        (1.0, 1.0, 10.0, 10),
        (10.0, -3.0, 1.0, 4),
        (1.0, 1.0, 0.0, 0),
        (0.0, 0.0, 5.0, 0),
        (1.0, 0.2, 2.0, 6),
        (0.0, 1.0 / 3, 1.0, 4),
    ])
    func rangeCounts(start: Double, step: Double, stop: Double, count: Int) throws {
        let r = try Value.range(.number(start), .number(step), .number(stop))
        #expect(r.size == [1, count])
        if count > 1 {
            let last = r.testDoubles.last!
            #expect(abs(last - (start + Double(count - 1) * step)) < 1e-12)
        }
    }

    @Test("The range 0:0.1:1 ends exactly at 1 and is symmetric")
    func exactEnd() throws {
        let r = try Value.range(.number(0), .number(0.1), .number(1)).testDoubles
        #expect(r.last == 1)
        #expect(r[3] == 0.30000000000000004)
        #expect(r[7] == 1 - 3 * 0.1)
    }

    @Test("Char endpoints give a char range")
    func charRange() throws {
        #expect(try Value.range(V.ch("a"), nil, V.ch("e")).text() == "abcde")
    }

    @Test("Matrix literals concatenate rows then columns")
    func matrixLiteral() throws {
        let m = try Value.concatenate(rows: [[V.n(1), V.n(2)], [V.r(3, 4)]])
        #expect(m.isEqual(to: V.m([[1, 2], [3, 4]])))
        let withEmpty = try Value.concatenate(rows: [[.empty, V.r(1, 2), .empty]])
        #expect(withEmpty.isEqual(to: V.r(1, 2)))
        #expect(throws: RuntimeError.concatenationMismatch(vertical: true)) {
            try Value.concatenate(rows: [[V.r(1, 2)], [V.r(1, 2, 3)]])
        }
    }

    @Test("Concatenation picks MATLAB's result class")
    func concatenationClasses() throws {
        #expect(try Value.concatenate([V.ch("ab"), V.n(99)], along: 2).text() == "abc")
        #expect(try Value.concatenate([V.b(true), V.n(2)], along: 2).className == "double")
        #expect(try Value.concatenate([V.b(true), V.b(false)], along: 2).className == "logical")
        #expect(try Value.concatenate([.single(NDArray(scalar: 1)), V.n(2)], along: 2).className == "single")
        let strings = try Value.concatenate([V.s("a"), V.ch("bc"), V.n(3)], along: 2)
        #expect(strings.isEqual(to: .stringRow(["a", "bc", "3"])))
        let cells = try Value.concatenate([.cellRow([V.n(1)]), V.n(2)], along: 2)
        #expect(cells.className == "cell" && cells.size == [1, 2])
    }

    @Test("Struct arrays concatenate when their fields match in any order")
    func structConcatenation() throws {
        let a = Value.structScalar([("x", V.n(1)), ("y", V.n(2))])
        let b = Value.structScalar([("y", V.n(4)), ("x", V.n(3))])
        let both = try Value.concatenate([a, b], along: 2)
        #expect(both.size == [1, 2])
        #expect(try both.field("x").map(\.testDoubles) == [[1], [3]])
    }

    @Test("Three-dimensional concatenation stacks pages")
    func pages() throws {
        let stacked = try Value.concatenate([V.m([[1, 2]]), V.m([[3, 4]])], along: 3)
        #expect(stacked.size == [1, 2, 2])
        #expect(stacked.testDoubles == [1, 2, 3, 4])
    }
}

struct EmptyConcatenationTests {
    @Test("Zero-by-zero operands of any class are skipped, and only [] leaves the class alone")
    func zeroByZero() throws {
        #expect(try Value.concatenate([V.ch(""), V.ch("abc")], along: 2).text() == "abc")
        #expect(try Value.concatenate([V.ch(""), V.n(65)], along: 2).className == "char")
        let cells = try Value.concatenate([.cell(.empty), V.n(1)], along: 2)
        #expect(cells.className == "cell" && cells.size == [1, 1])
        #expect(try Value.concatenate([.empty, V.b(true)], along: 2).className == "logical")
        #expect(throws: RuntimeError.concatenationMismatch(vertical: true)) {
            try Value.concatenate([.zeros([0, 3]), V.m([[1, 2], [3, 4]])], along: 1)
        }
    }
}
