/// Error records as values: MException rethrow throw. A caught error (`catch err`) is a struct
/// with the fields `message` and `identifier`; these functions make and throw such records.
enum ExceptionBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        BuiltinFunction(name: "MException", help: """
            MException - An error record that can be thrown later
              ME = MException(errID, msg)               errID such as "lab:badSize"
              ME = MException(errID, format, A1, ...)   the message formatted like sprintf
            ME has the fields message and identifier, as a caught error has; throw(ME) throws it.
            Example: ME = MException("lab:shape", "Expected %d columns.", 3); throw(ME)
            """) { call in
            try call.requireInputs(atLeast: 2)
            let identifier = try call.text(0)
            let message = try FormatEngine(try call.text(1)).format(Array(call.arguments.dropFirst(2)))
            return [record(identifier: identifier, message: message)]
        },
        BuiltinFunction(name: "rethrow", help: """
            rethrow - Throw a caught error again, unchanged
              rethrow(err)   err is the variable of `catch err`, or a struct with message and identifier
            Example: try, x = load1(f); catch err, disp("cleaning up"), rethrow(err), end
            """) { call in
            try throwRecord(call)
        },
        BuiltinFunction(name: "throw", help: """
            throw - Throw an error record made with MException
              throw(ME)   ME has the fields message and identifier
            Example: throw(MException("lab:empty", "No data."))
            """) { call in
            try throwRecord(call)
        },
    ]

    /// A record with the fields a caught error has: message, identifier.
    static func record(identifier: String, message: String) -> Value {
        .structScalar([("message", .charArray(message)), ("identifier", .charArray(identifier))])
    }

    /// Reads the message and identifier of an error record (a scalar struct with a text field
    /// `message` and optionally `identifier`), or nil when the value is not one.
    static func fields(of value: Value) -> (identifier: String?, message: String)? {
        guard case .structure(let s) = value, s.count == 1,
              let message = s.value(of: "message", at: 0), message.isText, let text = try? message.text() else {
            return nil
        }
        let identifier = s.value(of: "identifier", at: 0).flatMap { $0.isText ? try? $0.text() : nil }
        return (identifier?.isEmpty == false ? identifier : nil, text)
    }

    private static func throwRecord(_ call: BuiltinCall) throws(RuntimeError) -> [Value] {
        try call.requireInputs(1...1)
        guard let (identifier, message) = fields(of: call.arguments[0]) else {
            throw call.failure("Input must be an error record (the variable of catch, or MException) with a message field.", at: 0)
        }
        throw RuntimeError.user(identifier: identifier, message: message)
    }
}
