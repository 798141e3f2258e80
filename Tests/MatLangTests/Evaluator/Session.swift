import Foundation
@testable import MatLang

/// An interpreter wired to a text buffer and a few test-only built-ins, for evaluator tests.
final class Session {
    final class Buffer: @unchecked Sendable {
        var text = ""
        var commandArguments: [[String]] = []
    }

    let interpreter: Interpreter
    let buffer = Buffer()

    init(folder: String = FileManager.default.temporaryDirectory.path) {
        let buffer = self.buffer
        let tests = BuiltinRegistry()
        tests.register([
            BuiltinFunction(name: "countargs", help: "countargs(...) returns how many arguments it got.") { call in
                [.number(Double(call.arguments.count))]
            },
            BuiltinFunction(name: "record", help: "record WORD... remembers its char arguments.") { call in
                buffer.commandArguments.append(try call.arguments.map { try $0.text() })
                return []
            },
            BuiltinFunction(name: "fail", help: "fail(ID, MESSAGE) throws a user error.") { call in
                throw RuntimeError.user(identifier: try call.arguments[0].text(), message: try call.arguments[1].text())
            },
            BuiltinFunction(name: "twooutputs", help: "[a, b] = twooutputs() returns 1 and 2.") { call in
                Array([Value.number(1), .number(2)].prefix(max(call.nargout, 1)))
            },
        ])
        interpreter = Interpreter(registries: [tests, BuiltinRegistry.standard()], output: { buffer.text += $0 },
                                  currentFolder: folder)
    }

    var output: String { buffer.text }

    @discardableResult
    func run(_ source: String, file: String = "<repl>") throws(ExecutionError) -> Session {
        try interpreter.run(source: source, file: file)
        return self
    }

    func numbers(_ name: String) throws -> [Double] {
        guard let value = interpreter.baseWorkspace.value(of: name) else { throw RuntimeError.undefined(name: name, suggestion: nil) }
        return try value.doubleArray().elements
    }

    func number(_ name: String) throws -> Double {
        let values = try numbers(name)
        guard values.count == 1 else { throw RuntimeError.invalidArgument(function: nil, position: nil, reason: "not scalar") }
        return values[0]
    }

    func text(_ name: String) throws -> String {
        guard let value = interpreter.baseWorkspace.value(of: name) else { throw RuntimeError.undefined(name: name, suggestion: nil) }
        return try value.text()
    }

    func size(_ name: String) -> [Int]? {
        interpreter.baseWorkspace.value(of: name)?.size
    }
}
