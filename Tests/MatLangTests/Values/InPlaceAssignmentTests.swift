@testable import MatLang
import Testing

/// An indexed assignment into an array nothing else holds changes that array's buffer in place:
/// a loop that writes one element or one column at a time must not copy the whole array each
/// time. The buffer's address before and after tells the two apart.
@Suite("Indexed assignment writes in place into an array nothing else holds")
struct InPlaceAssignmentTests {
    /// The address of the buffer behind an array value (nil for other classes).
    private static func buffer(_ value: Value) -> UnsafeRawPointer? {
        switch value {
        case .double(let a): a.storageRun().buffer
        case .single(let a): a.storageRun().buffer
        case .logical(let a): a.storageRun().buffer
        case .cell(let a): a.storageRun().buffer
        default: nil
        }
    }

    /// A `rows×columns` double array of zeros.
    private static func zeros(_ rows: Int, _ columns: Int) -> Value {
        .double(NDArray(size: [rows, columns], elements: Array(repeating: 0, count: rows * columns)))
    }

    @Test("x(i,j) = v, x(k) = v and x(i,j,k) = v keep the buffer", arguments: [
        [Value.number(3), .number(4)], [.number(17)], [.number(2), .number(1), .number(3)],
    ])
    func scalarStore(subscripts: [Value]) throws {
        var x = Value.double(NDArray(size: [40, 10, 3], elements: Array(repeating: 0, count: 1200)))
        let before = Self.buffer(x)
        try x.assign(.number(5), at: subscripts)
        #expect(Self.buffer(x) == before)
        #expect(try x.indexed(subscripts).scalarDouble() == 5)
    }

    @Test("Single, logical and cell arrays take a scalar of their class in place")
    func scalarStoreOtherClasses() throws {
        var s = Value.single(NDArray(size: [30, 30], elements: Array(repeating: 0, count: 900)))
        var b = Value.logical(NDArray(size: [30, 30], elements: Array(repeating: false, count: 900)))
        var c = Value.cell(NDArray(size: [1, 500], elements: Array(repeating: .empty, count: 500)))
        let before = (Self.buffer(s), Self.buffer(b), Self.buffer(c))
        try s.assign(.single(NDArray(scalar: 2)), at: [.number(4), .number(5)])
        try b.assign(.bool(true), at: [.number(4), .number(5)])
        try c.assign(.cell(NDArray(scalar: .number(7))), at: [.number(300)])
        #expect(Self.buffer(s) == before.0)
        #expect(Self.buffer(b) == before.1)
        #expect(Self.buffer(c) == before.2)
        #expect(try c.braceIndexed([.number(300)]).first?.scalarDouble() == 7)
    }

    @Test("x(:,k) = column and x(rows,k) = v keep the buffer")
    func regionStore() throws {
        var x = Self.zeros(200, 50)
        let before = Self.buffer(x)
        try x.assign(.column(Array(repeating: 1, count: 200)), at: [Value.colon, .number(7)])
        try x.assign(.number(2), at: [.row([1, 2, 3]), .number(8)])
        #expect(Self.buffer(x) == before)
        #expect(try x.indexed([.number(200), .number(7)]).scalarDouble() == 1)
        #expect(try x.indexed([.number(3), .number(8)]).scalarDouble() == 2)
    }

    @Test("c{k} = v keeps the cell's buffer")
    func cellContentStore() throws {
        var c = Value.cell(NDArray(size: [1, 500], elements: Array(repeating: .empty, count: 500)))
        let before = Self.buffer(c)
        try c.assignContent(.number(9), at: [.number(250)])
        #expect(Self.buffer(c) == before)
        #expect(try c.braceIndexed([.number(250)]).first?.scalarDouble() == 9)
    }

    /// The buffer behind variable `name` of `session`, or behind field `f` of it for `name.f`.
    private static func buffer(of name: String, in session: Session) -> UnsafeRawPointer? {
        let parts = name.split(separator: ".").map(String.init)
        guard var value = session.interpreter.baseWorkspace.value(of: parts[0]) else { return nil }
        for field in parts.dropFirst() {
            guard let inner = try? value.field(field).first else { return nil }
            value = inner
        }
        return buffer(value)
    }

