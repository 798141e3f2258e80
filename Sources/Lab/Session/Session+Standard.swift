extension Session {
    /// A session with every part of the Lab installed — what the `gradlab` executable runs.
    ///
    /// Graphics show changed figures after each entry, or write them as SVG files into
    /// `figuresFolder` when one is given (`gradlab --figures DIR`).
    public static func standard(output: any OutputSink, figuresFolder: String? = nil) -> Session {
        let session = Session(output: output)
        let figures = session.installGraphics(publishing: standardPublishing())
        figures.options.folder = figuresFolder
        return session
    }

    /// The environment `publish` runs scripts in: fresh sessions set up like ``standard(output:figuresFolder:)``.
    public static func standardPublishing() -> PublishEnvironment {
        PublishEnvironment.sessions()
    }
}
