extension Value {
    /// `x(s₁, …, sₙ) = rhs`: indexed assignment. Grows the array as needed (numbers with 0,
    /// logical with false, char with code 0, strings with `<missing>`, cells with `[]`, structs
    /// with `[]` fields); a scalar right side fills the whole region; a `[]` right side deletes.
    ///
    /// The class follows MATLAB: a `[]` variable takes the class of the right side, a logical
    /// array receiving numbers becomes double, single wins over double, strings absorb text and
    /// numbers, and cells and structs only accept their own class.
    public mutating func assign(_ rhs: Value, at subscripts: [Value]) throws(RuntimeError) {
        if subscripts.isEmpty {
            self = rhs
            return
        }
        if case .double(let r) = rhs, r.size == [0, 0] {
            try delete(at: subscripts)
            return
        }
        var base = try Value.assignmentBase(self, rhs)
        let plan = try IndexPlan.resolve(subscripts, size: base.size, forReading: false)
        var positions = plan.positions
        if base.isEmpty { Value.fillColons(&positions, isColon: plan.isColon, from: rhs.size) }
        let region = positions.map { $0.count }
        try Value.checkShape(region: region, rhs: rhs.size, linear: subscripts.count == 1)
        switch base {
        case .double(var a):
            try a.scatter(try rhs.doubleArray().elements, at: positions, fill: 0)
            base = .double(a)
        case .single(var a):
            try a.scatter(try rhs.singleArray().elements, at: positions, fill: 0)
            base = .single(a)
        case .logical(var a):
            try a.scatter(try rhs.logicalArray().elements, at: positions, fill: false)
            base = .logical(a)
        case .char(var a):
            let units: [UInt16]
            if case .char(let r) = rhs { units = r.elements } else { units = try rhs.doubleArray().elements.map(Value.codeUnit) }
            try a.scatter(units, at: positions, fill: 0)
            base = .char(a)
        case .string(var a):
            let texts: [String?]
            if case .char(let r) = rhs, r.rows <= 1 {
                texts = [String(decoding: r.elements, as: UTF16.self)]
            } else {
                texts = try rhs.toStringArray().elements
            }
            try a.scatter(texts, at: positions, fill: nil)
            base = .string(a)
        case .cell(var a):
            guard case .cell(let r) = rhs else { throw .conversion(from: rhs.className, to: "cell") }
            try a.scatter(r.elements, at: positions, fill: .empty)
            base = .cell(a)
        case .structure(var s):
            guard case .structure(let r) = rhs else { throw .conversion(from: rhs.className, to: "struct") }
            for name in r.fieldNames where !s.hasField(name) { s.addField(name) }
            guard Set(s.fieldNames) == Set(r.fieldNames) else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Subscripted assignment between dissimilar structures.")
            }
            let order = s.fieldNames.map { r.fieldNames.firstIndex(of: $0)! }
            var records = s.records
            try records.scatter(r.records.elements.map { record in order.map { record[$0] } },
                                at: positions, fill: s.emptyRecord)
            base = .structure(s.withRecords(records))
        case .categorical(var c):
            let codes = try Value.categoricalCodes(of: rhs, into: &c)
            try c.codes.scatter(codes, at: positions, fill: 0)
            base = .categorical(c)
        case .functionHandle, .object:
            throw .parenIndexingUnsupported(className: base.className)
        }
        self = base
    }

    /// `x(s₁, …, sₙ) = []`: deletes the selected elements (one subscript), or the selected slice
    /// along the only dimension whose subscript is not `:` (several subscripts).
    public mutating func delete(at subscripts: [Value]) throws(RuntimeError) {
        let plan = try IndexPlan.resolve(subscripts, size: size, forReading: false)
        let (p, colon) = (plan.positions, plan.isColon)
        switch self {
        case .double(let a): self = .double(try a.deleting(p, isColon: colon))
        case .single(let a): self = .single(try a.deleting(p, isColon: colon))
        case .logical(let a): self = .logical(try a.deleting(p, isColon: colon))
        case .char(let a): self = .char(try a.deleting(p, isColon: colon))
        case .string(let a): self = .string(try a.deleting(p, isColon: colon))
        case .cell(let a): self = .cell(try a.deleting(p, isColon: colon))
        case .structure(let s): self = .structure(s.withRecords(try s.records.deleting(p, isColon: colon)))
        case .categorical(var c):
            c.codes = try c.codes.deleting(p, isColon: colon)
            self = .categorical(c)
        case .functionHandle, .object:
            throw .parenIndexingUnsupported(className: className)
        }
    }

    /// The array an assignment writes into: `[]` takes the right side's class, logical receiving
    /// numbers becomes double, double receiving single becomes single, anything receiving a
    /// string becomes a string array.
    static func assignmentBase(_ base: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        if case .double(let a) = base, a.size == [0, 0], rhs.className != "double" {
            switch rhs {
            case .single: return .single(.empty)
            case .logical: return .logical(.empty)
            case .char: return .char(.empty)
            case .string: return .string(.empty)
            case .cell: return .cell(.empty)
            case .structure(let s): return .structure(StructArray(fieldNames: s.fieldNames, size: [0, 0]))
            case .categorical(let c):
                return .categorical(CategoricalArray(categories: c.categories, codes: .empty, isOrdinal: c.isOrdinal))
            default: return base
            }
        }
        switch (base, rhs) {
        case (.string, _), (.cell, _), (.structure, _), (.categorical, _):
            return base
        case (_, .string):
            return .string(try base.toStringArray())
        case (.logical(let a), .double), (.logical(let a), .char):
            return .double(a.map { $0 ? 1 : 0 })
        case (.logical(let a), .single):
            return .single(a.map { $0 ? 1 : 0 })
        case (.double(let a), .single):
            return .single(a.map { Float($0) })
        case (.double, .cell), (.single, .cell), (.logical, .cell), (.char, .cell):
            throw .conversion(from: "cell", to: base.className)
        case (.double, .structure), (.single, .structure), (.logical, .structure), (.char, .structure):
            throw .conversion(from: "struct", to: base.className)
        default:
            return base
        }
    }

    /// For assignments into an empty array, `:` subscripts take their extents from the right
    /// side's non-singleton dimensions (`x = []; x(:, 1) = [1; 2; 3]` makes a `3×1`).
    static func fillColons(_ positions: inout [[Int]], isColon: [Bool], from rhsSize: [Int]) {
        var extents = rhsSize.filter { $0 != 1 }
        let rhsCount = rhsSize.reduce(1, *)
        for k in positions.indices where isColon[k] && positions[k].isEmpty {
            let extent = extents.isEmpty ? (rhsCount == 0 ? 0 : 1) : extents.removeFirst()
            positions[k] = Array(0..<extent)
        }
    }

    /// Checks that a right side of size `rhs` fits a region: a scalar always fits; otherwise the
    /// element counts must agree and, for several subscripts, the non-singleton extents too.
    static func checkShape(region: [Int], rhs: [Int], linear: Bool) throws(RuntimeError) {
        let rhsCount = rhs.reduce(1, *)
        let regionCount = region.reduce(1, *)
        if rhsCount == 1 { return }
        if linear {
            guard rhsCount == regionCount else { throw .assignmentCountMismatch(left: regionCount, right: rhsCount) }
            return
        }
        guard region.filter({ $0 != 1 }) == rhs.filter({ $0 != 1 }) else {
            throw .assignmentSizeMismatch(left: region, right: NDArray<Int>.normalized(rhs))
        }
    }

    /// Codes of `rhs` labels in `c`, adding categories for labels not yet present.
    static func categoricalCodes(of rhs: Value, into c: inout CategoricalArray) throws(RuntimeError) -> [Int] {
        let labels: [String?]
        if case .categorical(let r) = rhs {
            labels = r.labels.elements
        } else if case .char(let r) = rhs, r.rows <= 1 {
            labels = [String(decoding: r.elements, as: UTF16.self)]
        } else if case .string(let r) = rhs {
            labels = r.elements
        } else if case .cell = rhs {
            labels = try rhs.toStringArray().elements
        } else {
            throw .conversion(from: rhs.className, to: "categorical")
        }
        return labels.map { label in
            guard let label else { return 0 }
            if let k = c.categories.firstIndex(of: label) { return k + 1 }
            c.categories.append(label)
            return c.categories.count
        }
    }
}
