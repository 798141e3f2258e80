import Autograd
import MatLang
import NeuralNet

/// More optimizer steps and gradient clipping: sgdmupdate rmspropupdate thresholdL2Norm.
enum MoreOptimizerBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "sgdmupdate", help: """
                sgdmupdate - One SGD-with-momentum step on a dlnetwork's learnables
                  [net, vel] = sgdmupdate(net, grad, vel)                  learnRate 0.01, momentum 0.9
                  [net, vel] = sgdmupdate(net, grad, vel, learnRate, momentum)
                Start with vel = [].
                Example: [net, vel] = sgdmupdate(net, gradients, vel, 0.05)
                """) { call in
                guard call.arguments.count >= 3 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                var net = try DeepLearningArguments.network(call, 0)
                let rows = net.network.learnables
                guard let grad = try OptimizerBuiltins.table(call, 1, rows: rows, allowEmpty: false) else {
                    throw RuntimeError.notEnoughInputs(function: call.name)
                }
                var velocity: [Tensor?] = try OptimizerBuiltins.table(call, 2, rows: rows, allowEmpty: true)?.values.map(\.tensor)
                    ?? Array(repeating: nil, count: rows.count)
                let options = SGDMomentumOptions(learnRate: try option(call, 3, 0.01), momentum: try option(call, 4, 0.9))
                let gradients = grad.values.map(\.tensor)
                net.tracedLearnables = nil
                try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try net.network.updateLearnables { i, parameter throws(NetworkError) in
                        try sgdmUpdate(&parameter, gradient: gradients[i], velocity: &velocity[i], options: options)
                    }
                }
                return [.object(net), .object(state(velocity, rows: rows))]
            },
            BuiltinFunction(name: "rmspropupdate", help: """
                rmspropupdate - One RMSProp step on a dlnetwork's learnables
                  [net, avgSqGrad] = rmspropupdate(net, grad, avgSqGrad)     learnRate 0.001, sqGradDecay 0.9
                  [net, avgSqGrad] = rmspropupdate(net, grad, avgSqGrad, learnRate, sqGradDecay, epsilon)
                Start with avgSqGrad = [].
                Example: [net, s] = rmspropupdate(net, gradients, s)
                """) { call in
                guard call.arguments.count >= 3 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                var net = try DeepLearningArguments.network(call, 0)
                let rows = net.network.learnables
                guard let grad = try OptimizerBuiltins.table(call, 1, rows: rows, allowEmpty: false) else {
                    throw RuntimeError.notEnoughInputs(function: call.name)
                }
                var average: [Tensor?] = try OptimizerBuiltins.table(call, 2, rows: rows, allowEmpty: true)?.values.map(\.tensor)
                    ?? Array(repeating: nil, count: rows.count)
                let options = RMSPropOptions(learnRate: try option(call, 3, 0.001), squaredGradientDecay: try option(call, 4, 0.9),
                                             epsilon: try option(call, 5, 1e-8))
                let gradients = grad.values.map(\.tensor)
                net.tracedLearnables = nil
                try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try net.network.updateLearnables { i, parameter throws(NetworkError) in
                        try rmspropUpdate(&parameter, gradient: gradients[i], averageSquaredGradient: &average[i], options: options)
                    }
                }
                return [.object(net), .object(state(average, rows: rows))]
            },
            BuiltinFunction(name: "thresholdL2Norm", help: """
                thresholdL2Norm - Clip gradients by their global L2 norm (for exploding gradients)
                  [grad, normBefore] = thresholdL2Norm(grad, threshold)
                grad is a Learnables table of gradients. When sqrt(sum of every squared gradient) exceeds
                threshold, every gradient is scaled by threshold/norm; otherwise grad is unchanged.
                Example: gradients = thresholdL2Norm(gradients, 1);
                """) { call in
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                guard case .object(let table as LearnablesTable) = call.arguments[0] else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1,
                                                       reason: "Expected a Learnables table of gradients, not \(call.arguments[0].className).")
                }
                let threshold = Float(try call.arguments[1].scalarDouble())
                var tensors = table.values.map(\.tensor)
                let norm = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try GradientClipping.clipByGlobalNorm(&tensors, threshold: threshold)
                }
                return [.object(table.with(values: zip(tensors, table.values).map { DLArray($0, format: $1.format) })), .number(norm)]
            },
        ]
    }

    /// An optional scalar argument.
    static func option(_ call: BuiltinCall, _ k: Int, _ fallback: Float) throws(RuntimeError) -> Float {
        k < call.arguments.count ? Float(try call.arguments[k].scalarDouble()) : fallback
    }

    /// An optimizer state as a Learnables-shaped table.
    static func state(_ values: [Tensor?], rows: [Learnable]) -> LearnablesTable {
        LearnablesTable(layers: rows.map(\.layer), parameters: rows.map(\.parameter),
                        values: zip(values, rows).map { DLArray($0 ?? Tensor(zeros: $1.value.shape)) })
    }
}
