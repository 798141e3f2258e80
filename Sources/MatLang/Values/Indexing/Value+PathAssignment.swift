extension Value {
    /// `c{s₁, …, sₙ} = rhs`: stores `rhs` as the content of one cell (a `[]` variable becomes
    /// a cell array; a string array stores text).
    public mutating func assignContent(_ rhs: Value, at subscripts: [Value]) throws(RuntimeError) {
        if case .double(let a) = self, a.size == [0, 0] { self = .cell(.empty) }
        // A switch on the case alone: `switch self` would hold a copy of `self` while the cell
        // is written, and the write would copy the whole cell (see `assign(_:at:)`).
        switch tag {
        case .cell:
            let plan = try IndexPlan.resolve(subscripts, size: size, forReading: false)
            guard plan.regionSize.reduce(1, *) == 1 else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Brace indexing assignment requires exactly one element on the left side.")
            }
            try assign(.cell(NDArray(scalar: rhs)), at: subscripts)
        case .string:
            guard rhs.isText else { throw .conversion(from: rhs.className, to: "string") }
            try assign(.stringScalar(try rhs.text()), at: subscripts)
        default:
            throw .braceIndexingUnsupported(className: className)
        }
    }

    /// `s.name = rhs`: sets a field of a scalar struct (a `[]` variable becomes a `1×1` struct,
    /// a new name adds the field) or a property of an object.
    public mutating func assignField(_ name: String, _ rhs: Value) throws(RuntimeError) {
        if case .double(let a) = self, a.size == [0, 0] { self = .structure(StructArray(fields: [])) }
        switch tag {
        case .structure:
            guard case .structure(var s) = self else { preconditionFailure("class changed") }
            if s.count == 0 && s.size == [0, 0] {
                s = s.withRecords(NDArray(scalar: s.emptyRecord))
            }
            guard s.count == 1 else {
                throw .invalidArgument(function: nil, position: nil, reason: "Scalar structure required for this assignment.")
            }
            self = .empty
            s.setValue(rhs, of: name, at: 0)
            self = .structure(s)
        case .object:
            guard case .object(let o) = self else { preconditionFailure("class changed") }
            self = .object(try o.settingProperty(name, to: rhs))
        default:
            throw .dotIndexingUnsupported(className: className)
        }
    }

    /// Assigns through a chain of indexing steps, as `s.a(3).b{2} = v`: each step reads the
    /// current part (or an empty one where the chain reaches past the end or names a new field),
    /// assigns into it recursively, and stores it back, growing arrays and adding fields.
    /// A final `()` step with `[]` deletes.
    public mutating func assign(_ rhs: Value, path: [IndexStep]) throws(RuntimeError) {
        guard let step = path.first else {
            self = rhs
            return
        }
        let rest = Array(path.dropFirst())
        if rest.isEmpty {
            switch step {
            case .paren(let subscripts): try assign(rhs, at: subscripts)
            case .brace(let subscripts): try assignContent(rhs, at: subscripts)
            case .field(let name): try assignField(name, rhs)
            }
            return
        }
        switch step {
        case .field(let name):
            var part = try existingField(name)
            try part.assign(rhs, path: rest)
            try assignField(name, part)
        case .brace(let subscripts):
            var part = try existingContent(at: subscripts)
            try part.assign(rhs, path: rest)
            try assignContent(part, at: subscripts)
        case .paren(let subscripts):
            var part = try existingElement(at: subscripts)
            try part.assign(rhs, path: rest)
            if case .structure(let updated) = part, case .structure(var s) = self {
                for name in updated.fieldNames where !s.hasField(name) { s.addField(name) }
                self = .structure(s)
            }
            try assign(part, at: subscripts)
        }
    }

    /// The field's value for a nested assignment, or `[]` when the field does not exist yet.
    private func existingField(_ name: String) throws(RuntimeError) -> Value {
        switch self {
        case .structure(let s):
            guard s.count <= 1 else {
                throw .invalidArgument(function: nil, position: nil, reason: "Scalar structure required for this assignment.")
            }
            return s.count == 1 ? (s.value(of: name, at: 0) ?? .empty) : .empty
        case .object(let o):
            return try o.property(name)
        case .double(let a) where a.size == [0, 0]:
            return .empty
        default:
            throw .dotIndexingUnsupported(className: className)
        }
    }

    /// The cell's content for a nested assignment, or `[]` past the end.
    private func existingContent(at subscripts: [Value]) throws(RuntimeError) -> Value {
        if case .double(let a) = self, a.size == [0, 0] { return .empty }
        guard case .cell = self else { throw .braceIndexingUnsupported(className: className) }
        if let values = try? braceIndexed(subscripts) {
            guard values.count == 1 else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Brace indexing assignment requires exactly one element on the left side.")
            }
            return values[0]
        }
        return .empty
    }

    /// The element for a nested assignment such as `s(3).b = v`: the existing element, or past the
    /// end an element with the same fields set to `[]`.
    private func existingElement(at subscripts: [Value]) throws(RuntimeError) -> Value {
        if case .double(let a) = self, a.size == [0, 0] { return .empty }
        if let element = try? indexed(subscripts) {
            guard element.count == 1 else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Nested indexed assignment requires exactly one element on the left side.")
            }
            return element
        }
        _ = try IndexPlan.resolve(subscripts, size: size, forReading: false)
        switch self {
        case .structure(let s): return .structure(StructArray(fieldNames: s.fieldNames, size: [1, 1]))
        case .cell: return .cell(NDArray(scalar: .empty))
        default: return .empty
        }
    }
}
