import MatLang
import Plotting

/// Turns the figure model's errors into the language's run-time errors, in one place.
enum GraphicsError {
    /// The `RuntimeError` for a `PlotError` raised by built-in `function`: `Error using function` then
    /// the model's message (its own `Error using …` line is dropped, since the function is named already).
    static func runtime(_ error: PlotError, function: String) -> RuntimeError {
        switch error {
        case .unknownProperty(let className, let name):
            return .unknownProperty(name: name, className: className)
        default:
            var message = error.description
            var named = function
            if message.hasPrefix("Error using "), let newline = message.firstIndex(of: "\n") {
                let owner = message[message.index(message.startIndex, offsetBy: 12)..<newline]
                if owner != "set" { named = String(owner) }
                message = String(message[message.index(after: newline)...])
            }
            return .invalidArgument(function: named, position: nil, reason: message)
        }
    }

    /// An argument error of built-in `function`.
    static func argument(_ function: String, _ reason: String, position: Int? = nil) -> RuntimeError {
        .invalidArgument(function: function, position: position, reason: reason)
    }
}

/// Runs a figure-model change, rethrowing its `PlotError` as the language's error for `function`.
func plotting<T>(_ function: String, _ body: () throws(PlotError) -> T) throws(RuntimeError) -> T {
    do {
        return try body()
    } catch {
        throw GraphicsError.runtime(error, function: function)
    }
}
