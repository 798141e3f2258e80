import Lab

/// Makes the engine the front end drives: the Lab session with every part installed.
enum EngineConnection {
    /// The session for a run that writes to `output`; figures go to `figuresFolder` as SVG when given.
    static func makeSession(output: any OutputSink, figuresFolder: String? = nil) -> Session {
        Session.standard(output: output, figuresFolder: figuresFolder)
    }
}
