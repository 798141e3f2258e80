import MatLang

extension InterpreterEngine {
    /// Completes the name or field chain before the cursor: variables, built-ins and keywords
    /// for a bare name; struct fields and object properties after `name.` or `name.field.`.
    public func completions(line: String, cursor: String.Index) -> Completions {
        let before = line[..<cursor]
        let chain = String(before.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }).reversed())
        var parts = chain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let stem = parts.removeLast()
        if parts.isEmpty {
            let names = Set(interpreter.baseWorkspace.variableNames + interpreter.builtinNames + Self.keywords)
            return Completions(stem: stem, candidates: names.filter { $0.hasPrefix(stem) }.sorted())
        }
        guard let first = parts.first, let base = interpreter.baseWorkspace.value(of: first),
            let value = Self.follow(parts.dropFirst(), from: base)
        else { return Completions(stem: stem, candidates: []) }
        return Completions(stem: stem, candidates: Self.memberNames(of: value).filter { $0.hasPrefix(stem) }.sorted())
    }

    private static let keywords = [
        "break", "case", "catch", "continue", "else", "elseif", "end", "for", "function",
        "if", "otherwise", "return", "switch", "try", "while",
    ]

    /// The value reached by following `fields` from `value` through scalar structs and objects.
    private static func follow(_ fields: ArraySlice<String>, from value: Value) -> Value? {
        var current = value
        for field in fields {
            switch current {
            case .structure(let array) where array.count == 1:
                guard let next = array.value(of: field, at: 0) else { return nil }
                current = next
            case .object(let object):
                guard let next = try? object.property(field) else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }

    private static func memberNames(of value: Value) -> [String] {
        switch value {
        case .structure(let array): return array.fieldNames
        case .object(let object): return object.propertyNames
        default: return []
        }
    }
}
