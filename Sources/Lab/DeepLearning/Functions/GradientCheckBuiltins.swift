import Autograd
import Foundation
import MatLang
import NeuralNet

/// GradLab's gradient check: gradcheck.
public enum GradientCheckBuiltins {
    /// `gradcheck`. `adjustGradients` changes the backward pass's gradients before they are
    /// compared: a seam for tests, which must see a wrong gradient reported as wrong.
    public static func functions(state: DeepLearningState,
                                 adjustGradients: (@Sendable (inout [Tensor]) -> Void)? = nil) -> [BuiltinFunction] {
        [
            BuiltinFunction(name: "gradcheck", help: """
                gradcheck - Check backpropagation against central finite differences, per learnable
                  gradcheck(net, X, T)              loss crossentropy(forward(net, X), T)
                  gradcheck(net, X, T, lossFcn)     lossFcn a handle @(Y, T) ... returning a scalar
                  gradcheck(..., Entries=n)         entries checked per learnable (default 5)
                  R = gradcheck(...)                a struct array with fields Layer, Parameter,
                                                    MaxRelativeError, Entries, Passed, Analytic, Numeric
                For every learnable, dlgradient's gradient g is compared with (L(θ+h) − L(θ−h)) / 2h
                on its largest entry and a few others (always the same ones for the same network).
                The reference runs in double precision with h = 1e-5·max(1,|θ|); a loss function
                that returns single data is differenced in single precision with h = 1e-3·max(1,|θ|).
                The relative error is |g − fd| / max(|g|, |fd|, floor), the floor being what the
                differences can resolve. A row passes when the error is at most 1e-3 (5e-2 in single).
                Example: gradcheck(net, dlarray(XTrain(:,:,:,1:16), "SSCB"), T(:,1:16))
                """) { call in
                try check(call, state: state, adjustGradients: adjustGradients)
            },
        ]
    }

    /// How the loss is computed: a built-in loss (referenced in float64), or a user function.
    enum LossChoice {
        case builtin(DoublePrecisionLoss)
        case handle(Value)
    }

    static func check(_ call: BuiltinCall, state: DeepLearningState,
                      adjustGradients: (@Sendable (inout [Tensor]) -> Void)?) throws -> [Value] {
        var positional = 3
        if call.arguments.count >= 4, case .functionHandle = call.arguments[3] { positional = 4 }
        let (values, options) = try DeepLearningArguments.split(call.arguments, positional: positional,
                                                               function: call.name, allowed: ["Entries"])
        guard values.count >= 3 else { throw RuntimeError.notEnoughInputs(function: call.name) }
        let net = try DeepLearningArguments.network(call, 0)
        let x = try DeepLearningArguments.dlarray(call, 1)
        let t = try DeepLearningArguments.dlarray(call, 2)
        let entries = try options["entries"].map { v throws(RuntimeError) in
            try DeepLearningArguments.positiveInteger(v, function: call.name, name: "Entries")
        } ?? 5
        let choice = lossChoice(values.count > 3 ? values[3] : nil)
        guard let reference = DoublePrecisionNetwork(net.network) else {
            throw RuntimeError.invalidArgument(function: call.name, position: 1, reason:
                "gradcheck supports input, fully connected, ReLU, leaky ReLU, sigmoid, tanh and softmax layers.")
        }
        let y = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in try net.network.predict(x.tensor) }
        let outputs = y.shape[0], batch = y.count / max(outputs, 1)
        let outputSize = DLArray.matlabSize(y.shape)
        guard t.tensor.count == y.count else {
            throw RuntimeError.invalidArgument(function: call.name, position: 3, reason:
                "Targets must have the size of the network output (\(dimensions(outputSize))), not \(dimensions(t.size)).")
        }
        if case .builtin(.crossentropy) = choice, !t.tensor.scalars.allSatisfy({ $0 >= 0 && $0 <= 1 }) {
            throw RuntimeError.invalidArgument(function: call.name, position: 3, reason:
                "Targets must be one-hot encoded (values between 0 and 1); use onehotencode(T, 1).")
        }
        let targets = t.tensor.reshaped(to: y.shape)
        let rows = net.network.learnables
        var analytic = try backpropGradients(call, state: state, net: net.network, x: x, targets: targets, choice: choice)
        adjustGradients?(&analytic)

