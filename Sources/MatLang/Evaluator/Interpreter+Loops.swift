extension Interpreter {
    /// `for v = values`: a range is counted without building the array; anything else iterates
    /// over its columns (`v` is each column; an empty value runs the body zero times).
    func executeFor(_ variable: Variable, _ values: Expression, _ body: [Statement]) throws -> Flow {
        if case .range(let startExpression, let stepExpression, let stopExpression) = values.kind {
            let start = try evaluate(startExpression)
            let step = try stepExpression.map { try evaluate($0) }
            let stop = try evaluate(stopExpression)
            if case .double(let a) = start, a.count == 1, case .double(let c) = stop, c.count == 1 {
                var delta = 1.0
                if let step {
                    guard case .double(let b) = step, b.count == 1 else {
                        return try iterate(variable, over: try Value.range(start, step, stop), body)
                    }
                    delta = b[linear: 0]
                }
                let first = a[linear: 0]
                guard let count = RangeBuilder.integerCount(start: first, step: delta, stop: c[linear: 0]) else {
                    return try iterate(variable, over: try Value.range(start, step, stop), body)
                }
                let slot = activation.map[variable.slot]
                let workspace = activation.workspace
                for index in 0..<count {
                    try checkInterrupt()
                    workspace.setValue(.number(first + Double(index) * delta), at: slot)
                    let flow = try execute(body)
                    if case .breakLoop = flow { break }
                    if case .returnFunction = flow { return flow }
                }
                if count == 0 { workspace.setValue(.empty, at: slot) }
                return .normal
            }
            return try iterate(variable, over: try Value.range(start, step, stop), body)
        }
        return try iterate(variable, over: try evaluate(values), body)
    }

    private func iterate(_ variable: Variable, over values: Value, _ body: [Statement]) throws -> Flow {
        let columns = ColumnSlicer.columnCount(of: values)
        if columns == 0 || values.isEmpty {
            write(.empty, to: variable)
            return .normal
        }
        for column in 0..<columns {
            try checkInterrupt()
            write(try ColumnSlicer.column(column, of: values), to: variable)
            let flow = try execute(body)
            if case .breakLoop = flow { break }
            if case .returnFunction = flow { return flow }
        }
        return .normal
    }
}

/// The columns of a value as a `for` loop sees them (an N-d array is viewed as rows × rest).
enum ColumnSlicer {
    static func columnCount(of value: Value) -> Int {
        let size = value.size
        return size.dropFirst().reduce(1, *)
    }

    static func column(_ index: Int, of value: Value) throws(RuntimeError) -> Value {
        switch value {
        case .double(let a): return .double(slice(a, index))
        case .single(let a): return .single(slice(a, index))
        case .logical(let a): return .logical(slice(a, index))
        case .char(let a): return .char(slice(a, index))
        case .string(let a): return .string(slice(a, index))
        case .cell(let a): return .cell(slice(a, index))
        case .structure(let s): return .structure(s.withRecords(slice(s.records, index)))
        case .functionHandle, .object:
            return value
        case .categorical:
            return try value.indexed([.colon, .number(Double(index + 1))])
        }
    }

    private static func slice<E>(_ array: NDArray<E>, _ column: Int) -> NDArray<E> {
        let rows = array.size[0]
        return NDArray(size: [rows, 1], elements: Array(array.elements[column * rows..<(column + 1) * rows]))
    }
}

/// Counting for `for` over integer ranges, which never materialise the array.
enum RangeBuilder {
    /// The number of elements of `start:step:stop` when all three are integers (exact arithmetic),
    /// or nil when the general `Value.range` rules are needed.
    static func integerCount(start: Double, step: Double, stop: Double) -> Int? {
        guard start == start.rounded(), step == step.rounded(), stop == stop.rounded(),
              abs(start) < 1e15, abs(stop) < 1e15, abs(step) < 1e15, step != 0 else { return nil }
        if (step > 0 && start > stop) || (step < 0 && start < stop) { return 0 }
        return Int(((stop - start) / step).rounded(.down)) + 1
    }
}
