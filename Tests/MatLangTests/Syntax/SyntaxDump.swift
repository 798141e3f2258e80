@testable import MatLang

/// Renders syntax trees as compact S-expressions so tests can compare whole trees as text.
enum SyntaxDump {
    static func program(_ source: String) throws -> String {
        let program = try Parser.parse(source, file: "t.m")
        return program.statements.map(statement).joined(separator: "\n")
    }

    static func expression(_ source: String) throws -> String {
        let program = try Parser.parse(source + ";", file: "t.m")
        guard case .expression(let expression, _) = program.statements.first?.kind else { return "?" }
        return self.expression(expression)
    }

    static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .expression(let e, let display): return "(expr\(display ? "" : ";") \(expression(e)))"
        case .assignment(let targets, let value, let display):
            return "(= \(targets.map(target).joined(separator: " ")) \(expression(value))\(display ? "" : ";"))"
        case .if(let branches, let otherwise):
            let parts = branches.map { "(\(expression($0.condition)) \(block($0.body)))" }
            return "(if \(parts.joined(separator: " "))\(otherwise.map { " else " + block($0) } ?? ""))"
        case .for(let variable, let values, let body):
            return "(for \(variable.name) \(expression(values)) \(block(body)))"
        case .while(let condition, let body): return "(while \(expression(condition)) \(block(body)))"
        case .switch(let subject, let cases, let otherwise):
            let parts = cases.map { "(case \(expression($0.value)) \(block($0.body)))" }
            return "(switch \(expression(subject)) \(parts.joined(separator: " "))\(otherwise.map { " otherwise " + block($0) } ?? ""))"
        case .try(let body, let variable, let handler):
            return "(try \(block(body)) catch\(variable.map { " " + $0.name } ?? "") \(block(handler)))"
        case .break: return "break"
        case .continue: return "continue"
        case .return: return "return"
        }
    }

    static func block(_ statements: [Statement]) -> String {
        "{" + statements.map(statement).joined(separator: " ") + "}"
    }

    static func target(_ target: AssignmentTarget) -> String {
        switch target {
        case .ignored: return "~"
        case .variable(let variable, let path, _):
            return variable.name + path.map { accessor in
                switch accessor {
                case .paren(let args): return "(" + args.map(expression).joined(separator: ",") + ")"
                case .brace(let args): return "{" + args.map(expression).joined(separator: ",") + "}"
                case .field(let name): return "." + name
                case .dynamicField(let e): return ".(" + expression(e) + ")"
                }
            }.joined()
        }
    }

    static func expression(_ e: Expression) -> String {
        switch e.kind {
        case .number(let v): return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .string(let s): return "\"\(s)\""
        case .charVector(let s): return "'\(s)'"
        case .name(let v): return v.name
        case .colonAll: return ":"
        case .end: return "end"
        case .unary(let op, let a): return "(\(op.rawValue) \(expression(a)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(expression(a)) \(expression(b)))"
        case .shortCircuitAnd(let a, let b): return "(&& \(expression(a)) \(expression(b)))"
        case .shortCircuitOr(let a, let b): return "(|| \(expression(a)) \(expression(b)))"
        case .range(let a, let s, let b):
            return "(: \(expression(a))\(s.map { " " + expression($0) } ?? "") \(expression(b)))"
        case .transpose(let a, let conjugate): return "(\(conjugate ? "'" : ".'") \(expression(a)))"
        case .call(let f, let args): return "(call \(expression(f))\(args.map { " " + expression($0) }.joined()))"
        case .cellIndex(let f, let args): return "(brace \(expression(f))\(args.map { " " + expression($0) }.joined()))"
        case .field(let b, let name): return "(. \(expression(b)) \(name))"
        case .dynamicField(let b, let n): return "(.() \(expression(b)) \(expression(n)))"
        case .matrix(let rows): return "[" + rows.map { $0.map(expression).joined(separator: " ") }.joined(separator: "; ") + "]"
        case .cellArray(let rows): return "{" + rows.map { $0.map(expression).joined(separator: " ") }.joined(separator: "; ") + "}"
        case .anonymousFunction(let f): return "(@ (\(f.parameters.map(\.name).joined(separator: " "))) \(expression(f.body)))"
        case .functionHandle(let name): return "@" + name
        }
    }
}
