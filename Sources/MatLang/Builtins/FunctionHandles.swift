/// Calling and naming functions, and handing values to outputs: feval func2str deal.
enum FunctionHandleBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "feval", help: """
            feval - Call a function given as a handle or by name
              [y1, ..., yN] = feval(f, x1, ..., xM)   f is a function handle or the function's name
            Example: feval("max", [3 7 2])   % 7
            """) { call in
            try call.requireInputs(atLeast: 1)
            let function = call.arguments[0]
            switch function {
            case .functionHandle: break
            default:
                guard function.isText else { throw call.failure("Argument must be a function handle or a function name.", at: 0) }
            }
            return try call.context.call(function, arguments: Array(call.arguments.dropFirst()), nargout: call.nargout)
        },
        BuiltinFunction(name: "func2str", help: """
            func2str - The text of a function handle
              str = func2str(f)   'sin' for @sin, '@(x)x.^2' for an anonymous function
            Example: func2str(@(x) x.^2)
            """) { call in
            try call.requireInputs(1...1)
            guard case .functionHandle(let f) = call.arguments[0] else {
                throw call.failure("Input must be a function handle.", at: 0)
            }
            return [.charArray(f.isNamed ? String(f.text.dropFirst()) : f.text)]
        },
        BuiltinFunction(name: "deal", help: """
            deal - Hand inputs to outputs
              [y1, ..., yN] = deal(x)             every output is x
              [y1, ..., yN] = deal(x1, ..., xN)   output k is xk
            Example: [a, b] = deal(1, "two")
            """) { call in
            try call.requireInputs(atLeast: 1)
            let outputs = max(call.nargout, 1)
            if call.arguments.count == 1 { return Array(repeating: call.arguments[0], count: outputs) }
            guard call.arguments.count == outputs else {
                throw RuntimeError.invalidArgument(function: call.name, position: nil,
                                                   reason: "The number of outputs should match the number of inputs.")
            }
            return call.arguments
        },
    ]
}
