extension Session {
    /// A session with every part of the Lab installed — what the `gradlab` executable runs:
    /// the deep-learning built-ins, the debugger (its `dbstop in backprop` pauses the backward
    /// pass `dlgradient` runs) and graphics.
    ///
    /// Graphics show changed figures after each entry, or write them as SVG files into
    /// `figuresFolder` when one is given (`gradlab --figures DIR`). The debugger pauses only once
    /// a line reader is attached to it (`session.debugger?.reader`): the front end attaches the
    /// REPL's own reader, so `K>>` lines come from the same place as `>>` lines.
    public static func standard(output: any OutputSink, figuresFolder: String? = nil) -> Session {
        let session = Session(output: output)
        let deepLearning = session.registerDeepLearning()
        let debugger = Debugger(session: session)
        deepLearning.backwardPass = { [unowned debugger] tape, loss, targets in
            try debugger.backward(tape: tape, loss: loss, targets: targets)
        }
        session.debugger = debugger
        let figures = session.installGraphics(publishing: standardPublishing())
        figures.options.folder = figuresFolder
        return session
    }

    /// The environment `publish` runs scripts in: fresh sessions with the deep-learning and
    /// graphics built-ins, so a published lesson runs as it does at the prompt.
    public static func standardPublishing() -> PublishEnvironment {
        PublishEnvironment.sessions(configure: { session in _ = session.registerDeepLearning() })
    }
}