        let xs = x.tensor.doubleScalars, ts = targets.doubleScalars
        func output(_ p: Int?, _ e: Int, _ d: Double) -> [Double] {
            reference.output(xs, batch: batch, shifting: p, element: e, by: d)
        }
        var checker = FiniteDifferenceCheck(entriesPerParameter: entries)
        let loss: (Int, Int, Double) throws -> Double
        var precision = "double"
        switch choice {
        case .builtin(let kind):
            loss = { p, e, d in kind.value(output(p, e, d), ts, observations: batch) }
        case .handle(let function):
            loss = { p, e, d in
                try userLoss(call, function, output(p, e, d), ts, size: outputSize).value
            }
            if try userLoss(call, function, output(nil, 0, 0), ts, size: outputSize).isSingle {
                precision = "single"
                checker.step = 1e-3
                checker.tolerance = 5e-2
            }
        }
        let unperturbed = try loss(0, 0, 0)  // a shift by 0: the loss at the current learnables
        let epsilon = precision == "double" ? Double.ulpOfOne : Double(Float.ulpOfOne)
        checker.floor = max(16 * epsilon * abs(unperturbed) / checker.step, 1e-12)
        let results = try checker.run(learnables: rows, analytic: analytic, loss: loss)
        if call.nargout > 0 { return [try records(results)] }
        call.context.write(table(results, precision: precision, checker: checker))
        return []
    }

    /// The loss a fourth argument names: a built-in loss by handle, or any other handle.
    static func lossChoice(_ value: Value?) -> LossChoice {
        guard let value else { return .builtin(.crossentropy) }
        if case .functionHandle(let h) = value, h.isNamed,
           let kind = DoublePrecisionLoss(rawValue: String(h.text.dropFirst())) {
            return .builtin(kind)
        }
        return .handle(value)
    }

    /// dlgradient's gradients of the loss with respect to every learnable, as `dlfeval` would trace them.
    static func backpropGradients(_ call: BuiltinCall, state: DeepLearningState, net: Network, x: DLArray,
                                  targets: Tensor, choice: LossChoice) throws -> [Tensor] {
        try state.tracing { tape in
            let leaves = net.learnables.map { tape.leaf($0.value, name: $0.parameter, layer: $0.layer) }
            let trace = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                try net.forward(tape.constant(x.tensor, name: "X"), learnables: leaves, on: tape)
            }
            let target = tape.constant(targets, name: "T")
            let loss: Autograd.Variable
            switch choice {
            case .builtin(let kind):
                loss = try DLArray.engine(call.name) { () throws(TensorError) in
                    switch kind {
                    case .crossentropy: try tape.crossEntropy(trace.output, target)
                    case .mse: try tape.meanSquaredError(trace.output, target)
                    case .l2loss: try tape.multiply(try tape.meanSquaredError(trace.output, target), tape.constant(Tensor(scalar: 2)))
                    }
                }
            case .handle(let function):
                let format = x.format.isEmpty ? "" : "CB"
                let result = try call.context.call(function, arguments: [.object(DLArray(traced: trace.output, format: format)),
                                                                        .object(DLArray(targets, format: format))], nargout: 1)
                guard case .object(let d as DLArray)? = result.first, let v = d.variable, v.tape === tape, d.tensor.count == 1 else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 4, reason:
                        "The loss function must return a scalar dlarray computed from its inputs, e.g. @(Y, T) mse(Y, T).")
                }
                loss = v
            }
            let gradients = try DLArray.engine(call.name) { () throws(TensorError) in try tape.gradients(of: loss) }
            return leaves.map { gradients.gradientOrZeros(of: $0) }
        }
    }

    /// A user loss evaluated on double data; `isSingle` when its result is single or a dlarray.
    static func userLoss(_ call: BuiltinCall, _ function: Value, _ y: [Double], _ t: [Double],
                         size: [Int]) throws -> (value: Double, isSingle: Bool) {
        let result = try call.context.call(function, arguments: [.double(NDArray(size: size, elements: y)),
                                                                .double(NDArray(size: size, elements: t))], nargout: 1)
        switch result.first {
        case .double(let a)? where a.count == 1: return (a[linear: 0], false)
        case .single(let a)? where a.count == 1: return (Double(a[linear: 0]), true)
        case .object(let d as DLArray)? where d.tensor.count == 1: return (Double(d.tensor[linear: 0]), true)
        default:
            throw RuntimeError.invalidArgument(function: call.name, position: 4,
                                               reason: "The loss function must return a numeric scalar.")
        }
    }

    /// The rows as a struct array.
    static func records(_ rows: [FiniteDifferenceRow]) throws(RuntimeError) -> Value {
        let records: [Value] = rows.map { r in
            .structScalar([("Layer", .stringScalar(r.layer)), ("Parameter", .stringScalar(r.parameter)),
                           ("MaxRelativeError", .number(r.maxRelativeError)), ("Entries", .number(Double(r.entriesChecked))),
                           ("Passed", .bool(r.passed)), ("Analytic", .number(r.worstAnalytic)), ("Numeric", .number(r.worstNumeric))])
        }
        return try Value.concatenate(records, along: 1)
    }

    /// The printed table, with the worst entry of every failing row below it.
    static func table(_ rows: [FiniteDifferenceRow], precision: String, checker: FiniteDifferenceCheck) -> String {
        var text = "  Layer      Parameter    max rel. error  entries  verdict\n"
        for r in rows {
            text += "  " + NetworkBuiltins.pad(r.layer, 11) + NetworkBuiltins.pad(r.parameter, 11)
                + String(format: "%16.2e %8d  ", r.maxRelativeError, r.entriesChecked) + (r.passed ? "ok" : "WRONG") + "\n"
        }
        let passed = rows.filter(\.passed).count
        text += "  \(passed) of \(rows.count) learnables agree with central differences (\(precision) precision, "
            + String(format: "h = %.0e·max(1,|θ|), tolerance %.0e).\n", checker.step, checker.tolerance)
        for r in rows where !r.passed {
            text += "  \(r.layer) \(r.parameter)(\(r.worstEntry + 1)): dlgradient "
                + String(format: "%.4g, finite differences %.4g\n", r.worstAnalytic, r.worstNumeric)
        }
        return text
    }

    /// `10×8`.
    static func dimensions(_ size: [Int]) -> String { size.map(String.init).joined(separator: "×") }
}
