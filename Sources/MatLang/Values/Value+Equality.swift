extension Value {
    /// MATLAB's `isequal`: same size and equal elements, comparing numbers across the numeric,
    /// logical and char classes (`isequal(1, true)` holds); NaN is never equal; strings, cells and
    /// structs compare element by element (struct fields in any order); function handles by
    /// text; objects only with themselves as seen by `summary` and class.
    public func isEqual(to other: Value) -> Bool {
        guard size == other.size else { return false }
        if isArithmetic && other.isArithmetic {
            guard let a = try? doubleArray(), let b = try? other.doubleArray() else { return false }
            return a.elements == b.elements
        }
        switch (self, other) {
        case (.string(let a), .string(let b)):
            return zip(a.elements, b.elements).allSatisfy { x, y in x != nil && x == y }
        case (.cell(let a), .cell(let b)):
            return zip(a.elements, b.elements).allSatisfy { $0.isEqual(to: $1) }
        case (.structure(let a), .structure(let b)):
            guard Set(a.fieldNames) == Set(b.fieldNames), a.fieldNames.count == b.fieldNames.count else { return false }
            for i in 0..<a.count {
                for name in a.fieldNames {
                    guard let x = a.value(of: name, at: i), let y = b.value(of: name, at: i), x.isEqual(to: y) else {
                        return false
                    }
                }
            }
            return true
        case (.functionHandle(let a), .functionHandle(let b)):
            return a.text == b.text && a.isNamed
        case (.categorical(let a), .categorical(let b)):
            return zip(a.labels.elements, b.labels.elements).allSatisfy { x, y in x != nil && x == y }
        case (.object(let a), .object(let b)):
            return a.className == b.className && a.summary == b.summary && a.propertyNames == b.propertyNames
                && a.propertyNames.allSatisfy { name in
                    guard let x = try? a.property(name), let y = try? b.property(name) else { return false }
                    return x.isEqual(to: y)
                }
        default:
            return false
        }
    }
}
