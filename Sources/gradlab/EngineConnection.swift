import Lab

/// Makes the engine the front end drives: the Lab session with every part installed.
enum EngineConnection {
    /// The engine for a run that writes to `output`; figures go to `figuresFolder` as SVG when given.
    static func makeEngine(output: any OutputSink, figuresFolder: String? = nil) -> any REPLEngine {
        Session.standard(output: output, figuresFolder: figuresFolder)
    }
}
