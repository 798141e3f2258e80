import Autograd
import MatLang
import NeuralNet

/// More optimizer steps and gradient clipping: sgdmupdate rmspropupdate thresholdL2Norm.
enum MoreOptimizerBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(updating: "sgdmupdate", help: """
                sgdmupdate - One SGD-with-momentum step on a dlnetwork's learnables
                  [net, vel] = sgdmupdate(net, grad, vel)                  learnRate 0.01, momentum 0.9
                  [net, vel] = sgdmupdate(net, grad, vel, learnRate, momentum)
                Start with vel = [].
                Example: [net, vel] = sgdmupdate(net, gradients, vel, 0.05)
                """) { (call: inout BuiltinCall) throws in
                let options = SGDMomentumOptions(learnRate: try OptimizerBuiltins.option(call, 3, "learnRate", 0.01),
                                                 momentum: try OptimizerBuiltins.option(call, 4, "momentum", 0.9))
                return try OptimizerBuiltins.step(&call, stateCount: 1, validate: { () throws(NetworkError) in _ = try options.validated() }) {
                    _, parameter, gradient, velocity, _ throws(NetworkError) in
                    try sgdmUpdate(&parameter, gradient: gradient, velocity: &velocity, options: options)
                }
            },
            BuiltinFunction(updating: "rmspropupdate", help: """
                rmspropupdate - One RMSProp step on a dlnetwork's learnables
                  [net, avgSqGrad] = rmspropupdate(net, grad, avgSqGrad)     learnRate 0.001, sqGradDecay 0.9
                  [net, avgSqGrad] = rmspropupdate(net, grad, avgSqGrad, learnRate, sqGradDecay, epsilon)
                Start with avgSqGrad = [].
                Example: [net, s] = rmspropupdate(net, gradients, s)
                """) { (call: inout BuiltinCall) throws in
                let options = RMSPropOptions(learnRate: try OptimizerBuiltins.option(call, 3, "learnRate", 0.001),
                                             squaredGradientDecay: try OptimizerBuiltins.option(call, 4, "sqGradDecay", 0.9),
                                             epsilon: try OptimizerBuiltins.option(call, 5, "epsilon", 1e-8))
                return try OptimizerBuiltins.step(&call, stateCount: 1, validate: { () throws(NetworkError) in _ = try options.validated() }) {
                    _, parameter, gradient, average, _ throws(NetworkError) in
                    try rmspropUpdate(&parameter, gradient: gradient, averageSquaredGradient: &average, options: options)
                }
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
}
