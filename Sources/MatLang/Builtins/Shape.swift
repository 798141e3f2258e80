/// Shape queries: size numel length ndims isempty.
enum ShapeBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "size", help: """
            size - Array size
              sz = size(A)              row vector of extents
              n = size(A, dim)          extent of one dimension (1 past the last)
              sz = size(A, [d1 d2 ...])
              [r, c, ...] = size(A)     the last output holds the product of the remaining extents
            Example: [r, c] = size(ones(2, 3))
            """) { call in
            try call.requireInputs(1...2)
            let size = call.arguments[0].size
            if call.arguments.count == 2 {
                let dims = try call.numeric(1).array.elements
                guard !dims.isEmpty, dims.allSatisfy({ $0 >= 1 && $0 == $0.rounded() && $0 < 1e9 }) else {
                    throw call.failure("Dimension argument must be a positive integer scalar or a vector of positive integers.", at: 1)
                }
                let extents = dims.map { Double(Int($0) <= size.count ? size[Int($0) - 1] : 1) }
                return [.row(extents)]
            }
            if call.nargout <= 1 { return [.row(size.map(Double.init))] }
            var outputs = [Value]()
            for k in 0..<call.nargout {
                if k < call.nargout - 1 {
                    outputs.append(.number(Double(k < size.count ? size[k] : 1)))
                } else {
                    outputs.append(.number(Double(k < size.count ? size[k...].reduce(1, *) : 1)))
                }
            }
            return outputs
        },
        BuiltinFunction(name: "numel", help: """
            numel - Number of array elements
              n = numel(A)
            Example: numel(ones(3, 4))   % 12
            """) { call in
            try call.requireInputs(1...1)
            return [.number(Double(call.arguments[0].count))]
        },
        BuiltinFunction(name: "length", help: """
            length - Length of the largest array dimension (0 for an empty array)
              L = length(A)
            Example: length(ones(3, 7))   % 7
            """) { call in
            try call.requireInputs(1...1)
            let value = call.arguments[0]
            return [.number(value.isEmpty ? 0 : Double(value.size.max() ?? 0))]
        },
        BuiltinFunction(name: "ndims", help: """
            ndims - Number of array dimensions (at least 2)
              N = ndims(A)
            Example: ndims(ones(2, 3, 4))   % 3
            """) { call in
            try call.requireInputs(1...1)
            return [.number(Double(call.arguments[0].size.count))]
        },
        BuiltinFunction(name: "isempty", help: """
            isempty - True for an array with no elements (some dimension is 0)
              tf = isempty(A)
            Example: isempty(zeros(0, 3))   % true
            """) { call in
            try call.requireInputs(1...1)
            return [.bool(call.arguments[0].isEmpty)]
        },
    ]
}
