import MatLang

/// The fresh session a published script runs in: an interpreter with every built-in the session
/// offers, the figure manager its graphics built-ins draw into, and whatever owns them.
public struct PublishSession {
    /// The interpreter the script runs in.
    public let interpreter: Interpreter
    /// The figures its graphics built-ins draw into (nothing else may take their changes).
    public let figures: FigureManager
    /// An object kept alive while the script runs (the ``Session`` the interpreter belongs to).
    public let owner: AnyObject?

    /// Bundles an interpreter, its figures and their owner.
    public init(interpreter: Interpreter, figures: FigureManager, owner: AnyObject? = nil) {
        self.interpreter = interpreter
        self.figures = figures
        self.owner = owner
    }
}

/// How `publish` makes the fresh session a script runs in.
public struct PublishEnvironment: Sendable {
    /// Makes a fresh session; called once per published script.
    public var makeSession: @Sendable () -> PublishSession

    /// An environment with the given factory; the default has the core and graphics built-ins.
    public init(makeSession: @escaping @Sendable () -> PublishSession = PublishEnvironment.coreSession) {
        self.makeSession = makeSession
    }

    /// A fresh interpreter with the core MatLang built-ins and the graphics built-ins.
    public static func coreSession() -> PublishSession {
        let figures = FigureManager()
        let interpreter = Interpreter(registries: [BuiltinRegistry.standard()])
        interpreter.register(GraphicsBuiltins.registry(figures: figures))
        return PublishSession(interpreter: interpreter, figures: figures)
    }
}
