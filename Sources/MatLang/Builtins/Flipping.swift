/// Reversing the order of elements: flip fliplr flipud.
enum FlipBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "flip", help: """
            flip - Reverse the order of elements
              B = flip(A)        along the first non-singleton dimension
              B = flip(A, dim)   along dimension dim
            Works on every array type (numbers, text, cells, structs).
            Example: flip([1 2; 3 4], 2)   % [2 1; 4 3]
            """) { call in
            try call.requireInputs(1...2)
            let a = call.arguments[0]
            let dim = call.arguments.count == 2 ? try call.dimension(1) : Dimensions.firstNonSingleton(a.size)
            return [try flipped(a, dim: dim)]
        },
        BuiltinFunction(name: "fliplr", help: """
            fliplr - Flip an array left to right (reverse the columns)
              B = fliplr(A)   the same as flip(A, 2)
            Example: fliplr(1:4)   % [4 3 2 1]
            """) { call in
            try call.requireInputs(1...1)
            return [try flipped(call.arguments[0], dim: 2)]
        },
        BuiltinFunction(name: "flipud", help: """
            flipud - Flip an array upside down (reverse the rows)
              B = flipud(A)   the same as flip(A, 1)
            Example: flipud([1; 2; 3])   % [3; 2; 1]
            """) { call in
            try call.requireInputs(1...1)
            return [try flipped(call.arguments[0], dim: 1)]
        },
    ]

    /// `a` with dimension `dim` (1-based) reversed; unchanged past its last dimension.
    private static func flipped(_ a: Value, dim: Int) throws(RuntimeError) -> Value {
        let size = a.size
        guard dim <= size.count, size[dim - 1] > 1 else { return a }
        var subscripts = [Value](repeating: .colon, count: size.count)
        subscripts[dim - 1] = .row((1...size[dim - 1]).reversed().map(Double.init))
        return try a.indexed(subscripts)
    }
}
