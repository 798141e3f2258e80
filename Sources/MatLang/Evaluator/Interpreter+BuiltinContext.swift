extension Interpreter: BuiltinContext {
    /// Writes built-in output (`disp`, `fprintf`) to the output sink.
    public func write(_ text: String) {
        output(text)
    }

    /// The generator behind `rand`, `randn`, `randi` and `rng`.
    public var random: any RandomSource { randomSource }

    /// The `format` setting, shared with result display.
    public var displayFormat: DisplayFormat {
        get { format }
        set { format = newValue }
    }

    /// Whether the running unit has a variable of that name.
    public func variableExists(_ name: String) -> Bool {
        activation.workspace.contains(name)
    }

    /// Whether a function of that name is callable from the running unit.
    public func functionExists(_ name: String) -> Bool {
        isCallable(name)
    }

    /// The workspace of the running unit: the base workspace at the command line, a function's
    /// scope while it runs (for `who`, `whos`, `clear` and `exist` built-ins).
    public var currentWorkspace: Workspace { activation.workspace }
}
