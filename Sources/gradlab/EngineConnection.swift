import Lab

/// Makes the engine the front end drives.
///
/// This is the one place where the executable chooses its engine: today the MatLang
/// interpreter through ``InterpreterEngine``; the Lab session (debugger, lessons) takes its
/// place here when it exists.
enum EngineConnection {
    /// The engine for a run that writes to `output`.
    static func makeEngine(output: any OutputSink) -> any REPLEngine {
        InterpreterEngine(output: output)
    }
}
