import Lab

/// An engine whose runs route Ctrl-C through an ``InterruptRelay``; everything else is forwarded.
final class InterruptibleEngine: REPLEngine {
    let base: any REPLEngine
    let relay: InterruptRelay?

    init(_ base: any REPLEngine, relay: InterruptRelay?) {
        self.base = base
        self.relay = relay
    }

    var banner: String { base.banner }
    var isPaused: Bool { base.isPaused }
    var prompt: String { base.prompt }
    var continuationPrompt: String { base.continuationPrompt }
    var interruptor: any InterruptRequesting { base.interruptor }

    func isComplete(_ source: String) -> Bool { base.isComplete(source) }
    func isStepCommand(_ source: String) -> Bool { base.isStepCommand(source) }

    func completions(line: String, cursor: String.Index) -> Completions {
        base.completions(line: line, cursor: cursor)
    }

    func execute(_ source: String) -> ExecutionOutcome {
        guard let relay else { return base.execute(source) }
        return relay.whileRunning(base.interruptor) { base.execute(source) }
    }

    func runScript(_ source: String, file: String) -> ExecutionOutcome {
        guard let relay else { return base.runScript(source, file: file) }
        return relay.whileRunning(base.interruptor) { base.runScript(source, file: file) }
    }
}
