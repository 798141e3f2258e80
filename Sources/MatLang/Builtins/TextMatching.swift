import Foundation

/// Comparing and editing text: strcmp strcmpi strlength strtrim strrep newline.
enum TextMatchingBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "strcmp", help: """
            strcmp - Compare text (case-sensitive)
              tf = strcmp(s1, s2)   true when the texts are identical
            s1 and s2 are char vectors, string arrays or cell arrays of char vectors; an array
            compares element by element with the other (same size, or one text). Anything that
            is not text compares false.
            Example: strcmp({'relu', 'tanh'}, "tanh")   % [false true]
            """) { call in
            try compare(call, caseSensitive: true)
        },
        BuiltinFunction(name: "strcmpi", help: """
            strcmpi - Compare text, ignoring case
              tf = strcmpi(s1, s2)   as strcmp, but "ReLU" equals "relu"
            Example: strcmpi("ReLU", 'relu')   % true
            """) { call in
            try compare(call, caseSensitive: false)
        },
        BuiltinFunction(name: "strlength", help: """
            strlength - Number of characters in each text
              L = strlength(str)   one length per element of a string array or cell array
            A <missing> string has length NaN.
            Example: strlength(["fc_1" "sigmoid"])   % [4 7]
            """) { call in
            try call.requireInputs(1...1)
            let texts = try TextArray(call.arguments[0], function: call.name, position: 1)
            let lengths = texts.texts.map { $0.map { Double($0.utf16.count) } ?? .nan }
            return [.double(NDArray(size: texts.size, elements: lengths))]
        },
        BuiltinFunction(name: "strtrim", help: """
            strtrim - Remove leading and trailing whitespace
              newStr = strtrim(str)   for char vectors, string arrays and cell arrays of char vectors
            Example: strtrim("   loss = 0.25  ")   % "loss = 0.25"
            """) { call in
            try call.requireInputs(1...1)
            let texts = try TextArray(call.arguments[0], function: call.name, position: 1)
            return [texts.mapped { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\0"))) }]
        },
        BuiltinFunction(name: "strrep", help: """
            strrep - Find and replace text
              newStr = strrep(str, old, new)   every occurrence of old, overlapping ones included
            str is a char vector, string array or cell array of char vectors; the result has its type.
            Example: strrep("fc_1 weights", "fc_1", "fc_2")
            """) { call in
            try call.requireInputs(3...3)
            let texts = try TextArray(call.arguments[0], function: call.name, position: 1)
            let old = Array(try call.text(1).utf16)
            let new = Array(try call.text(2).utf16)
            return [texts.mapped { String(decoding: replacing(old, with: new, in: Array($0.utf16)), as: UTF16.self) }]
        },
        BuiltinFunction(name: "newline", help: """
            newline - The newline character
              c = newline   char(10)
            Example: disp("first line" + newline + "second line")
            """) { call in
            try call.requireInputs(0...0)
            return [.charArray("\n")]
        },
    ]

    /// `strcmp` and `strcmpi`: element-wise over arrays of text, false for non-text inputs.
    private static func compare(_ call: BuiltinCall, caseSensitive: Bool) throws(RuntimeError) -> [Value] {
        try call.requireInputs(2...2)
        func same(_ x: String?, _ y: String?) -> Bool {
            guard let x, let y else { return false }
            return caseSensitive ? x == y : x.lowercased() == y.lowercased()
        }
        if case .char(let x) = call.arguments[0], case .char(let y) = call.arguments[1] {
            return [.bool(x.size == y.size
                          && same(String(decoding: x.elements, as: UTF16.self), String(decoding: y.elements, as: UTF16.self)))]
        }
        guard let a = try? TextArray(call.arguments[0], function: call.name, position: 1),
              let b = try? TextArray(call.arguments[1], function: call.name, position: 2) else {
            return [.bool(false)]
        }
        let aIsOne = a.texts.count == 1
        let bIsOne = b.texts.count == 1
        if aIsOne && bIsOne { return [.bool(same(a.texts[0], b.texts[0]))] }
        if aIsOne { return [.logical(NDArray(size: b.size, elements: b.texts.map { same(a.texts[0], $0) }))] }
        if bIsOne { return [.logical(NDArray(size: a.size, elements: a.texts.map { same($0, b.texts[0]) }))] }
        guard a.size == b.size else { throw call.failure("Inputs must be the same size or either one can be a scalar.") }
        return [.logical(NDArray(size: a.size, elements: zip(a.texts, b.texts).map { same($0, $1) }))]
    }

    /// MATLAB's `strrep`: every position where `old` starts is replaced by `new`, and characters
    /// covered by any match are dropped, so overlapping matches each give one `new`
    /// (`strrep('222', '22', '*')` is `'**'`).
    static func replacing(_ old: [UInt16], with new: [UInt16], in text: [UInt16]) -> [UInt16] {
        guard !old.isEmpty, old.count <= text.count else { return text }
        var result = [UInt16]()
        var coveredUntil = 0
        for i in text.indices {
            if i + old.count <= text.count, text[i..<(i + old.count)].elementsEqual(old) {
                result += new
                coveredUntil = max(coveredUntil, i + old.count)
            }
            if i >= coveredUntil { result.append(text[i]) }
        }
        return result
    }
}
