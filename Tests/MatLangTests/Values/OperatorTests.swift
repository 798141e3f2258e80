import Testing
@testable import MatLang

struct OperatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let op: BinaryOperator
        let lhs: Value
        let rhs: Value
        let expected: Value
        var testDescription: String { "\(lhs.testSummary) \(op.symbol) \(rhs.testSummary)" }
    }

    static let elementwise: [Case] = [
        Case(op: .plus, lhs: V.r(1, 2, 3), rhs: V.n(10), expected: V.r(11, 12, 13)),
        Case(op: .minus, lhs: V.n(1), rhs: V.c(1, 2), expected: V.c(0, -1)),
        Case(op: .plus, lhs: V.r(1, 2, 3), rhs: V.c(10, 20), expected: V.m([[11, 12, 13], [21, 22, 23]])),
        Case(op: .times, lhs: V.m([[1, 2], [3, 4]]), rhs: V.r(10, 100), expected: V.m([[10, 200], [30, 400]])),
        Case(op: .rdivide, lhs: V.r(1, -1, 0), rhs: V.n(0), expected: V.r(.infinity, -.infinity, .nan)),
        Case(op: .ldivide, lhs: V.n(2), rhs: V.r(4, 6), expected: V.r(2, 3)),
        Case(op: .power, lhs: V.r(2, 3), rhs: V.c(2, 3), expected: V.m([[4, 9], [8, 27]])),
        Case(op: .power, lhs: V.n(-8), rhs: V.n(3), expected: V.n(-512)),
        Case(op: .mtimes, lhs: V.m([[1, 2], [3, 4]]), rhs: V.c(5, 6), expected: V.c(17, 39)),
        Case(op: .mtimes, lhs: V.r(1, 2, 3), rhs: V.c(4, 5, 6), expected: V.n(32)),
        Case(op: .mtimes, lhs: V.c(1, 2), rhs: V.r(3, 4), expected: V.m([[3, 4], [6, 8]])),
        Case(op: .mtimes, lhs: V.n(2), rhs: V.m([[1, 2], [3, 4]]), expected: V.m([[2, 4], [6, 8]])),
        Case(op: .mldivide, lhs: V.m([[2, 1], [1, 3]]), rhs: V.c(3, 5), expected: V.c(0.8, 1.4)),
        Case(op: .mldivide, lhs: V.m([[0, 1], [1, 0]]), rhs: V.c(2, 3), expected: V.c(3, 2)),
        Case(op: .mrdivide, lhs: V.r(3, 5), rhs: V.m([[2, 1], [1, 3]]), expected: V.r(0.8, 1.4)),
        Case(op: .mldivide, lhs: V.c(1, 1, 1), rhs: V.c(1, 2, 6), expected: V.n(3)),
        Case(op: .mldivide, lhs: V.m([[1, 0], [1, 1], [1, 2]]), rhs: V.c(1, 2, 3), expected: V.c(1, 1)),
        Case(op: .mldivide, lhs: V.r(1, -2, 3), rhs: V.n(2), expected: V.c(0, 0, 2.0 / 3)),
        Case(op: .mrdivide, lhs: V.n(2), rhs: V.c(1, -2, 3), expected: V.r(0, 0, 2.0 / 3)),
        Case(op: .mpower, lhs: V.m([[1, 1], [1, 0]]), rhs: V.n(10), expected: V.m([[89, 55], [55, 34]])),
        Case(op: .mpower, lhs: V.m([[2, 0], [0, 4]]), rhs: V.n(-1), expected: V.m([[0.5, 0], [0, 0.25]])),
        Case(op: .mpower, lhs: V.n(2), rhs: V.n(10), expected: V.n(1024)),
        Case(op: .eq, lhs: V.r(1, 2, 3), rhs: V.n(2), expected: V.b(false, true, false)),
        Case(op: .ne, lhs: V.r(1, .nan), rhs: V.r(1, .nan), expected: V.b(false, true)),
        Case(op: .le, lhs: V.r(1, 2, 3), rhs: V.n(2), expected: V.b(true, true, false)),
        Case(op: .and, lhs: V.r(1, 0, 2), rhs: V.n(1), expected: V.b(true, false, true)),
        Case(op: .or, lhs: V.b(false, false), rhs: V.b(true, false), expected: V.b(true, false)),
        Case(op: .plus, lhs: V.b(true, true), rhs: V.b(true, false), expected: V.r(2, 1)),
        Case(op: .plus, lhs: V.ch("ab"), rhs: V.n(1), expected: V.r(98, 99)),
        Case(op: .eq, lhs: V.ch("abc"), rhs: V.ch("abd"), expected: V.b(true, true, false)),
        Case(op: .eq, lhs: V.ch("abc"), rhs: V.ch("b"), expected: V.b(false, true, false)),
    ]

    @Test("Element-wise and matrix operators give MATLAB's values", arguments: elementwise)
    func operatorValues(_ c: Case) throws {
        let result = try Value.binary(c.op, c.lhs, c.rhs)
        #expect(result.className == c.expected.className)
        #expect(result.size == c.expected.size)
        let got = result.testDoubles
        let want = c.expected.testDoubles
        #expect(got.count == want.count)
        for (x, y) in zip(got, want) {
            #expect((x.isNaN && y.isNaN) || x == y || abs(x - y) < 1e-12 * max(1, abs(y)), "\(got) vs \(want)")
        }
    }

    @Test("Single wins over double and logical and char operands become double")
    func classRules() throws {
        let s = Value.single(NDArray(row: [1.5, 2]))
        #expect(try Value.binary(.times, s, V.n(2)).className == "single")
        #expect(try Value.binary(.plus, V.b(true), V.b(true)).className == "double")
        #expect(try Value.binary(.mtimes, V.r(1, 2), .single(NDArray(column: [1, 1]))).className == "single")
        #expect(try Value.binary(.lt, s, V.n(2)).className == "logical")
        #expect(try V.b(true).unary(.negate).testSummary == "double 1x1 [-1.0]")
        #expect(try V.r(0, 2).unary(.not).testSummary == "logical 1x2 [1.0, 0.0]")
    }

    @Test("Incompatible sizes and inner dimensions report MATLAB's messages")
    func sizeErrors() {
        #expect(throws: RuntimeError.incompatibleSizes(left: [1, 3], right: [1, 2])) {
            try Value.binary(.plus, V.r(1, 2, 3), V.r(1, 2))
        }
        do {
            _ = try Value.binary(.mtimes, V.r(1, 2, 3), V.r(1, 2))
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("Incorrect dimensions for matrix multiplication."))
        }
        #expect(RuntimeError.incompatibleSizes(left: [1], right: [2]).message
            == "Arrays have incompatible sizes for this operation.")
    }

    @Test("A negative base with a fractional exponent is rejected as complex")
    func complexPower() {
        #expect(throws: RuntimeError.self) { try Value.binary(.power, V.n(-8), V.n(1.0 / 3)) }
    }

    @Test("Operators on cells and structs name the operator and the class")
    func unsupportedOperands() {
        do {
            _ = try Value.binary(.plus, .cellRow([V.n(1)]), V.n(1))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Operator '+' is not supported for operands of type 'cell'.")
        }
    }

    @Test("String plus concatenates and strings compare as text")
    func stringOperators() throws {
        let joined = try Value.binary(.plus, .stringRow(["a", "b"]), V.ch("x"))
        #expect(joined.isEqual(to: .stringRow(["ax", "bx"])))
        let number = try Value.binary(.plus, V.s("n = "), V.n(1.5))
        #expect(try number.text() == "n = 1.5")
        #expect(try Value.binary(.eq, .stringRow(["cat", "dog"]), V.ch("dog")).testDoubles == [0, 1])
        #expect(try Value.binary(.lt, V.s("apple"), V.s("banana")).testDoubles == [1])
        let missing = Value.string(NDArray(row: [nil, "a"]))
        #expect(try Value.binary(.eq, missing, missing).testDoubles == [0, 1])
    }

    @Test("Categorical arrays compare with text")
    func categoricalComparison() throws {
        let c = Value.categorical(CategoricalArray(labels: NDArray(row: ["b", "a", "b"])))
        #expect(try Value.binary(.eq, c, V.ch("b")).testDoubles == [1, 0, 1])
        #expect(try Value.binary(.ne, c, V.s("zebra")).testDoubles == [1, 1, 1])
    }

    @Test("Transpose swaps rows and columns for every array class")
    func transposes() throws {
        let m = V.m([[1, 2, 3], [4, 5, 6]])
        #expect(try m.unary(.ctranspose).isEqual(to: V.m([[1, 4], [2, 5], [3, 6]])))
        #expect(try Value.cellRow([V.n(1), V.n(2)]).unary(.transpose).size == [2, 1])
        #expect(throws: RuntimeError.self) { try Value.zeros([2, 2, 2]).unary(.transpose) }
    }
}
