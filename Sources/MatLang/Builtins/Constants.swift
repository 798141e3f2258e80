/// MATLAB's constant functions: pi Inf NaN true false eps realmax realmin (and `inf`, `nan`),
/// which take size arguments like `zeros`.
enum ConstantBuiltins {
    /// The family's functions.
    static let functions: [BuiltinFunction] = [
        constant("pi", "Ratio of a circle's circumference to its diameter, 3.14159...", .pi, example: "sin(pi/2)   % 1"),
        constant("Inf", "Positive infinity (also inf)", .infinity, example: "1/Inf   % 0"),
        constant("inf", "Positive infinity (also Inf)", .infinity, example: "-inf < 0   % true"),
        constant("NaN", "Not-a-Number (also nan)", .nan, example: "isnan(NaN)   % true"),
        constant("nan", "Not-a-Number (also NaN)", .nan, example: "nan(2, 1)"),
        constant("realmax", "Largest finite double, 1.7977e+308", .greatestFiniteMagnitude, example: "realmax * 2   % Inf"),
        constant("realmin", "Smallest positive normalised double, 2.2251e-308", .leastNormalMagnitude, example: "realmin / 2 > 0"),
        truth("true", true),
        truth("false", false),
        BuiltinFunction(name: "eps", help: """
            eps - Floating-point relative accuracy
              d = eps               2^-52, the distance from 1.0 to the next double
              d = eps(x)            the distance from |x| to the next larger number of x's class
              d = eps("single")     2^-23
            Example: eps(1000)   % 1.1369e-13
            """) { call in
            try call.requireInputs(0...1)
            if call.arguments.isEmpty { return [.number(.ulpOfOne)] }
            if call.isText(0) {
                switch try call.text(0) {
                case "double": return [.number(.ulpOfOne)]
                case "single": return [.single(NDArray(scalar: Float.ulpOfOne))]
                default: throw call.failure("Class name must be \"double\" or \"single\".", at: 0)
                }
            }
            let x = try call.numeric(0)
            if x.isSingle { return [.single(x.array.map { Float($0).magnitude.ulp })] }
            return [.double(x.array.map { $0.isFinite ? $0.magnitude.ulp : .nan })]
        },
    ]

    /// A numeric constant function: `name`, `name(n)`, `name(m, n, …)`, `name(___, "single")`.
    private static func constant(_ name: String, _ summary: String, _ value: Double, example: String) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary)
              x = \(name)                  a scalar
              X = \(name)(n), \(name)(sz1,...,szN), \(name)(___, "single")   an array filled with it
            Example: \(example)
            """) { call in
            let (size, className) = try call.sizeArguments(from: 0, classes: ["double", "single"])
            if className == "single" { return [.single(NDArray(size: size, repeating: Float(value)))] }
            return [.double(NDArray(size: size, repeating: value))]
        }
    }

    /// `true` and `false`, which also take size arguments.
    private static func truth(_ name: String, _ value: Bool) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - Logical \(value ? "1 (true)" : "0 (false)")
              tf = \(name)                 a logical scalar
              TF = \(name)(n), \(name)(sz1,...,szN)   a logical array
            Example: mask = \(name)(1, 3)
            """) { call in
            let size = try call.sizeArguments(from: 0, classes: []).size
            return [.logical(NDArray(size: size, repeating: value))]
        }
    }
}
