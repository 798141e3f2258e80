extension Value {
    /// `x(s₁, …, sₙ) = rhs`: indexed assignment. Grows the array as needed (numbers with 0,
    /// logical with false, char with code 0, strings with `<missing>`, cells with `[]`, structs
    /// with `[]` fields); a scalar right side fills the whole region; a `[]` right side deletes.
    ///
    /// The class follows MATLAB: the array keeps its class (numbers written into a logical array
    /// become true/false, into a char array code units), except that a `[]` variable takes the
    /// class of the right side and a string right side makes a string array; cells and structs
    /// only accept their own class.
    public mutating func assign(_ rhs: Value, at subscripts: [Value]) throws(RuntimeError) {
        if subscripts.isEmpty {
            self = rhs
            return
        }
        if assignScalarInPlace(rhs, at: subscripts) { return }
        if case .object(let o) = self {
            let plan = try IndexPlan.resolve(subscripts, size: size, forReading: false)
            self = try o.assigningIndexed(plan.positions.enumerated().map { k, list in
                plan.isColon[k] ? .all : .indices(list.map { $0 + 1 })
            }, value: rhs)
            return
        }
        if case .double(let r) = rhs, r.rows == 0, r.columns == 0 {
            try delete(at: subscripts)
            return
        }
        var base = try Value.assignmentBase(self, rhs)
        let plan = try IndexPlan.resolve(subscripts, size: base.size, forReading: false)
        var positions = plan.positions
        if base.isEmpty && subscripts.count > 1 { Value.fillColons(&positions, isColon: plan.isColon, from: rhs.size) }
        let region = positions.map { $0.count }
        try Value.checkShape(region: region, rhs: rhs.size, linear: subscripts.count == 1)
        // Every check happens before `self` and `base` let go of the storage, so a failed
        // assignment leaves the variable untouched and a successful one writes in place.
        //
        // NOTE: each class's array is bound by `guard case` under a switch on the tag alone.
        // A `switch base` binding the array would keep its own copy of `base` until the switch
        // ends, so the array would still be shared when written, and the write would copy it.
        switch base.tag {
        case .double:
            let source = try rhs.doubleArray().elements
            guard case .double(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(source, at: positions, grownSize: grown, fill: 0)
            self = .double(a)
        case .single:
            let source = try rhs.singleArray().elements
            guard case .single(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(source, at: positions, grownSize: grown, fill: 0)
            self = .single(a)
        case .logical:
            let source = try rhs.logicalArray().elements
            guard case .logical(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(source, at: positions, grownSize: grown, fill: false)
            self = .logical(a)
        case .char:
            let units: [UInt16]
            if case .char(let r) = rhs { units = r.elements } else { units = try rhs.doubleArray().elements.map(Value.codeUnit) }
            guard case .char(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(units, at: positions, grownSize: grown, fill: 0)
            self = .char(a)
        case .string:
            let texts: [String?]
            if case .char(let r) = rhs, r.rows <= 1 {
                texts = [String(decoding: r.elements, as: UTF16.self)]
            } else {
                texts = try rhs.toStringArray().elements
            }
            guard case .string(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(texts, at: positions, grownSize: grown, fill: nil)
            self = .string(a)
        case .cell:
            guard case .cell(let r) = rhs else { throw .conversion(from: rhs.className, to: "cell") }
            guard case .cell(var a) = base else { preconditionFailure("class changed") }
            let grown = try a.checkedGrowth(for: positions)
            (self, base) = (.empty, .empty)
            a.write(r.elements, at: positions, grownSize: grown, fill: .empty)
            self = .cell(a)
        case .structure:
            guard case .structure(let r) = rhs else { throw .conversion(from: rhs.className, to: "struct") }
            guard case .structure(var s) = base else { preconditionFailure("class changed") }
            for name in r.fieldNames where !s.hasField(name) { s.addField(name) }
            guard Set(s.fieldNames) == Set(r.fieldNames) else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Subscripted assignment between dissimilar structures.")
            }
            let order = s.fieldNames.map { r.fieldNames.firstIndex(of: $0)! }
            var records = s.records
            try records.scatter(r.records.elements.map { record in order.map { record[$0] } },
                                at: positions, fill: s.emptyRecord)
            self = .structure(s.withRecords(records))
        case .categorical:
            guard case .categorical(var c) = base else { preconditionFailure("class changed") }
            var extended = c
            let codes = try Value.categoricalCodes(of: rhs, into: &extended)
            let grown = try c.codes.checkedGrowth(for: positions)
            c.categories = extended.categories
            c.codes.write(codes, at: positions, grownSize: grown, fill: 0)
            self = .categorical(c)
        case .functionHandle, .object:
            throw .parenIndexingUnsupported(className: base.className)
        }
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

    /// The array an assignment writes into: `[]` takes the right side's class, anything receiving
    /// a string becomes a string array, everything else keeps its class.
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
        case (.double, .cell), (.single, .cell), (.logical, .cell), (.char, .cell):
            throw .conversion(from: "cell", to: base.className)
        case (.double, .structure), (.single, .structure), (.logical, .structure), (.char, .structure):
            throw .conversion(from: "struct", to: base.className)
        default:
            return base
        }
    }

    /// For assignments into an empty array with several subscripts, `:` subscripts take their
    /// extents from the right side: a single `:` whatever makes the region hold the right side's
    /// elements; several from the same dimension when that makes the region match it
    /// (`x = []; x(2, :) = [1 2 3]`), otherwise from its non-singleton dimensions in order
    /// (`x = []; x(:, 1) = [1 2 3]` makes a `3×1`).
    static func fillColons(_ positions: inout [[Int]], isColon: [Bool], from rhsSize: [Int]) {
        let open = positions.indices.filter { isColon[$0] && positions[$0].isEmpty }
        if open.isEmpty { return }
        let rhsCount = rhsSize.reduce(1, *)
        if open.count == 1 {
            let others = positions.indices.filter { $0 != open[0] }.reduce(1) { $0 * positions[$1].count }
            if others > 0 && rhsCount % others == 0 {
                positions[open[0]] = Array(0..<(rhsCount == 1 ? 1 : rhsCount / others))
                return
            }
        }
        let padded = IndexPlan.foldedExtents(rhsSize, count: positions.count)
        var positional = positions
        for k in open { positional[k] = Array(0..<padded[k]) }
        if positional.map({ $0.count }).filter({ $0 != 1 }) == rhsSize.filter({ $0 != 1 }) || rhsCount == 1 {
            positions = positional
            return
        }
        var extents = rhsSize.filter { $0 != 1 }
        for k in open {
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
