import Autograd

/// One layer of a recorded forward pass, as the debugger sees it on the tape: the nodes recorded
/// under the layer's label, its output node, the node it read from, and its parameter leaves.
public struct LayerSpan: Equatable, Sendable {
    /// The layer's name (its tape label), e.g. `fc_3`.
    public let name: String
    /// The last computed node of the layer (an `fc` layer's z, an activation's a).
    public let outputID: Int
    /// The node from another layer (or the data) that the layer read, if any.
    public let inputID: Int?
    /// The node of the layer's activation op, when the layer is an activation.
    public let activationID: Int?
    /// The `Weights` leaf of the layer, if any.
    public let weightsID: Int?
    /// The `Bias` leaf of the layer, if any.
    public let biasID: Int?

    /// The layers of `tape` in forward order (by their output node: parameter leaves are all
    /// recorded before the first op); layers that recorded no computed node are left out.
    public static func spans(of tape: Tape) -> [LayerSpan] {
        // One pass over the tape groups the node ids by layer (in order of first appearance);
        // a breakpoint condition asks for the spans on every backward pass.
        var order: [String] = []
        var idsByLayer: [String: [Int]] = [:]
        for id in 0..<tape.count {
            guard let layer = tape[id].label.layer else { continue }
            if idsByLayer[layer] == nil { order.append(layer) }
            idsByLayer[layer, default: []].append(id)
        }
        return order.compactMap { span(named: $0, ids: idsByLayer[$0] ?? [], on: tape) }
            .sorted { $0.outputID < $1.outputID }
    }

    static func span(named name: String, on tape: Tape) -> LayerSpan? {
        span(named: name, ids: tape.nodeIDs(inLayer: name), on: tape)
    }

    /// The span of layer `name` made of the nodes `ids` (ascending).
    static func span(named name: String, ids: [Int], on tape: Tape) -> LayerSpan? {
        let computed = ids.filter { tape[$0].op.arity > 0 }
        guard let output = computed.last else { return nil }
        var input: Int?
        for id in computed where input == nil {
            input = tape[id].inputs.first { tape[$0].label.layer != name }
        }
        let activation = computed.last { ActivationFactor.kind(of: tape[$0].op) != nil }
        let leaves = ids.filter { tape[$0].op.arity == 0 }
        return LayerSpan(name: name, outputID: output, inputID: input, activationID: activation,
                         weightsID: leaves.first { tape[$0].label.name == "Weights" },
                         biasID: leaves.first { tape[$0].label.name == "Bias" })
    }
}
