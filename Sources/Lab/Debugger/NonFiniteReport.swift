import Autograd

/// The text `dbstop if naninf` prints: the first op with a non-finite value, its layer and its
/// inputs' statistics.
enum NonFiniteReport {
    /// The first non-finite value in forward order.
    static func forward(node: Node, tape: Tape) -> String {
        var text = "NaN/Inf first appears in the forward pass at op `\(node.op.name)` (node \(node.id))"
            + " in layer \(node.label.layer ?? "(none)").\n"
        text += inputLines(node, tape: tape)
        return text + "Paused before the backward pass.\n"
    }

    /// The first non-finite gradient in backward order.
    static func backward(id: Int, tape: Tape) -> String {
        let node = tape[id]
        return "NaN/Inf first appears in the backward pass in ∂L/∂(`\(node.op.name)`, node \(id))"
            + " in layer \(node.label.layer ?? "(none)").\n" + inputLines(node, tape: tape)
            + "Paused before the backward pass; step down to it with `dbstep`.\n"
    }

    private static func inputLines(_ node: Node, tape: Tape) -> String {
        node.inputs.enumerated().map { position, input in
            let s = TensorStatistics(tape[input].value)
            return "  input \(position + 1) (\(tape[input].label)): min \(CardRenderer.sci(s.minimum))"
                + "  max \(CardRenderer.sci(s.maximum))  mean \(CardRenderer.sci(s.mean))"
                + "  non-finite \(s.nonFiniteCount)\n"
        }.joined()
    }
}
