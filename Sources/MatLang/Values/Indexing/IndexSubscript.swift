/// One resolved subscript of an indexing expression: `:` or a list of 1-based indices.
///
/// The evaluator passes subscripts as values (numbers, logical masks, or the char `':'`, as
/// MATLAB's `subsref` does); indexing resolves them against the indexed value's size into this form.
public enum IndexSubscript: Sendable, Equatable {
    /// `:` — every index of the dimension (or every element, for a single subscript).
    case all
    /// Explicit 1-based indices, in order, possibly repeated.
    case indices([Int])

    /// The subscript as a value again (`':'` or a row of indices), for an object that hands
    /// its indexing on to an array of its data (a dlarray's `x(i) = v`).
    public var value: Value {
        switch self {
        case .all: Value.colon
        case .indices(let list): .row(list.map(Double.init))
        }
    }
}

extension Value {
    /// The subscript `:` as a value (the char `':'`), as passed to indexing functions.
    public static var colon: Value { .charArray(":") }

    /// Whether the value is the char `':'`, which as a subscript means "all".
    public var isColon: Bool {
        if case .char(let a) = self, a.count == 1, a[linear: 0] == 58 { return true }
        return false
    }
}
