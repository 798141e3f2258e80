/// A set of variables: the base workspace, or the scope of one function call.
///
/// Variables live in slots so that compiled code reaches them by index; an undefined slot is a
/// name that has been seen but is not (or no longer) defined.
public final class Workspace {
    private(set) var names: [String]
    /// The slots' values.
    ///
    /// NOTE: not `[Value?]`: storing and reading an optional `Value` went through the generic
    /// `Optional` value witnesses (about 240 instructions a store), and every variable write
    /// paid it.
    private var slots: [Slot]
    /// Each name's slot, built on the first lookup by name: compiled code reaches variables by
    /// slot, so most function calls never need it (a training loop makes thousands of calls).
    private var lazyIndex: [String: Int]?
    /// The function this scope belongs to (`nil` for the base workspace).
    public let functionName: String?

    /// Creates an empty workspace (the base workspace when `functionName` is nil).
    public init(functionName: String? = nil) {
        self.names = []
        self.slots = []
        self.lazyIndex = [:]
        self.functionName = functionName
    }

    /// Creates a function scope whose slots are the function's symbol table.
    init(symbols: [String], functionName: String?) {
        self.names = symbols
        self.slots = Array(repeating: .undefined, count: symbols.count)
        self.lazyIndex = nil
        self.functionName = functionName
    }

    /// Each name's slot (the first slot of a name listed twice).
    private var index: [String: Int] {
        if let lazyIndex { return lazyIndex }
        var built: [String: Int] = [:]
        for (slot, name) in names.enumerated() where built[name] == nil { built[name] = slot }
        lazyIndex = built
        return built
    }

    /// The slot for `name`, created (undefined) if new.
    func slot(for name: String) -> Int {
        if let slot = index[name] { return slot }
        let slot = names.count
        names.append(name)
        slots.append(.undefined)
        lazyIndex?[name] = slot
        return slot
    }

    /// The names of the defined variables, sorted as `who` lists them.
    public var variableNames: [String] {
        zip(names, slots).compactMap { $0.1.isDefined ? $0.0 : nil }.sorted {
            $0.lowercased() == $1.lowercased() ? $0 < $1 : $0.lowercased() < $1.lowercased()
        }
    }

    /// The value of a variable, or `nil` when it is not defined.
    public func value(of name: String) -> Value? {
        guard let slot = index[name] else { return nil }
        return self[slot: slot]
    }

    /// Whether a variable of that name is defined.
    public func contains(_ name: String) -> Bool { value(of: name) != nil }

    /// Defines or replaces a variable.
    public func setValue(_ value: Value, of name: String) {
        setValue(value, at: slot(for: name))
    }

    /// Removes a variable; returns whether it existed.
    @discardableResult
    public func removeValue(of name: String) -> Bool {
        guard let slot = index[name], slots[slot].isDefined else { return false }
        clear(slot)
        return true
    }

    /// Removes every variable (`clear`).
    public func removeAll() {
        for slot in slots.indices { clear(slot) }
    }

    /// The value in `slot`, or nil when it is undefined.
    @inline(__always)
    subscript(slot slot: Int) -> Value? {
        slots[slot].isDefined ? slots[slot].value : nil
    }

    /// Defines or replaces the value in `slot`.
    @inline(__always)
    func setValue(_ value: Value, at slot: Int) {
        slots[slot] = Slot(value: value, isDefined: true)
    }

    /// Whether `slot` holds a value.
    func isDefined(_ slot: Int) -> Bool { slots[slot].isDefined }

    /// The value in `slot`, leaving the slot undefined: the caller holds the workspace's
    /// reference. Nil when it is undefined.
    func take(_ slot: Int) -> Value? {
        guard slots[slot].isDefined else { return nil }
        let value = slots[slot].value
        slots[slot] = .undefined
        return value
    }

    /// Makes `slot` undefined.
    func clear(_ slot: Int) {
        slots[slot] = .undefined
    }
}

/// A variable slot of a ``Workspace``.
private struct Slot {
    var value: Value
    var isDefined: Bool

    static let undefined = Slot(value: .empty, isDefined: false)
}
