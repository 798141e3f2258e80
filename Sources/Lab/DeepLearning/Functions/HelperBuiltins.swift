import Autograd
import Foundation
import MatLang
import NeuralNet

/// GradLab's gradient helpers and dlupdate: gradflow dlupdate.
enum HelperBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "gradflow", help: """
                gradflow - How much gradient reaches each learnable, one row per Learnables row
                  gradflow(net, gradients)     gradients from dlgradient(loss, net.Learnables)
                  S = gradflow(net, gradients) a struct array with fields Layer, Parameter, MeanAbs, MaxAbs, Norm, ZeroShare
                Each row shows mean |g|, max |g|, the L2 norm and the share of exact zeros, with a bar
                scaled to the largest mean |g| (a short bar near the input means vanishing gradients).
                  gradflow at iteration N      after `record on`: each layer's gradient norm at pass N,
                                               without re-running (the same as gradhistory at iteration N)
                Example: [loss, g] = dlfeval(@modelLoss, net, X, T); gradflow(net, g)
                """) { call in
                if let first = call.arguments.first, case .char = first, (try? first.text()) == "at" {
                    return try call.context.call(.stringScalar("gradhistory"), arguments: call.arguments, nargout: 0)
                }
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                _ = try DeepLearningArguments.network(call, 0)
                guard case .object(let table as LearnablesTable) = call.arguments[1] else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 2,
                                                       reason: "Expected the gradients table from dlgradient(loss, net.Learnables).")
                }
                let rows = table.values.map { statistics($0.tensor) }
                if call.nargout > 0 {
                    let records: [Value] = rows.indices.map { i in
                        .structScalar([("Layer", .stringScalar(table.layers[i])), ("Parameter", .stringScalar(table.parameters[i])),
                                       ("MeanAbs", .number(rows[i].meanAbs)), ("MaxAbs", .number(rows[i].maxAbs)),
                                       ("Norm", .number(rows[i].norm)), ("ZeroShare", .number(rows[i].zeroShare))])
                    }
                    return [try Value.concatenate(records, along: 1)]
                }
                let largest = rows.map(\.meanAbs).max() ?? 0
                var text = "  Layer      Parameter      mean|g|      max|g|       ‖g‖₂   zeros\n"
                for i in rows.indices {
                    let r = rows[i]
                    let width = largest > 0 ? Int((r.meanAbs / largest * 20).rounded()) : 0
                    text += "  " + NetworkBuiltins.pad(table.layers[i], 11) + NetworkBuiltins.pad(table.parameters[i], 11)
                        + String(format: "%11.3e %11.3e %11.3e %6.1f%%  ", r.meanAbs, r.maxAbs, r.norm, r.zeroShare * 100)
                        + String(repeating: "█", count: width) + "\n"
                }
                call.context.write(text)
                return []
            },
            BuiltinFunction(name: "dlupdate", help: """
                dlupdate - Apply a function to every learnable of a dlnetwork (or every dlarray of a table)
                  net = dlupdate(fun, net)
                  net = dlupdate(fun, net, grad)       fun(W, dW) per learnable
                Example: net = dlupdate(@(w, g) w - 0.01 .* g, net, gradients)
                """) { call in
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let function = call.arguments[0]
                var net = try DeepLearningArguments.network(call, 1)
                let rows = net.network.learnables
                var extra: [LearnablesTable] = []
                for k in call.arguments.indices.dropFirst(2) {
                    guard let t = try OptimizerBuiltins.table(call, k, rows: rows.map(LearnableSlot.init), allowEmpty: false) else {
                        throw RuntimeError.notEnoughInputs(function: call.name)
                    }
                    extra.append(t)
                }
                var updated: [Tensor] = []
                for i in rows.indices {
                    let arguments = [Value.object(DLArray(rows[i].value))] + extra.map { Value.object($0.values[i]) }
                    guard let result = try call.context.call(function, arguments: arguments, nargout: 1).first else {
                        throw RuntimeError.invalidArgument(function: call.name, position: 1, reason: "The function returned no value.")
                    }
                    let tensor = try DLArray.tensor(from: result)
                    guard tensor.shape.count == rows[i].value.count else {
                        throw RuntimeError.invalidArgument(function: call.name, position: 1, reason:
                            "The function must return a value the size of \(rows[i].layer) \(rows[i].parameter).")
                    }
                    updated.append(tensor.reshaped(to: rows[i].value.shape))
                }
                net.tracedLearnables = nil
                let values = updated
                try DeepLearningArguments.network(call.name) { () throws(NetworkError) in try net.network.setLearnableValues(values) }
                return [.object(net)]
            },
        ]
    }

    /// Mean |g|, max |g|, ‖g‖₂ and the share of exact zeros.
    static func statistics(_ t: Tensor) -> (meanAbs: Double, maxAbs: Double, norm: Double, zeroShare: Double) {
        t.withUnsafeBufferPointer { g in
            var sum = 0.0, maximum = 0.0, squares = 0.0, zeros = 0
            for x in g {
                let a = Double(abs(x))
                sum += a
                maximum = max(maximum, a)
                squares += a * a
                if x == 0 { zeros += 1 }
            }
            let n = Double(max(g.count, 1))
            return (sum / n, maximum, squares.squareRoot(), Double(zeros) / n)
        }
    }
}