    // NOTE: each statement is checked on its own. A copy is made while the old buffer still
    // exists, so it lands elsewhere; but once the old one is freed the allocator may hand its
    // memory to the next copy, and after a loop of copies the address can be back where it was.
    @Test("x(i,j) = v, x(:,k) = v, c{k} = v and s.f(k) = v statements write into the variable's own buffer", arguments: [
        ("x = zeros(300, 300);", "x", ["x(5, 2) = 7;", "x(:, 3) = 1;", "x(end, end) = 2;", "x(4) = 3;"]),
        ("c = cell(1, 400);", "c", ["c{7} = 14;", "c{end} = 'last';", "c(3) = {5};"]),
        ("for k = 1:2, y = zeros(100, 1); end", "y", ["for k = 1:50, y(k) = k; end", "y(2:3) = [4 5];"]),
        ("s.loss = zeros(1, 500); s.name = 'run';", "s.loss", ["s.loss(3) = 2;", "s.loss(end) = 1;", "s.loss(1:2) = [5 6];"]),
        ("s.c = cell(1, 50);", "s.c", ["s.c{2} = 'x';", "s.c{end} = 3;", "s.c(4) = {5};"]),
    ])
    func interpreterStatements(setup: String, name: String, statements: [String]) throws {
        let session = try Session().run(setup)
        let before = Self.buffer(of: name, in: session)
        #expect(before != nil)
        for statement in statements {
            try session.run(statement)
            #expect(Self.buffer(of: name, in: session) == before, "\(statement)")
        }
    }

    @Test("s.f(k) = v and s.f{k} = v write the field's values and leave the other fields alone")
    func fieldStatements() throws {
        let session = try Session().run("s.loss = zeros(1, 4); s.name = 'run'; s.c = {1, 2};")
        try session.run("s.loss(2) = 7; s.loss(end + 1) = 9; s.c{3} = 'x'; s.name(1) = 'R';")
        let s = try #require(session.interpreter.baseWorkspace.value(of: "s"))
        #expect(try s.field("loss").first?.doubleArray().elements == [0, 7, 0, 0, 9])
        #expect(try s.field("name").first?.text() == "Run")
        #expect(try s.field("c").first?.braceIndexed([.number(3)]).first?.text() == "x")
        #expect(throws: ExecutionError.self) { try session.run("s.loss(0) = 1;") }
        #expect(throws: ExecutionError.self) { try session.run("s.c{1.5} = 1;") }
        let after = try #require(session.interpreter.baseWorkspace.value(of: "s"))
        #expect(try after.field("loss").first?.doubleArray().elements == [0, 7, 0, 0, 9])
        #expect(try after.field("c").first?.size == [1, 3])
        #expect(try after.field("name").first?.text() == "Run")
        // A struct array and a missing field take the general path.
        try session.run("t(2).a = 1; t(1).a(3) = 4; s.new(2) = 8;")
        #expect(try session.interpreter.baseWorkspace.value(of: "t")?.indexed([.number(1)]).field("a").first?.doubleArray().elements == [0, 0, 4])
        #expect(try session.interpreter.baseWorkspace.value(of: "s")?.field("new").first?.doubleArray().elements == [0, 8])
    }

    @Test("A failed c{k} = v or x(k) = v leaves the variable as it was")
    func failedAssignmentRestores() throws {
        let session = try Session().run("c = {1, 2}; x = [1 2 3];")
        #expect(throws: ExecutionError.self) { try session.run("c{1.5} = 7;") }
        #expect(throws: ExecutionError.self) { try session.run("x(0) = 7;") }
        #expect(throws: ExecutionError.self) { try session.run("x(1:2) = [1 2 3];") }
        #expect(try session.numbers("x") == [1, 2, 3])
        let c = try #require(session.interpreter.baseWorkspace.value(of: "c"))
        #expect(try c.braceIndexed([.number(1)]).first?.scalarDouble() == 1)
        #expect(c.size == [1, 2])
    }
}
