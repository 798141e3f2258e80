/// Questions about a value: isequal, and the class and shape tests isscalar isvector isrow
/// iscolumn ismatrix isnumeric isfloat islogical ischar isstring iscell iscellstr isstruct.
enum PredicateBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "isequal", help: """
            isequal - True if arrays are equal in size and content
              tf = isequal(A, B)          numbers compare across double, single, logical and char
              tf = isequal(A, B, C, ...)  all of them equal
            NaN is never equal to NaN; a string and a char vector are equal when their text is;
            cells and structs compare element by element (struct fields in any order).
            Example: isequal([1 2 3], 1:3)   % true
            """) { call in
            try call.requireInputs(atLeast: 2)
            let first = call.arguments[0]
            return [.bool(call.arguments.dropFirst().allSatisfy { equal(first, $0) })]
        },
        test("isscalar", "True if the input has exactly one element", "isscalar(5)   % true") { $0.count == 1 },
        test("isvector", "True if the input is 1-by-N or N-by-1",
             "isvector(zeros(1, 4))   % true") { $0.size.count == 2 && ($0.size[0] == 1 || $0.size[1] == 1) },
        test("isrow", "True if the input is 1-by-N", "isrow(1:3)   % true") { $0.size.count == 2 && $0.size[0] == 1 },
        test("iscolumn", "True if the input is N-by-1",
             "iscolumn((1:3)')   % true") { $0.size.count == 2 && $0.size[1] == 1 },
        test("ismatrix", "True if the input has two dimensions",
             "ismatrix(ones(2, 3, 4))   % false") { $0.size.count == 2 },
        test("isnumeric", "True for double and single arrays (not logical or char)",
             "isnumeric(true)   % false") { $0.isNumeric },
        test("isfloat", "True for double and single arrays", "isfloat(single(1))   % true") { $0.isNumeric },
        test("islogical", "True for logical arrays", "islogical(1 > 0)   % true") {
            if case .logical = $0 { return true }
            return false
        },
        test("ischar", "True for char arrays", "ischar('abc')   % true, ischar(\"abc\") is false") {
            if case .char = $0 { return true }
            return false
        },
        test("isstring", "True for string arrays", "isstring(\"abc\")   % true") {
            if case .string = $0 { return true }
            return false
        },
        test("iscell", "True for cell arrays", "iscell({1, 'a'})   % true") {
            if case .cell = $0 { return true }
            return false
        },
        test("iscellstr", "True for a cell array whose every element is a char vector or empty char",
             "iscellstr({'a', 'bc'})   % true") {
            guard case .cell(let c) = $0 else { return false }
            return c.elements.allSatisfy { element in
                if case .char(let a) = element { return a.size.count == 2 && (a.rows <= 1 || a.isEmpty) }
                return false
            }
        },
        test("isstruct", "True for structures and structure arrays", "isstruct(struct(\"a\", 1))   % true") {
            if case .structure = $0 { return true }
            return false
        },
    ]

    /// A one-argument test returning a logical scalar, with help built from its summary.
    private static func test(_ name: String, _ summary: String, _ example: String,
                             _ predicate: @escaping @Sendable (Value) -> Bool) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              tf = \(name)(A)
            Example: \(example)
            """) { call in
            try call.requireInputs(1...1)
            return [.bool(predicate(call.arguments[0]))]
        }
    }

    /// `isequal` for two values: ``Value/isEqual(to:)``, with a string and a char vector compared by text.
    private static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let s), .char), (.char, .string(let s)):
            guard s.count == 1, let text = s[linear: 0] else { return false }
            let other = if case .char = a { a } else { b }
            guard other.size.count == 2, other.size[0] <= 1 || other.isEmpty, let chars = try? other.text() else { return false }
            return text == chars
        default:
            return a.isEqual(to: b)
        }
    }
}
