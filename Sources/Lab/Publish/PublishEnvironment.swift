import MatLang

/// How `publish` makes the fresh session a script runs in: an interpreter with every built-in the
/// session offers, and the figure manager its graphics built-ins draw into.
public struct PublishEnvironment: Sendable {
    /// Makes a fresh interpreter and its figures; called once per published script.
    public var makeSession: @Sendable () -> (interpreter: Interpreter, figures: FigureManager)

    /// An environment with the given factory; the default has the core and graphics built-ins.
    public init(makeSession: @escaping @Sendable () -> (interpreter: Interpreter, figures: FigureManager) = PublishEnvironment.coreSession) {
        self.makeSession = makeSession
    }

    /// A fresh interpreter with the core MatLang built-ins and the graphics built-ins.
    public static func coreSession() -> (interpreter: Interpreter, figures: FigureManager) {
        let figures = FigureManager()
        let interpreter = Interpreter(registries: [BuiltinRegistry.standard()])
        interpreter.register(GraphicsBuiltins.registry(figures: figures))
        return (interpreter, figures)
    }
}
