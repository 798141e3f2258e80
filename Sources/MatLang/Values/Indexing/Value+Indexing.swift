extension Value {
    /// `x(s₁, …, sₙ)`: parenthesis indexing with numeric subscripts, logical masks and `:`
    /// (pass ``Value/colon``). The result keeps the class; `x()` is `x`.
    ///
    /// One subscript indexes linearly (column-major); with several, the last spans the remaining
    /// dimensions. Out-of-range subscripts throw ``RuntimeError/indexOutOfBounds(position:count:index:extent:)``.
    public func indexed(_ subscripts: [Value]) throws(RuntimeError) -> Value {
        if subscripts.isEmpty { return self }
        if let element = scalarIndexed(subscripts) { return element }
        if case .functionHandle = self { throw .parenIndexingUnsupported(className: className) }
        let plan = try IndexPlan.resolve(subscripts, size: size, forReading: true)
        if case .object(let o) = self {
            return try o.indexed(plan.positions.enumerated().map { k, list in
                plan.isColon[k] ? .all : .indices(list.map { $0 + 1 })
            })
        }
        let resultSize = subscripts.count == 1
            ? IndexPlan.linearResultSize(source: size, index: subscripts[0], count: plan.positions[0].count)
            : plan.regionSize
        let p = plan.positions
        switch self {
        case .double(let a): return .double(a.gathering(p, resultSize: resultSize))
        case .single(let a): return .single(a.gathering(p, resultSize: resultSize))
        case .logical(let a): return .logical(a.gathering(p, resultSize: resultSize))
        case .char(let a): return .char(a.gathering(p, resultSize: resultSize))
        case .string(let a): return .string(a.gathering(p, resultSize: resultSize))
        case .cell(let a): return .cell(a.gathering(p, resultSize: resultSize))
        case .structure(let s): return .structure(s.withRecords(s.records.gathering(p, resultSize: resultSize)))
        case .categorical(var c):
            c.codes = c.codes.gathering(p, resultSize: resultSize)
            return .categorical(c)
        case .functionHandle, .object:
            throw .parenIndexingUnsupported(className: className)
        }
    }

    /// `c{s₁, …, sₙ}`: the selected cell contents as a comma-separated list, in column-major
    /// order. On a string array, each selected element comes back as a char row.
    public func braceIndexed(_ subscripts: [Value]) throws(RuntimeError) -> [Value] {
        switch self {
        case .cell(let a):
            if subscripts.isEmpty { return a.elements }
            if let p = scalarPosition(subscripts) { return [a[linear: p]] }
            let plan = try IndexPlan.resolve(subscripts, size: a.size, forReading: true)
            // `C{:}` and `C{1:end}` list every element in order: share the elements.
            if plan.positions.count == 1, plan.positions[0].elementsEqual(0..<a.count) { return a.elements }
            return a.gathering(plan.positions, resultSize: [plan.regionSize.reduce(1, *), 1]).elements
        case .string(let a):
            let plan = try IndexPlan.resolve(subscripts.isEmpty ? [.colon] : subscripts, size: a.size, forReading: true)
            let picked = a.gathering(plan.positions, resultSize: [plan.regionSize.reduce(1, *), 1]).elements
            return try picked.map { (text: String?) throws(RuntimeError) -> Value in
                guard let text else {
                    throw .invalidArgument(function: nil, position: nil,
                                           reason: "Conversion of <missing> string to character vector is not possible.")
                }
                return .charArray(text)
            }
        default:
            throw .braceIndexingUnsupported(className: className)
        }
    }

    /// `s.name`: the field of every struct element as a comma-separated list, or an object's
    /// property (a one-element list).
    public func field(_ name: String) throws(RuntimeError) -> [Value] {
        switch self {
        case .structure(let s):
            guard let k = s.fieldNames.firstIndex(of: name) else { throw .unrecognizedField(name: name) }
            return s.records.elements.map { $0[k] }
        case .object(let o):
            return [try o.property(name)]
        default:
            throw .dotIndexingUnsupported(className: className)
        }
    }

    /// `s.name` where exactly one value is expected (the usual case of a scalar struct).
    public func singleField(_ name: String) throws(RuntimeError) -> Value {
        let values = try field(name)
        guard values.count == 1 else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Expected one output from a curly brace or dot indexing expression, "
                                       + "but there were \(values.count) results.")
        }
        return values[0]
    }
}
