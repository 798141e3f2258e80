import MatLang
import Testing

@Suite("Control")
struct ControlTests {
    @Test("error formats its message and keeps the identifier")
    func errorIdentifier() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.user(identifier: "my:id", message: "value 3")) {
            try context.run("error", char("my:id"), char("value %d"), n(3), nargout: 0)
        }
        #expect(throws: RuntimeError.user(identifier: nil, message: "boom: 50%")) {
            try context.run("error", char("boom: 50%"), nargout: 0)
        }
        #expect(throws: RuntimeError.user(identifier: nil, message: "x is 2")) {
            try context.run("error", char("x is %d"), n(2), nargout: 0)
        }
        _ = try context.run("error", char(""), nargout: 0)
    }

    @Test("assert raises MATLAB's assertion error only when the condition is false")
    func assertion() throws {
        let context = BuiltinTestContext()
        _ = try context.run("assert", .bool(true), nargout: 0)
        #expect(throws: RuntimeError.user(identifier: "MATLAB:assertion:failed", message: "Assertion failed.")) {
            try context.run("assert", r(1, 0), nargout: 0)
        }
        #expect(throws: RuntimeError.user(identifier: "lab:size", message: "expected 3, got 2")) {
            try context.run("assert", .bool(false), char("lab:size"), char("expected %d, got %d"), n(3), n(2), nargout: 0)
        }
    }

    @Test("warnings print unless switched off")
    func warnings() throws {
        let context = BuiltinTestContext()
        _ = try context.run("warning", char("lab:lr"), char("rate %g is large"), n(10), nargout: 0)
        #expect(context.output == "Warning: rate 10 is large\n")
        _ = try context.run("warning", char("off"), char("lab:lr"), nargout: 0)
        _ = try context.run("warning", char("lab:lr"), char("again"), nargout: 0)
        #expect(context.output == "Warning: rate 10 is large\n")
    }

    @Test("exist tells variables, built-ins and unknown names apart")
    func exist() throws {
        let context = BuiltinTestContext()
        context.variables = ["net"]
        #expect(try context.encoded("exist", char("net")) == "double 1x1 1")
        #expect(try context.encoded("exist", char("sin")) == "double 1x1 5")
        #expect(try context.encoded("exist", char("nothing_here")) == "double 1x1 0")
        #expect(try context.encoded("exist", char("sin"), char("var")) == "double 1x1 0")
    }

    @Test("toc measures from tic and prints elapsed time when asked")
    func ticToc() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.self) { try BuiltinTestContext().run("toc", nargout: 1) }
        let t = try context.run("tic", nargout: 1)[0]
        let elapsed = try context.run("toc", t, nargout: 1)[0].scalarDouble()
        #expect(elapsed >= 0 && elapsed < 10)
        _ = try context.run("toc", nargout: 0)
        #expect(context.output.hasPrefix("Elapsed time is ") && context.output.hasSuffix(" seconds.\n"))
    }

    @Test("format switches precision and spacing, and resets with no argument")
    func format() throws {
        let context = BuiltinTestContext()
        _ = try context.run("format", char("long"), nargout: 0)
        _ = try context.run("format", char("compact"), nargout: 0)
        #expect(context.displayFormat.precision == .long && context.displayFormat.spacing == .compact)
        _ = try context.run("format", nargout: 0)
        #expect(context.displayFormat == DisplayFormat.standard)
        #expect(throws: RuntimeError.self) { try context.run("format", char("bank"), nargout: 0) }
    }
}
