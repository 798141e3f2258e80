import Autograd
import MatLang
import NeuralNet

/// Optimizer steps on dlnetworks: adamupdate, and the step the others share.
enum OptimizerBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(updating: "adamupdate", help: """
                adamupdate - One Adam step on a dlnetwork's learnables
                  [net, averageGrad, averageSqGrad] = adamupdate(net, grad, averageGrad, averageSqGrad, iteration)
                  [...] = adamupdate(..., learnRate, gradDecay, sqGradDecay, epsilon)
                Defaults: learnRate 0.001, gradDecay 0.9, sqGradDecay 0.999, epsilon 1e-8. Start with
                averageGrad = [] and averageSqGrad = []; iteration counts from 1.
                Example: [net, avgG, avgSqG] = adamupdate(net, gradients, avgG, avgSqG, iteration)
                """) { (call: inout BuiltinCall) throws in
                guard call.arguments.count >= 5 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let iteration = try DeepLearningArguments.positiveInteger(call.arguments[4], function: call.name, name: "iteration")
                let options = AdamOptions(learnRate: try option(call, 5, "learnRate", 0.001), gradientDecay: try option(call, 6, "gradDecay", 0.9),
                                          squaredGradientDecay: try option(call, 7, "sqGradDecay", 0.999), epsilon: try option(call, 8, "epsilon", 1e-8))
                return try step(&call, stateCount: 2, validate: { () throws(NetworkError) in _ = try options.validated() }) {
                    _, parameter, gradient, m, v throws(NetworkError) in
                    try adamUpdate(&parameter, gradient: gradient, averageGradient: &m, averageSquaredGradient: &v,
                                   iteration: iteration, options: options)
                }
            },
        ]
    }

    /// Optional scalar argument `k` (0-based), named `name` in the error for anything but a
    /// finite number.
    static func option(_ call: BuiltinCall, _ k: Int, _ name: String, _ fallback: Float) throws(RuntimeError) -> Float {
        guard k < call.arguments.count else { return fallback }
        guard let value = try? call.arguments[k].scalarDouble(), value.isFinite else {
            throw .invalidArgument(function: call.name, position: k + 1, reason: "Value of '\(name)' must be a finite numeric scalar.")
        }
        return Float(value)
    }

    /// One optimizer step on a dlnetwork, `[net, s₁, …, sₖ] = name(net, grad, s₁, …, sₖ, …)` with
    /// one or two states (`k`): `update` gets each learnable's position, value, gradient and
    /// states (nil before the first step, when the states passed are `[]`). `validate` checks the
    /// options.
    ///
    /// Everything is checked before anything changes. Then the network and the states are
    /// taken out of the call: when the statement assigns them back to the variables they came
    /// from, the interpreter has lent those variables, so nothing else holds the values and the
    /// step updates them in place, as the engine's own optimizers do, instead of writing new ones.
    static func step(
        _ call: inout BuiltinCall, stateCount: Int, validate: () throws(NetworkError) -> Void,
        update: (Int, inout Tensor, Tensor, inout Tensor?, inout Tensor?) throws(NetworkError) -> Void
    ) throws(RuntimeError) -> [Value] {
        guard call.arguments.count >= 2 + stateCount else { throw .notEnoughInputs(function: call.name) }
        guard call.nargout <= 1 + stateCount else { throw .tooManyOutputs(function: call.name) }
        let rows = try LearnableSlot.rows(of: DeepLearningArguments.network(call, 0))
        guard let grad = try table(call, 1, rows: rows, allowEmpty: false) else { throw .notEnoughInputs(function: call.name) }
        for k in 2..<(2 + stateCount) { _ = try table(call, k, rows: rows, allowEmpty: true) }
        try DeepLearningArguments.network(call.name, validate)
        let gradients = grad.values.map(\.tensor)

        // Nothing below can fail: the arguments are taken.
        var net = Self.network(taking: call.take(0))
        net.tracedLearnables = nil
        var first = Self.states(taking: &call, at: 2, count: rows.count)
        var second = stateCount > 1 ? Self.states(taking: &call, at: 3, count: rows.count) : Array(repeating: nil, count: rows.count)
        // States as a table with the gradients' rows (zeros where there are none yet).
        func stateTable(_ states: [Tensor?]) -> Value {
            .object(grad.with(values: zip(states, rows).map { DLArray($0 ?? Tensor(zeros: $1.shape)) }))
        }
        do {
            try net.network.updateLearnables { i, parameter throws(NetworkError) in
                try update(i, &parameter, gradients[i], &first[i], &second[i])
            }
        } catch {
            // Not reached (the checks above cover what the update checks); if it were, the
            // variables get back what they hold now.
            call.giveBack(0, .object(net))
            for (k, states) in [first, second].prefix(stateCount).enumerated() where states.contains(where: { $0 != nil }) {
                call.giveBack(2 + k, stateTable(states))
            }
            throw .invalidArgument(function: call.name, position: nil, reason: "\(error)")
        }
        return [.object(net)] + [first, second].prefix(stateCount).map(stateTable)
    }

    /// The network in `value`, which the caller gives up, so that the returned network shares
    /// its learnables with nothing the caller still holds. The value was checked to be one.
    private static func network(taking value: consuming Value) -> NetworkObject {
        guard case .object(let o as NetworkObject) = value else { preconditionFailure("checked to be a dlnetwork") }
        return o
    }

    /// The optimizer states in argument `k`, taken out of the call when they are a table; `count`
    /// nils for `[]` (left in the call).
    private static func states(taking call: inout BuiltinCall, at k: Int, count: Int) -> [Tensor?] {
        guard case .object = call.arguments[k] else { return Array(repeating: nil, count: count) }
        return tensors(taking: call.take(k))
    }

    /// The tensors of the table in `value`, which the caller gives up.
    private static func tensors(taking value: consuming Value) -> [Tensor?] {
        guard case .object(let t as LearnablesTable) = value else { preconditionFailure("checked to be a table") }
        return t.values.map(\.tensor)
    }

    /// A Learnables-shaped table argument matching the network's rows (or `[]` when allowed).
    static func table(_ call: BuiltinCall, _ index: Int, rows: [LearnableSlot], allowEmpty: Bool) throws(RuntimeError) -> LearnablesTable? {
        let value = call.arguments[index]
        if allowEmpty, case .double(let a) = value, a.count == 0 { return nil }
        guard case .object(let t as LearnablesTable) = value else {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Expected a table with the network's learnables, not \(value.className).")
        }
        guard t.values.count == rows.count, t.layers.count == rows.count, t.parameters.count == rows.count,
              rows.indices.allSatisfy({ i in
                  t.layers[i] == rows[i].layer && t.parameters[i] == rows[i].parameter
                      && t.values[i].hasShape(rows[i].shape)
              }) else {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Table must have the same Layer, Parameter and Value sizes as net.Learnables (\(rows.count) rows).")
        }
        return t
    }
}

/// A learnable's layer, parameter and shape, without its value: what the optimizer steps
/// check their tables against, holding no reference to a learnable they then update.
struct LearnableSlot {
    let layer: String
    let parameter: String
    let shape: Shape

    /// A learnable's slot.
    init(_ learnable: Learnable) {
        layer = learnable.layer
        parameter = learnable.parameter
        shape = learnable.value.shape
    }

    /// The rows of a network's `Learnables`.
    static func rows(of net: NetworkObject) -> [LearnableSlot] {
        net.network.learnables.map(LearnableSlot.init)
    }
}
