import Autograd
import MatLang
import NeuralNet

/// Optimizer steps on dlnetworks: adamupdate.
enum OptimizerBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "adamupdate", help: """
                adamupdate - One Adam step on a dlnetwork's learnables
                  [net, averageGrad, averageSqGrad] = adamupdate(net, grad, averageGrad, averageSqGrad, iteration)
                  [...] = adamupdate(..., learnRate, gradDecay, sqGradDecay, epsilon)
                Defaults: learnRate 0.001, gradDecay 0.9, sqGradDecay 0.999, epsilon 1e-8. Start with
                averageGrad = [] and averageSqGrad = []; iteration counts from 1.
                Example: [net, avgG, avgSqG] = adamupdate(net, gradients, avgG, avgSqG, iteration)
                """) { call in
                guard call.arguments.count >= 5 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                var net = try DeepLearningArguments.network(call, 0)
                let rows = net.network.learnables
                guard let grad = try table(call, 1, rows: rows, allowEmpty: false) else { throw RuntimeError.notEnoughInputs(function: call.name) }
                var m: [Tensor?] = try table(call, 2, rows: rows, allowEmpty: true)?.values.map(\.tensor) ?? Array(repeating: nil, count: rows.count)
                var v: [Tensor?] = try table(call, 3, rows: rows, allowEmpty: true)?.values.map(\.tensor) ?? Array(repeating: nil, count: rows.count)
                let iteration = try DeepLearningArguments.positiveInteger(call.arguments[4], function: call.name, name: "iteration")
                func option(_ k: Int, _ fallback: Float) throws(RuntimeError) -> Float {
                    guard k < call.arguments.count else { return fallback }
                    guard let value = try? call.arguments[k].scalarDouble(), value.isFinite else {
                        let names = ["learnRate", "gradDecay", "sqGradDecay", "epsilon"]
                        throw .invalidArgument(function: call.name, position: k + 1,
                                               reason: "Value of '\(names[k - 5])' must be a finite numeric scalar.")
                    }
                    return Float(value)
                }
                let options = AdamOptions(learnRate: try option(5, 0.001), gradientDecay: try option(6, 0.9),
                                          squaredGradientDecay: try option(7, 0.999), epsilon: try option(8, 1e-8))
                let gradients = grad.values.map(\.tensor)
                net.tracedLearnables = nil
                try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try net.network.updateLearnables { i, parameter throws(NetworkError) in
                        try adamUpdate(&parameter, gradient: gradients[i], averageGradient: &m[i],
                                       averageSquaredGradient: &v[i], iteration: iteration, options: options)
                    }
                }
                let layers = rows.map(\.layer), parameters = rows.map(\.parameter)
                return [.object(net),
                        .object(LearnablesTable(layers: layers, parameters: parameters, values: zip(m, rows).map { DLArray($0 ?? Tensor(zeros: $1.value.shape)) })),
                        .object(LearnablesTable(layers: layers, parameters: parameters, values: zip(v, rows).map { DLArray($0 ?? Tensor(zeros: $1.value.shape)) }))]
            },
        ]
    }

    /// A Learnables-shaped table argument matching the network's rows (or `[]` when allowed).
    static func table(_ call: BuiltinCall, _ index: Int, rows: [Learnable], allowEmpty: Bool) throws(RuntimeError) -> LearnablesTable? {
        let value = call.arguments[index]
        if allowEmpty, case .double(let a) = value, a.count == 0 { return nil }
        guard case .object(let t as LearnablesTable) = value else {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Expected a table with the network's learnables, not \(value.className).")
        }
        guard t.values.count == rows.count, t.layers.count == rows.count, t.parameters.count == rows.count,
              rows.indices.allSatisfy({ i in
                  t.layers[i] == rows[i].layer && t.parameters[i] == rows[i].parameter
                      && t.values[i].hasShape(rows[i].value.shape)
              }) else {
            throw .invalidArgument(function: call.name, position: index + 1,
                                   reason: "Table must have the same Layer, Parameter and Value sizes as net.Learnables (\(rows.count) rows).")
        }
        return t
    }
}
