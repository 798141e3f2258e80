import Autograd
import MatLang
import NeuralNet

/// Argument helpers shared by the deep-learning built-ins.
enum DeepLearningArguments {
    /// Splits `arguments` into `positional` leading values and `Name, value` options (names
    /// lower-cased); throws when a name is not text or lacks a value.
    static func split(_ arguments: [Value], positional: Int, function: String,
                      allowed: [String]) throws(RuntimeError) -> (values: [Value], options: [String: Value]) {
        let count = min(positional, arguments.count)
        var options: [String: Value] = [:]
        var k = count
        while k < arguments.count {
            guard let name = try? arguments[k].text() else {
                throw .invalidArgument(function: function, position: k + 1,
                                       reason: "Expected a name-value argument name (text).")
            }
            guard let match = allowed.first(where: { $0.lowercased() == name.lowercased() }) else {
                throw .invalidArgument(function: function, position: k + 1,
                                       reason: "'\(name)' is not a recognized parameter. Valid names are: \(allowed.joined(separator: ", ")).")
            }
            guard k + 1 < arguments.count else {
                throw .invalidArgument(function: function, position: k + 1,
                                       reason: "Name-value argument '\(match)' has no value.")
            }
            options[match.lowercased()] = arguments[k + 1]
            k += 2
        }
        return (Array(arguments.prefix(count)), options)
    }

    /// The argument at `index` as a dlarray (numbers become untraced dlarrays).
    static func dlarray(_ call: BuiltinCall, _ index: Int) throws(RuntimeError) -> DLArray {
        guard index < call.arguments.count else { throw .notEnoughInputs(function: call.name) }
        let value = call.arguments[index]
        if case .object(let o) = value {
            if let d = o as? DLArray { return d }
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Expected a dlarray or numeric array, not \(o.className).")
        }
        do { return DLArray(try DLArray.tensor(from: value)) } catch {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Expected a dlarray or numeric array, not \(value.className).")
        }
    }

    /// The argument at `index` as a dlnetwork.
    static func network(_ call: BuiltinCall, _ index: Int) throws(RuntimeError) -> NetworkObject {
        guard index < call.arguments.count else { throw .notEnoughInputs(function: call.name) }
        guard case .object(let o as NetworkObject) = call.arguments[index] else {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Expected a dlnetwork, not \(call.arguments[index].className).")
        }
        return o
    }

    /// Runs a NeuralNet operation, turning its error into a runtime error naming `function`.
    static func network<R>(_ function: String, _ body: () throws(NetworkError) -> R) throws(RuntimeError) -> R {
        do { return try body() } catch {
            throw .invalidArgument(function: function, position: nil, reason: "\(error)")
        }
    }

    /// A positive whole number option.
    static func positiveInteger(_ value: Value, function: String, name: String) throws(RuntimeError) -> Int {
        guard let d = try? value.scalarDouble(), d >= 1, d == d.rounded(), d < 1e9 else {
            throw .invalidArgument(function: function, position: nil,
                                   reason: "Value of '\(name)' must be a positive integer.")
        }
        return Int(d)
    }
}
