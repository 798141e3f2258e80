/// Names of one unit (script, function or anonymous function), numbered in order of first use.
///
/// An anonymous function's table has a parent: a name its body uses that is not a parameter is
/// recorded as a capture of the parent's variable of the same name.
final class SymbolTable {
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    private(set) var captures: [(inner: Int, outer: Variable)] = []
    private let parent: SymbolTable?

    init(parent: SymbolTable? = nil) {
        self.parent = parent
    }

    /// Declares a name owned by this unit (a parameter or output), never captured.
    func declare(_ name: String) -> Variable {
        if let slot = index[name] { return Variable(name: name, slot: slot) }
        let slot = names.count
        names.append(name)
        index[name] = slot
        return Variable(name: name, slot: slot)
    }

    /// Resolves a name used in an expression, capturing it from the parent when this is an
    /// anonymous function's table.
    func resolve(_ name: String) -> Variable {
        if let slot = index[name] { return Variable(name: name, slot: slot) }
        let variable = declare(name)
        if let parent {
            captures.append((inner: variable.slot, outer: parent.resolve(name)))
        }
        return variable
    }
}
