import MatLang
import Testing

@Suite("Error records")
struct ExceptionTests {
    @Test("MException makes a record with the fields of a caught error")
    func mexception() throws {
        let context = BuiltinTestContext()
        let record = try context.run("MException", char("lab:shape"), char("Expected %d columns."), n(3))[0]
        #expect(record.isEqual(to: .structScalar([("message", char("Expected 3 columns.")), ("identifier", char("lab:shape"))])))
    }

    @Test("throw, rethrow and error(struct) raise the record's message and identifier")
    func throwing() throws {
        let context = BuiltinTestContext()
        let record = Value.structScalar([("message", char("No data.")), ("identifier", char("lab:empty"))])
        for name in ["throw", "rethrow", "error"] {
            #expect(throws: RuntimeError.user(identifier: "lab:empty", message: "No data.")) {
                try context.run(name, record, nargout: 0)
            }
        }
        #expect(throws: RuntimeError.user(identifier: nil, message: "plain")) {
            try context.run("rethrow", .structScalar([("message", char("plain"))]), nargout: 0)
        }
        #expect(throws: RuntimeError.self) { try context.run("rethrow", n(1), nargout: 0) }
        _ = try context.run("error", .structScalar([("message", char("")), ("identifier", char("a:b"))]), nargout: 0)
    }

    @Test("A caught error rethrown from an inner catch keeps its identifier")
    func rethrowInScript() throws {
        let session = try Session().run("""
            try
              try
                error("inner:id", "inner %d", 4);
              catch first
                rethrow(first);
              end
            catch second
              id = second.identifier;
              msg = second.message;
            end
            """)
        #expect(try session.text("id") == "inner:id")
        #expect(try session.text("msg") == "inner 4")
    }
}
