/// A sortable element: a number (NaN sorts after every number) or a text (by UTF-16 code units,
/// as MATLAB orders char and string data). Used by `sort`, `unique` and `ismember`.
enum SortKey: Hashable {
    /// A numeric, logical or char-code element.
    case number(Double)
    /// A string or a char row vector from a cell.
    case text([UInt16])

    /// The keys of every element of `value`, or nil when its class cannot be ordered.
    static func keys(of value: Value) -> [SortKey]? {
        switch value {
        case .double, .single, .logical, .char:
            return (try? value.doubleArray())?.elements.map { .number($0) }
        case .string(let a):
            return a.elements.map { .text(Array(($0 ?? "").utf16)) }
        case .cell(let a):
            var keys = [SortKey]()
            for element in a.elements {
                guard case .char(let c) = element, c.rows <= 1 || c.isEmpty else { return nil }
                keys.append(.text(c.elements))
            }
            return keys
        case .categorical(let c):
            return c.codes.elements.map { .number($0 == 0 ? .nan : Double($0)) }
        default:
            return nil
        }
    }

    /// Whether `self` sorts strictly before `other` in ascending order (NaN last).
    func precedes(_ other: SortKey) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)):
            if a.isNaN { return false }
            if b.isNaN { return true }
            return a < b
        case (.text(let a), .text(let b)):
            return a.lexicographicallyPrecedes(b)
        case (.number, .text):
            return true
        case (.text, .number):
            return false
        }
    }

    /// Whether the key is NaN (each NaN is distinct for `unique` and never a member).
    var isNaN: Bool {
        if case .number(let d) = self { return d.isNaN }
        return false
    }
}
