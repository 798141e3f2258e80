/// Errors, warnings, checks, names, timing and display settings: error warning assert exist tic
/// toc format.
enum ControlBuiltins {
    /// The names of the core built-ins, which `exist` reports as 5 (built-in function).
    static let coreNames: Set<String> = Set(
        (ConstructionBuiltins.functions + ConstantBuiltins.functions + ShapeBuiltins.functions + ReductionBuiltins.functions
            + ElementwiseBuiltins.functions + SearchBuiltins.functions + ConversionBuiltins.functions
            + TextBuiltins.functions + StructBuiltins.functions + CategoricalBuiltins.functions
            + TextMatchingBuiltins.functions + PredicateBuiltins.functions + FlipBuiltins.functions
            + ExceptionBuiltins.functions + FunctionHandleBuiltins.functions + MatrixTextBuiltins.functions).map(\.name)
            + ["error", "warning", "assert", "exist", "tic", "toc", "format"])

    /// The family's functions, sharing one stopwatch and one set of warning switches.
    static func functions(clock: TicTocClock, warnings: WarningSwitches = WarningSwitches()) -> [BuiltinFunction] {
        [
            BuiltinFunction(name: "error", help: """
                error - Throw an error
                  error(msg)                       the message as given
                  error(format, A1, ..., An)       formatted like sprintf
                  error(errID, format, A1, ...)    with an identifier such as "lab:badSize"
                  error(errStruct)                 a struct with message (and identifier) fields
                An empty message does nothing.
                Example: error("lab:shape", "Expected %d columns, got %d.", 3, n)
                """) { call in
                try call.requireInputs(atLeast: 1)
                if case .structure = call.arguments[0], call.arguments.count == 1 {
                    guard let (identifier, message) = ExceptionBuiltins.fields(of: call.arguments[0]) else {
                        throw call.failure("An error structure must have a text field message.", at: 0)
                    }
                    if message.isEmpty { return [] }
                    throw RuntimeError.user(identifier: identifier, message: message)
                }
                let (identifier, message) = try identifiedMessage(call)
                if message.isEmpty { return [] }
                throw RuntimeError.user(identifier: identifier, message: message)
            },
            BuiltinFunction(name: "warning", help: """
                warning - Show a warning message (execution continues)
                  warning(msg), warning(format, A1, ...), warning(warnID, format, A1, ...)
                  warning("off", warnID), warning("on", warnID), warning("off", "all")
                Example: warning("Learning rate %g is large.", lr)
                """) { call in
                try call.requireInputs(atLeast: 1)
                if call.arguments.count <= 2, call.isText(0), ["on", "off"].contains(try call.text(0).lowercased()) {
                    let id = call.arguments.count == 2 ? try call.text(1) : "all"
                    warnings.set(id, enabled: try call.text(0).lowercased() == "on")
                    return []
                }
                let (identifier, message) = try identifiedMessage(call)
                if !message.isEmpty && warnings.isEnabled(identifier ?? "") {
                    call.context.write("Warning: \(message)\n")
                }
                return []
            },
            BuiltinFunction(name: "assert", help: """
                assert - Throw an error if a condition is false
                  assert(cond)                         "Assertion failed."
                  assert(cond, msg, A1, ...)           formatted message
                  assert(cond, errID, msg, A1, ...)
                Example: assert(all(size(X) == [28 28 1 5000]), "unexpected size")
                """) { call in
                try call.requireInputs(atLeast: 1)
                let condition = call.arguments[0]
                guard condition.isArithmetic else { throw call.failure("Condition must be logical or numeric.", at: 0) }
                if try condition.isTrue() { return [] }
                if call.arguments.count == 1 {
                    throw RuntimeError.user(identifier: "MATLAB:assertion:failed", message: "Assertion failed.")
                }
                let rest = BuiltinCall(name: call.name, arguments: Array(call.arguments.dropFirst()), nargout: 0, context: call.context)
                let (identifier, message) = try identifiedMessage(rest)
                throw RuntimeError.user(identifier: identifier, message: message)
            },
            BuiltinFunction(name: "exist", help: """
                exist - Whether a name is a variable or a function
                  e = exist(name)          1 variable, 2 function in a file or script, 5 built-in function, 0 none
                  e = exist(name, "var"), exist(name, "builtin"), exist(name, "file")
                Example: if ~exist("net", "var"), net = initialize(net); end
                """) { call in
                try call.requireInputs(1...2)
                let name = try call.text(0)
                let kind = call.arguments.count == 2 ? try call.text(1).lowercased() : "any"
                let context = call.context
                let isVariable = context.variableExists(name)
                let isBuiltin = coreNames.contains(name)
                let isFunction = context.functionExists(name)
                let answer: Int
                switch kind {
                case "var": answer = isVariable ? 1 : 0
                case "builtin": answer = isBuiltin ? 5 : 0
                case "file": answer = isFunction && !isBuiltin ? 2 : 0
                case "any": answer = isVariable ? 1 : (isBuiltin ? 5 : (isFunction ? 2 : 0))
                default: throw call.failure("Search type must be \"var\", \"builtin\" or \"file\".", at: 1)
                }
                return [.number(Double(answer))]
            },
            BuiltinFunction(name: "tic", help: """
                tic - Start a stopwatch timer
                  tic           start (or restart) the timer that toc reads
                  t = tic       also return the start time for toc(t)
                Example: tic; train(net); toc
                """) { call in
                try call.requireInputs(0...0)
                let t = clock.restart()
                return call.nargout > 0 ? [.number(Double(t))] : []
            },
            BuiltinFunction(name: "toc", help: """
                toc - Read the stopwatch timer
                  toc               print "Elapsed time is S seconds."
                  s = toc           seconds since the last tic
                  s = toc(t)        seconds since t = tic
                Example: t = tic; pause(0); s = toc(t)
                """) { call in
                try call.requireInputs(0...1)
                let start: UInt64
                if call.arguments.count == 1 {
                    let t = try call.scalar(0)
                    guard t >= 1, t == t.rounded(), t < 1.8e19 else { throw call.failure("Input must be a value returned by tic.", at: 0) }
                    start = UInt64(t)
                } else {
                    guard let started = clock.started else {
                        throw call.failure("You must call TIC without an output argument before calling TOC without an input argument.")
                    }
                    start = started
                }
                let seconds = Double(clock.now &- start) / 1e9
                if call.nargout == 0 {
                    call.context.write("Elapsed time is \(NumberText.cFormat(seconds, "%.6f")) seconds.\n")
                    return []
                }
                return [.number(seconds)]
            },
            BuiltinFunction(name: "format", help: """
                format - Set the output display format
                  format              back to the defaults (short, loose)
                  format short        4 digits after the point
                  format long         15 digits after the point (7 for single)
                  format compact      no blank lines around displayed values
                  format loose        blank lines around displayed values
                Example: format long; pi
                """) { call in
                var format = call.context.displayFormat
                if call.arguments.isEmpty {
                    format.precision = .short
                    format.spacing = .loose
                }
                for k in call.arguments.indices {
                    switch try call.text(k).lowercased() {
                    case "short": format.precision = .short
                    case "long": format.precision = .long
                    case "compact": format.spacing = .compact
                    case "loose": format.spacing = .loose
                    case let other: throw call.failure("Unsupported format \"\(other)\": use short, long, compact or loose.", at: k)
                    }
                }
                call.context.displayFormat = format
                return []
            },
        ]
    }

    /// The identifier and formatted message of `error(...)`, `warning(...)` and `assert(...)`.
    ///
    /// One argument is the message as given; with more, an identifier-shaped first argument
    /// (`component:mnemonic`, no spaces) is the identifier and the rest is formatted like sprintf.
    private static func identifiedMessage(_ call: BuiltinCall) throws(RuntimeError) -> (String?, String) {
        let first = try call.text(0)
        if call.arguments.count == 1 { return (nil, first) }
        let looksLikeIdentifier = first.contains(":") && !first.contains(where: \.isWhitespace)
            && !first.hasSuffix(":") && !first.hasPrefix(":") && !first.contains("%")
        if looksLikeIdentifier, call.isText(1) {
            let message = try FormatEngine(try call.text(1)).format(Array(call.arguments.dropFirst(2)))
            return (first, message)
        }
        return (nil, try FormatEngine(first).format(Array(call.arguments.dropFirst())))
    }
}
