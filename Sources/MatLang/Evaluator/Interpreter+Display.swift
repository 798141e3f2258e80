extension Interpreter {
    /// The text shown for an unsuppressed result `name = value`, in the current `format`.
    func displayText(_ value: Value, named name: String) -> String {
        value.display(name: name, format: format)
    }
}
