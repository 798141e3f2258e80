import Foundation

/// Element-wise mathematics: abs sqrt exp log log10 log2 sin cos tan tanh floor ceil round fix
/// mod rem sign isnan isinf isfinite.
enum ElementwiseBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        unary("abs", "Absolute value", "abs([-1 2 -3])   % [1 2 3]") { abs($0) },
        unary("sqrt", "Square root (negative inputs would be complex, which is not supported)", "sqrt([4 9])   % [2 3]",
              domain: { $0 >= 0 || $0.isNaN }) { $0.squareRoot() },
        unary("exp", "Exponential e^x", "exp(1)   % 2.7183") { Foundation.exp($0) },
        unary("log", "Natural logarithm (negative inputs would be complex, which is not supported)", "log(exp(2))   % 2",
              domain: { $0 >= 0 || $0.isNaN }) { Foundation.log($0) },
        unary("log10", "Common (base 10) logarithm", "log10(1000)   % 3", domain: { $0 >= 0 || $0.isNaN }) { Foundation.log10($0) },
        unary("log2", "Base 2 logarithm", "log2(8)   % 3", domain: { $0 >= 0 || $0.isNaN }) { Foundation.log2($0) },
        unary("sin", "Sine of radians", "sin(pi/2)   % 1") { Foundation.sin($0) },
        unary("cos", "Cosine of radians", "cos(0)   % 1") { Foundation.cos($0) },
        unary("tan", "Tangent of radians", "tan(pi/4)   % 1") { Foundation.tan($0) },
        unary("tanh", "Hyperbolic tangent", "tanh([-1 0 1])") { Foundation.tanh($0) },
        unary("floor", "Round toward negative infinity", "floor(-2.5)   % -3") { $0.rounded(.down) },
        unary("ceil", "Round toward positive infinity", "ceil(-2.5)   % -2") { $0.rounded(.up) },
        BuiltinFunction(name: "round", help: """
            round - Round to the nearest integer or number of digits, halves away from zero
              Y = round(X)                   nearest integer
              Y = round(X, N)                N digits after the point (N < 0: to the left of it)
              Y = round(X, N, "significant") N significant digits ("decimals" is the default)
            Example: round(pi, 3)   % 3.1420
            """) { call in
            try call.requireInputs(1...3)
            let x = try call.numeric(0)
            guard call.arguments.count > 1 else { return [x.mapped { $0.rounded(.toNearestOrAwayFromZero) }] }
            let digits = try call.integer(1)
            var significant = false
            if call.arguments.count == 3 {
                switch try call.text(2).lowercased() {
                case "significant": significant = true
                case "decimals": significant = false
                default: throw call.failure("Rounding type must be \"decimals\" or \"significant\".", at: 2)
                }
                guard !significant || digits > 0 else { throw call.failure("Number of significant digits must be positive.", at: 1) }
            }
            return [x.mapped { value in
                guard value.isFinite, value != 0 else { return value }
                let places = significant ? digits - Int(floor(log10(abs(value)))) - 1 : digits
                return roundedTo(value, places: places)
            }]
        },
        unary("fix", "Round toward zero", "fix(-2.5)   % -2") { $0.rounded(.towardZero) },
        unary("sign", "Sign: -1, 0 or 1", "sign([-3 0 2])   % [-1 0 1]") { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? .nan : 0)) },
        binary("mod", "Remainder after division, with the sign of the divisor; mod(a, 0) is a",
               "mod(-1, 3)   % 2") { a, b in
            if b == 0 { return a }
            if b.isInfinite && a.isFinite { return (a == 0 || (a < 0) == (b < 0)) ? a : b }
            var r = fmod(a, b)
            if r != 0 && (r < 0) != (b < 0) { r += b }
            return r
        },
        binary("rem", "Remainder after division, with the sign of the dividend; rem(a, 0) is NaN",
               "rem(-10, 3)   % -1") { a, b in
            if b == 0 { return .nan }
            if b.isInfinite && a.isFinite { return a }
            return fmod(a, b)
        },
        predicate("isnan", "True for Not-a-Number elements", "isnan([1 NaN])   % [false true]") { $0.isNaN },
        predicate("isinf", "True for infinite elements", "isinf([1 Inf -Inf])   % [false true true]") { $0.isInfinite },
        predicate("isfinite", "True for finite elements", "isfinite([1 NaN Inf])   % [true false false]") { $0.isFinite },
    ]

    /// `value` rounded to `places` digits after the point (before it when negative), halves away
    /// from zero; scaling by an exact power of ten in the direction that keeps it exact.
    static func roundedTo(_ value: Double, places: Int) -> Double {
        if places >= 0 {
            let scale = pow(10, Double(min(places, 308)))
            let scaled = value * scale
            guard scaled.isFinite, abs(scaled) < 0x1p52 else { return value }
            return scaled.rounded(.toNearestOrAwayFromZero) / scale
        }
        let scale = pow(10, Double(min(-places, 308)))
        return (value / scale).rounded(.toNearestOrAwayFromZero) * scale
    }

    /// A one-argument element-wise function keeping single precision; `domain` rejects inputs
    /// whose result would be complex.
    private static func unary(_ name: String, _ summary: String, _ example: String,
                              domain: (@Sendable (Double) -> Bool)? = nil,
                              _ f: @escaping @Sendable (Double) -> Double) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              Y = \(name)(X)    applied to every element; single stays single, logical and char give double
            Example: \(example)
            """) { call in
            try call.requireInputs(1...1)
            let x = try call.numeric(0)
            if let domain, !x.array.elements.allSatisfy(domain) {
                throw RuntimeError.complexNotSupported(operation: "\(name) of a negative number")
            }
            return [x.mapped(f)]
        }
    }

    /// A two-argument element-wise function with implicit expansion.
    private static func binary(_ name: String, _ summary: String, _ example: String,
                               _ f: @escaping @Sendable (Double, Double) -> Double) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              C = \(name)(A, B)    element-wise, with implicit expansion
            Example: \(example)
            """) { call in
            try call.requireInputs(2...2)
            let a = try call.numeric(0)
            let b = try call.numeric(1)
            let single = a.isSingle || b.isSingle
            let result = try Dimensions.expand(a.array, b.array, function: name) { x, y in
                single ? Double(Float(f(Double(Float(x)), Double(Float(y))))) : f(x, y)
            }
            return [Numeric(array: result, isSingle: single).wrap(result)]
        }
    }

    /// A test giving a logical array of the same size.
    private static func predicate(_ name: String, _ summary: String, _ example: String,
                                  _ test: @escaping @Sendable (Double) -> Bool) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              TF = \(name)(A)    logical array of the size of A
            Example: \(example)
            """) { call in
            try call.requireInputs(1...1)
            if case .char(let a) = call.arguments[0] { return [.logical(a.map { test(Double($0)) })] }
            return [.logical(try call.numeric(0).array.map(test))]
        }
    }
}
