import MatLang

/// The Lab's own commands, registered in the session's interpreter as built-ins so that
/// command syntax (`clear net*`, `open 2`) and function syntax (`S = whos`) both work.
enum LabCommands {
    /// Every Lab command in one registry, bound to the session behind `link`.
    static func registry(link: SessionLink) -> BuiltinRegistry {
        let registry = BuiltinRegistry()
        registry.register(WorkspaceCommands.functions(link: link))
        registry.register(ScriptCommands.functions(link: link))
        registry.register(HelpCommands.functions(link: link))
        return registry
    }

    /// The names of the Lab's commands (for completion and `help`).
    static let names: [String] = [
        "clear", "clearvars", "exist", "help", "lessons", "open", "openvar", "ra", "reload", "run",
        "runadvance", "runsection", "runtoend", "sections", "who", "whos",
    ]

    /// A built-in whose body receives the session; a ``SessionError`` it throws is reported like
    /// any run-time error of that command.
    static func command(_ name: String, link: SessionLink, help: String,
                        body: @escaping @Sendable (Session, BuiltinCall) throws -> [Value]) -> BuiltinFunction {
        BuiltinFunction(name: name, help: help) { call in
            guard let session = link.session else {
                throw RuntimeError.user(identifier: "gradlab:noSession", message: "The GradLab session has ended.")
            }
            do {
                return try body(session, call)
            } catch let error as SessionError {
                throw error.runtimeError
            }
        }
    }
}
