import MatLang

extension Session {
    /// The words a Tab press could complete to.
    ///
    /// After `open`, `run`, `load` (and the other file commands): file names, plus lesson names
    /// after `open`. After `NAME.` or `NAME.field.`: the fields of a struct or the properties of
    /// an object. Otherwise: workspace variables, built-in functions, Lab commands and keywords.
    public func completions(line: String, cursor: String.Index) -> Completions {
        if let files = FileNameCompletion.completions(line: line, cursor: cursor) {
            let command = line[..<cursor].drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" }
            guard command == "open" else { return files }
            let lessonNames = ((try? lessons.lessons()) ?? []).map(\.name).filter { $0.hasPrefix(files.stem) }
            return Completions(stem: files.stem, candidates: Array(Set(files.candidates + lessonNames)).sorted())
        }
        let before = line[..<cursor]
        let stem = String(before.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let head = before.dropLast(stem.count)
        if head.last == "." {
            let chain = head.dropLast().reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            let path = String(chain.reversed()).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard let first = path.first, let value = currentWorkspace.value(of: first) else { return .none }
            let names = memberNames(of: value, following: Array(path.dropFirst()))
            return Completions(stem: stem, candidates: names.filter { $0.hasPrefix(stem) }.sorted())
        }
        guard !stem.isEmpty, stem.first?.isNumber == false else { return Completions(stem: stem, candidates: []) }
        let words = Set(currentWorkspace.variableNames + interpreter.builtinNames + LabCommands.names + Self.keywords)
        return Completions(stem: stem, candidates: words.filter { $0.hasPrefix(stem) }.sorted())
    }

    /// The field or property names of `value` after following `path` (each a field or property).
    func memberNames(of value: Value, following path: [String]) -> [String] {
        var current = value
        for name in path {
            switch current {
            case .structure(let structs) where structs.count >= 1:
                guard let next = structs.value(of: name, at: 0) else { return [] }
                current = next
            case .object(let object):
                guard let next = try? object.property(name) else { return [] }
                current = next
            default:
                return []
            }
        }
        switch current {
        case .structure(let structs): return structs.fieldNames
        case .object(let object): return object.propertyNames
        default: return []
        }
    }

    /// The language's keywords, completed like names.
    static let keywords = [
        "break", "case", "catch", "continue", "else", "elseif", "end", "for", "function", "if",
        "otherwise", "return", "switch", "try", "while",
    ]
}
