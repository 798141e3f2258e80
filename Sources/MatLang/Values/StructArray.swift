/// A MATLAB struct array: an N-d array of records that all share one ordered list of field names.
public struct StructArray: Sendable {
    /// The field names in creation order.
    public private(set) var fieldNames: [String]
    /// One record per element; each record holds the field values in `fieldNames` order.
    public private(set) var records: NDArray<[Value]>

    /// A `1×1` struct with the given fields in order; a repeated name keeps its last value.
    public init(fields: [(String, Value)]) {
        var names = [String]()
        var values = [Value]()
        for (name, value) in fields {
            if let k = names.firstIndex(of: name) {
                values[k] = value
            } else {
                names.append(name)
                values.append(value)
            }
        }
        self.fieldNames = names
        self.records = NDArray(scalar: values)
    }

    /// A struct array of the given field names and records.
    ///
    /// - Precondition: every record has one value per field name.
    public init(fieldNames: [String], records: NDArray<[Value]>) {
        precondition(records.elements.allSatisfy { $0.count == fieldNames.count }, "record width")
        self.fieldNames = fieldNames
        self.records = records
    }

    /// A struct array of the given size whose every field is `[]`.
    public init(fieldNames: [String], size: [Int]) {
        self.fieldNames = fieldNames
        self.records = NDArray(size: size, repeating: fieldNames.map { _ in Value.empty })
    }

    /// The size of the struct array.
    public var size: [Int] { records.size }

    /// The number of elements.
    public var count: Int { records.count }

    /// A record filled with `[]` for every field, used when an assignment grows the array.
    public var emptyRecord: [Value] { fieldNames.map { _ in Value.empty } }

    /// Whether the struct has a field of that name.
    public func hasField(_ name: String) -> Bool { fieldNames.contains(name) }

    /// The value of `name` in element `index` (0-based linear), or `nil` when there is no such field.
    public func value(of name: String, at index: Int) -> Value? {
        guard let k = fieldNames.firstIndex(of: name) else { return nil }
        return records.elements[index][k]
    }

    /// Sets field `name` of element `index` (0-based linear), adding the field to every element if new.
    public mutating func setValue(_ value: Value, of name: String, at index: Int) {
        let k = addField(name)
        records.elements[index][k] = value
    }

    /// Adds a field (filled with `[]`) if absent, and returns its position.
    @discardableResult
    public mutating func addField(_ name: String) -> Int {
        if let k = fieldNames.firstIndex(of: name) { return k }
        fieldNames.append(name)
        for i in records.elements.indices { records.elements[i].append(.empty) }
        return fieldNames.count - 1
    }

    /// Removes a field from every element; returns whether it existed.
    @discardableResult
    public mutating func removeField(_ name: String) -> Bool {
        guard let k = fieldNames.firstIndex(of: name) else { return false }
        fieldNames.remove(at: k)
        for i in records.elements.indices { records.elements[i].remove(at: k) }
        return true
    }

    /// Replaces the records wholesale (same field names), e.g. after indexing or reshaping.
    public func withRecords(_ newRecords: NDArray<[Value]>) -> StructArray {
        StructArray(fieldNames: fieldNames, records: newRecords)
    }
}
