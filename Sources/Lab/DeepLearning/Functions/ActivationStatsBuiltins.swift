import Autograd
import Foundation
import MatLang
import NeuralNet

/// The saturation and dead-ReLU meters: actstats.
enum ActivationStatsBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "actstats", help: """
                actstats - Saturation and dead-ReLU meters: what each activation layer does to a batch
                  actstats(net, X)        one row per sigmoid, tanh, ReLU and leaky ReLU layer
                  S = actstats(net, X)    a struct array with fields Layer, Type, MeanDerivative,
                                          SaturatedShare, ZeroShare, DeadUnits, Units, Histogram
                Runs the network on X (as predict) and, at each activation f with input z, shows:
                  mean f′     the average local derivative, the factor backprop multiplies by here
                              (at most 0.25 for a sigmoid, 1 for tanh and ReLU)
                  f′<0.01     the share of units × samples that are saturated: almost no gradient passes
                  zero        rectifiers: the share with z ≤ 0 (a ReLU outputs 0 there)
                  dead        rectifiers: units with z ≤ 0 for every sample of the batch
                  histogram   sigmoid/tanh: f′ from 0 to its maximum; rectifiers: units by the share
                              of samples they are active for, from never (left) to always (right)
                Example: actstats(net, dlarray(XTrain(:,:,:,1:128), "SSCB"))
                """) { call in
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let net = try DeepLearningArguments.network(call, 0)
                let x = try DeepLearningArguments.dlarray(call, 1)
                let rows = try DeepLearningArguments.network(call.name) { () throws(NetworkError) in
                    try net.network.activationStatistics(x.tensor)
                }
                if call.nargout > 0 { return [try records(rows)] }
                call.context.write(table(rows))
                return []
            },
        ]
    }

    /// The rows as a struct array (NaN where a field does not apply).
    static func records(_ rows: [ActivationStatistics]) throws(RuntimeError) -> Value {
        guard !rows.isEmpty else { 
            return .structure(StructArray(fieldNames: ["Layer", "Type", "MeanDerivative", "SaturatedShare", "ZeroShare",
                                                       "DeadUnits", "Units", "Histogram"], size: [0, 0]))
        }
        let records: [Value] = rows.map { r in
            .structScalar([("Layer", .stringScalar(r.layer)), ("Type", .stringScalar(r.kind.rawValue)),
                           ("MeanDerivative", .number(r.meanDerivative)), ("SaturatedShare", .number(r.saturatedShare)),
                           ("ZeroShare", .number(r.zeroShare ?? .nan)), ("DeadUnits", .number(r.deadUnits.map(Double.init) ?? .nan)),
                           ("Units", .number(Double(r.units))), ("Histogram", .row(r.histogram.map(Double.init)))])
        }
        return try Value.concatenate(records, along: 1)
    }

    /// The printed table.
    static func table(_ rows: [ActivationStatistics]) -> String {
        guard !rows.isEmpty else { return "  The network has no sigmoid, tanh, ReLU or leaky ReLU layer.\n" }
        var text = "  Layer        Type        mean f′   f′<0.01     zero         dead   histogram\n"
        for r in rows {
            let zero = r.zeroShare.map { String(format: "%5.1f%%", $0 * 100) } ?? "     -"
            let dead = r.deadUnits.map { "\($0) of \(r.units)" } ?? "-"
            text += "  " + NetworkBuiltins.pad(r.layer, 13) + NetworkBuiltins.pad(r.kind.rawValue, 10)
                + String(format: "%9.3f   %6.1f%%   ", r.meanDerivative, r.saturatedShare * 100) + zero
                + NetworkBuiltins.pad(dead, 12, left: true) + "   " + sparkline(r.histogram) + "\n"
        }
        return text
    }

    /// Counts as block characters scaled to the largest; an empty bin is a space.
    static func sparkline(_ counts: [Int]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let top = counts.max() ?? 0
        return String(counts.map { c -> Character in
            guard c > 0, top > 0 else { return " " }
            return blocks[min(blocks.count - 1, (c * blocks.count - 1) / top)]
        })
    }
}
