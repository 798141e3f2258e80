import Autograd

extension BackpropFrame {
    /// One `dbstep` of a paused backward pass: the planned nodes one layer card shows.
    ///
    /// An activation and the fully connected layer below it form one step, because the card
    /// of DESIGN.md §2 shows both local derivatives a hidden layer applies — σ′(z) and Wᵀ —
    /// side by side. Every other layer (softmax, the last fully connected layer, a layer
    /// without weights) is a step of its own, and so are the ops recorded outside any layer
    /// (the loss).
    public struct CardStep: Equatable, Sendable {
        /// Indices into ``BackpropFrame/spans`` of the step's layers, in the order the backward
        /// pass visits them (loss side first); empty for the loss step.
        public let spanIndices: [Int]
        /// The positions in the stepper's plan the step covers.
        public let planRange: Range<Int>

        /// Whether this is the loss step (ops recorded outside any layer).
        public var isLoss: Bool { spanIndices.isEmpty }
    }

    /// Groups `plan` into card steps: runs of consecutive nodes with one layer label, with an
    /// activation's run merged with the run right after it when that run is a layer with weights.
    static func cardSteps(plan: [Int], tape: Tape, spans: [LayerSpan]) -> [CardStep] {
        var runs: [(span: Int?, range: Range<Int>)] = []
        var start = 0
        while start < plan.count {
            let layer = tape[plan[start]].label.layer
            var end = start + 1
            while end < plan.count, tape[plan[end]].label.layer == layer { end += 1 }
            runs.append((layer.flatMap { name in spans.firstIndex { $0.name == name } }, start..<end))
            start = end
        }
        var steps: [CardStep] = []
        var index = 0
        while index < runs.count {
            let run = runs[index]
            if let top = run.span, spans[top].activationID != nil, index + 1 < runs.count,
               let below = runs[index + 1].span, spans[below].weightsID != nil,
               spans[top].inputID == spans[below].outputID {
                steps.append(CardStep(spanIndices: [top, below], planRange: run.range.lowerBound..<runs[index + 1].range.upperBound))
                index += 2
            } else {
                steps.append(CardStep(spanIndices: run.span.map { [$0] } ?? [], planRange: run.range))
                index += 1
            }
        }
        return steps
    }

    /// The index of the card step holding plan position `position`, nil outside the plan.
    func cardStepIndex(containing position: Int) -> Int? {
        cardSteps.firstIndex { $0.planRange.contains(position) }
    }

    /// The 1-based number of the fully connected layer `spanIndex` among the layers with
    /// weights (the subscript of z₃ and W₃), nil for a layer without weights.
    func weightedNumber(ofSpan spanIndex: Int) -> Int? {
        guard spans[spanIndex].weightsID != nil else { return nil }
        return spans[...spanIndex].filter { $0.weightsID != nil }.count
    }

    /// The index of the span that produced the input of span `spanIndex`, if a span did.
    func spanBelow(_ spanIndex: Int) -> Int? {
        guard let input = spans[spanIndex].inputID else { return nil }
        return spans.firstIndex { $0.outputID == input }
    }
}
