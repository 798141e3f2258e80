import Foundation

/// Text built-ins: fprintf disp display strcat strjoin join strsplit upper lower contains startsWith.
enum TextBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "fprintf", help: """
            fprintf - Write formatted text to the command window
              fprintf(format, A1, ..., An)      same formatting as sprintf
              fprintf(fid, format, ...)         fid 1 (output) or 2 (errors)
              n = fprintf(___)                  number of bytes written
            Example: fprintf("Epoch %d: loss %.4f\\n", epoch, loss)
            """) { call in
            try call.requireInputs(atLeast: 1)
            var start = 0
            if !call.arguments[0].isText {
                let fid = try call.scalar(0)
                guard fid == 1 || fid == 2 else { throw call.failure("Invalid file identifier. Only 1 and 2 are supported.", at: 0) }
                start = 1
                try call.requireInputs(atLeast: 2)
            }
            let text = try FormatEngine(try call.text(start)).format(Array(call.arguments.dropFirst(start + 1)))
            call.context.write(text)
            return call.nargout > 0 ? [.number(Double(text.utf8.count))] : []
        },
        BuiltinFunction(name: "disp", help: """
            disp - Display a value without its name
              disp(X)    text is written as is; numbers, arrays, cells and structs as MATLAB shows them
            Example: disp("Training done")
            """) { call in
            try call.requireInputs(1...1)
            call.context.write(call.arguments[0].dispText(format: call.context.displayFormat))
            return []
        },
        BuiltinFunction(name: "display", help: """
            display - Display a value with its name, as when a statement has no semicolon
              display(X)
            Example: x = 5; display(x)
            """) { call in
            try call.requireInputs(1...1)
            call.context.write(call.arguments[0].display(name: "ans", format: call.context.displayFormat))
            return []
        },
        BuiltinFunction(name: "strcat", help: """
            strcat - Concatenate text horizontally
              s = strcat(s1, ..., sN)
            Char arguments lose trailing whitespace; with a cell or string argument the result is a
            cell or string array, joined element by element, keeping whitespace.
            Example: strcat("fc_", string(1:3))
            """) { call in
            try call.requireInputs(atLeast: 1)
            let parts = try call.arguments.enumerated().map { (k, v) throws(RuntimeError) -> TextArray in
                if v.isEmpty, case .double = v { return try TextArray(.charArray(""), function: call.name, position: k + 1) }
                return try TextArray(v, function: call.name, position: k + 1)
            }
            let kind: TextArray.Kind = parts.contains { $0.kind == .string } ? .string : (parts.contains { $0.kind == .cell } ? .cell : .char)
            let shaped = parts.filter { $0.kind != .char && $0.texts.count != 1 }
            let size = shaped.first?.size ?? [1, 1]
            guard shaped.allSatisfy({ $0.size == size }) else { throw call.failure("All non-scalar inputs must be the same size.") }
            let count = size.reduce(1, *)
            var out = [String?]()
            for e in 0..<count {
                var joined: String? = ""
                for part in parts {
                    guard let t = part.texts.count == 1 ? part.texts[0] : part.texts[e] else { joined = nil; continue }
                    let piece = part.kind == .char ? String(t.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed()) : t
                    joined = joined.map { $0 + piece }
                }
                out.append(joined)
            }
            return [TextArray.value(out, kind: kind, size: size)]
        },
        BuiltinFunction(name: "strjoin", help: """
            strjoin - Join texts with a delimiter
              s = strjoin(C)             separated by one space
              s = strjoin(C, delimiter)  escape sequences such as \\n in the delimiter are honoured
            Example: strjoin({'a', 'b', 'c'}, ', ')   % 'a, b, c'
            """) { call in
            try call.requireInputs(1...2)
            let parts = try TextArray(call.arguments[0], function: call.name, position: 1)
            guard parts.kind != .char else { throw call.failure("First input must be a string array or cell array of character vectors.", at: 0) }
            let delimiter = call.arguments.count == 2 ? FormatEngine.unescaped(try call.text(1)) : " "
            let joined = parts.texts.map { $0 ?? "" }.joined(separator: delimiter)
            return [parts.kind == .string ? .stringScalar(joined) : .charArray(joined)]
        },
        BuiltinFunction(name: "join", help: """
            join - Combine strings along a dimension
              s = join(str)               along the last dimension whose size is not 1, with spaces
              s = join(str, delimiter)
              s = join(str, delimiter, dim)
            Example: join(["fc_1" "Weights"; "fc_2" "Weights"])   % ["fc_1 Weights"; "fc_2 Weights"]
            """) { call in
            try call.requireInputs(1...3)
            let parts = try TextArray(call.arguments[0], function: call.name, position: 1)
            let delimiter = call.arguments.count >= 2 ? try call.text(1) : " "
            let dim = call.arguments.count == 3 ? try call.dimension(2) : ((parts.size.lastIndex { $0 != 1 } ?? 1) + 1)
            let array = NDArray(size: parts.size, elements: parts.texts)
            let joined = Dimensions.along(array, dim: dim, length: { _ in 1 }) { slice -> [String?] in
                slice.contains { $0 == nil } ? [nil] : [slice.map { $0! }.joined(separator: delimiter)]
            }
            let kind: TextArray.Kind = parts.kind == .char ? .string : parts.kind
            return [TextArray.value(joined.elements, kind: kind, size: joined.size)]
        },
        BuiltinFunction(name: "strsplit", help: """
            strsplit - Split text at delimiters
              C = strsplit(str)              at whitespace
              C = strsplit(str, delimiter)   a text or a cell array of texts; runs of delimiters count once
              C = strsplit(___, "CollapseDelimiters", false)
            Char input gives a 1-by-N cell array; string input gives a 1-by-N string array.
            Example: strsplit('a,b,,c', ',')   % {'a','b','c'}
            """) { call in
            try call.requireInputs(1...4)
            let (positional, options) = try call.options(from: 1, names: ["CollapseDelimiters"])
            let source = try TextArray(call.arguments[0], function: call.name, position: 1)
            guard source.texts.count == 1, source.kind != .cell, let text = source.texts[0] else {
                throw call.failure("First input must be a character vector or string scalar.", at: 0)
            }
            var delimiters = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
            if positional.count >= 2 {
                let d = try TextArray(positional[1], function: call.name, position: 2)
                delimiters = d.texts.compactMap { $0 }.map(FormatEngine.unescaped)
                guard !delimiters.contains("") else { throw call.failure("Delimiters must not be empty.", at: 1) }
            }
            let collapse = try options["CollapseDelimiters"].map { (v: Value) throws(RuntimeError) -> Bool in try v.isTrue() } ?? true
            var pieces = [String]()
            var current = ""
            var index = text.startIndex
            var previousWasDelimiter = false
            while index < text.endIndex {
                if let d = delimiters.sorted(by: { $0.count > $1.count }).first(where: { text[index...].hasPrefix($0) }) {
                    if !(collapse && previousWasDelimiter) { pieces.append(current) }
                    current = ""
                    previousWasDelimiter = true
                    index = text.index(index, offsetBy: d.count)
                } else {
                    current.append(text[index])
                    previousWasDelimiter = false
                    index = text.index(after: index)
                }
            }
            pieces.append(current)
            let kind: TextArray.Kind = source.kind == .string ? .string : .cell
            return [TextArray.value(pieces, kind: kind, size: [1, pieces.count])]
        },
        BuiltinFunction(name: "upper", help: """
            upper - Convert text to uppercase
              t = upper(str)    char, string arrays and cell arrays of char vectors
            Example: upper('abc')   % 'ABC'
            """) { call in
            try call.requireInputs(1...1)
            return [try caseMapped(call) { $0.uppercased() }]
        },
        BuiltinFunction(name: "lower", help: """
            lower - Convert text to lowercase
              t = lower(str)
            Example: lower("ReLU")   % "relu"
            """) { call in
            try call.requireInputs(1...1)
            return [try caseMapped(call) { $0.lowercased() }]
        },
        BuiltinFunction(name: "contains", help: """
            contains - True where text contains a pattern
              tf = contains(str, pattern)          pattern: a text or a list of texts (any matches)
              tf = contains(str, pattern, "IgnoreCase", true)
            Example: contains(["relu_1" "fc_1"], "fc")   % [false true]
            """) { call in try matching(call) { $1.isEmpty || $0.contains($1) } },
        BuiltinFunction(name: "startsWith", help: """
            startsWith - True where text starts with a pattern
              tf = startsWith(str, pattern), startsWith(str, pattern, "IgnoreCase", true)
            Example: startsWith("fc_1", "fc")   % true
            """) { call in try matching(call) { $0.hasPrefix($1) } },
    ]

    /// `upper`/`lower`: char arrays of any size map code units; other text maps element-wise.
    private static func caseMapped(_ call: BuiltinCall, _ transform: @escaping (String) -> String) throws(RuntimeError) -> Value {
        if case .char(let a) = call.arguments[0] {
            return .char(a.map { unit in
                let s = transform(String(decoding: [unit], as: UTF16.self))
                let units = Array(s.utf16)
                return units.count == 1 ? units[0] : unit
            })
        }
        if !call.arguments[0].isArithmetic || call.arguments[0].className == "cell" || call.arguments[0].className == "string" {
            return try TextArray(call.arguments[0], function: call.name, position: 1).mapped(transform)
        }
        return call.arguments[0]
    }

    /// `contains`/`startsWith`.
    private static func matching(_ call: BuiltinCall, _ test: @escaping (String, String) -> Bool) throws(RuntimeError) -> [Value] {
        try call.requireInputs(2...4)
        let (positional, options) = try call.options(from: 2, names: ["IgnoreCase"])
        guard positional.count == 2 else { throw call.failure("Expected a name-value pair after the pattern.", at: 2) }
        let source = try TextArray(call.arguments[0], function: call.name, position: 1)
        let patterns = try TextArray(call.arguments[1], function: call.name, position: 2).texts.compactMap { $0 }
        let ignoreCase = try options["IgnoreCase"].map { (v: Value) throws(RuntimeError) -> Bool in try v.isTrue() } ?? false
        let fold: (String) -> String = ignoreCase ? { $0.lowercased() } : { $0 }
        return [source.test { text in patterns.contains { test(fold(text), fold($0)) } }]
    }
}
