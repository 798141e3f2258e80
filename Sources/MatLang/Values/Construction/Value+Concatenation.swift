extension Value {
    /// Builds a matrix literal `[a, b; c, d]`: each row is concatenated horizontally, then the
    /// rows vertically.
    public static func concatenate(rows: [[Value]]) throws(RuntimeError) -> Value {
        let built = try rows.map { (row: [Value]) throws(RuntimeError) -> Value in
            try concatenate(row, along: 2)
        }
        return try concatenate(built, along: 1)
    }

    /// Concatenates values along dimension `dimension` (1-based), as `cat(dim, …)`, `[a, b]`
    /// (dimension 2) and `[a; b]` (dimension 1) do.
    ///
    /// The result class follows MATLAB: cell if any operand is a cell (others are wrapped), then
    /// string, struct, categorical, char (numbers become code units), single, double, and logical
    /// only when every operand is logical. `0×0` operands are skipped (`['', 'abc']`), and a `0×0`
    /// double `[]` does not affect the class; other empty arrays must fit like any operand.
    public static func concatenate(_ values: [Value], along dimension: Int) throws(RuntimeError) -> Value {
        try concatenate(values[...], along: dimension)
    }

    /// ``concatenate(_:along:)`` of a part of a list, as `cat(dim, A1, A2, …)` passes its
    /// arguments after the first without copying them.
    public static func concatenate(_ values: ArraySlice<Value>, along dimension: Int) throws(RuntimeError) -> Value {
        guard dimension >= 1 else {
            throw .invalidArgument(function: "cat", position: 1, reason: "Dimension must be a positive integer.")
        }
        if let same = try concatenateSameClass(values, along: dimension) { return same }
        let isZeroByZero: (Value) -> Bool = { value in
            if case .object = value { return false }
            return value.size == [0, 0]
        }
        var operands = values.filter { !isZeroByZero($0) }
        let classSources = operands + values.filter { isZeroByZero($0) && $0.className != "double" }
        if operands.isEmpty {
            guard values.count > 1 else { return values.first ?? .empty }
            operands = Array(values)
        }
        let classes = Set(classSources.isEmpty ? operands.map { $0.className } : classSources.map { $0.className })
        if operands.count == 1 && (classes == [operands[0].className]) { return operands[0] }
        let parts = operands
        func joined<T>(_ arrays: [NDArray<T>]) throws(RuntimeError) -> NDArray<T> {
            try join(arrays, along: dimension)
        }
        if classes.contains("cell") {
            return .cell(try joined(parts.map { (value: Value) -> NDArray<Value> in
                if case .cell(let a) = value { return a }
                return NDArray(scalar: value)
            }))
        }
        if let object = operands.first(where: { if case .object = $0 { return true } else { return false } }),
           case .object(let o) = object {
            return try o.concatenated(with: operands, along: dimension)
        }
        if classes.contains("function_handle") {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Nonscalar arrays of function handles are not allowed; use cell arrays instead.")
        }
        if classes.contains("string") {
            return .string(try joined(try parts.map { (value: Value) throws(RuntimeError) -> NDArray<String?> in
                if case .char(let a) = value, a.rows <= 1 {
                    return NDArray(scalar: String(decoding: a.elements, as: UTF16.self))
                }
                return try value.toStringArray()
            }))
        }
        if classes.contains("struct") {
            return .structure(try concatenateStructs(parts, joined: joined))
        }
        if classes.contains("categorical") {
            return .categorical(try concatenateCategoricals(parts, joined: joined))
        }
        if classes.contains("char") {
            return .char(try joined(try parts.map { (value: Value) throws(RuntimeError) -> NDArray<UInt16> in
                if case .char(let a) = value { return a }
                return try value.doubleArray().map { codeUnit($0) }
            }))
        }
        if classes.contains("single") {
            return .single(try joined(try parts.map { (value: Value) throws(RuntimeError) -> NDArray<Float> in
                try value.singleArray()
            }))
        }
        if classes == ["logical"] {
            return .logical(try joined(try parts.map { (value: Value) throws(RuntimeError) -> NDArray<Bool> in
                try value.logicalArray()
            }))
        }
        return .double(try joined(try parts.map { (value: Value) throws(RuntimeError) -> NDArray<Double> in
            try value.doubleArray()
        }))
    }

    /// `arrays` joined along `dimension`, or the error `[a, b]` / `[a; b]` gives when they do not fit.
    private static func join<T>(_ arrays: [NDArray<T>], along dimension: Int) throws(RuntimeError) -> NDArray<T> {
        guard let result = NDArray<T>.concatenating(arrays, along: dimension) else {
            throw .concatenationMismatch(vertical: dimension == 1)
        }
        return result
    }

    /// The common cases — every operand a double array, or every operand a categorical array,
    /// none of them `0×0` — joined without the class analysis; nil for anything else.
    private static func concatenateSameClass(_ values: ArraySlice<Value>, along dimension: Int) throws(RuntimeError) -> Value? {
        guard values.count > 1, let first = values.first else { return nil }
        func isZeroByZero<T>(_ a: NDArray<T>) -> Bool { a.isEmpty && a.size == [0, 0] }
        switch first {
        case .double:
            if let joined = joinedConsecutiveViews(values, along: dimension) {
                return .double(joined)
            }
            // The parts here and below are read through the list's buffer: iterating the list
            // took a second copy of each (`T = cat(2, TCell{:})` over 128 labels went from 60 K
            // to 44 K instructions).
            var arrays = [NDArray<Double>]()
            arrays.reserveCapacity(values.count)
            let allDouble = values.withUnsafeBufferPointer { parts in
                for k in parts.indices {
                    guard case .double(let a) = parts[k], !isZeroByZero(a) else { return false }
                    arrays.append(a)
                }
                return true
            }
            guard allDouble else { return nil }
            return .double(try join(arrays, along: dimension))
        case .categorical(let head):
            // Scalars (a mini-batch's labels, one per observation) are joined by their codes
            // alone; anything else goes through the general join.
            var scalarCodes: [Int] = []
            scalarCodes.reserveCapacity(values.count)
            var allScalars = true
            let sameCategories = values.withUnsafeBufferPointer { parts in
                for k in parts.indices {
                    guard case .categorical(let c) = parts[k], !isZeroByZero(c.codes),
                          c.categories == head.categories, c.isOrdinal == head.isOrdinal else { return false }
                    if allScalars && c.codes.count == 1 {
                        scalarCodes.append(c.codes[linear: 0])
                    } else {
                        allScalars = false
                    }
                }
                return true
            }
            guard sameCategories else { return nil }
            let joined: NDArray<Int>
            if allScalars {
                var size = [Int](repeating: 1, count: max(2, dimension))
                size[dimension - 1] = scalarCodes.count
                joined = NDArray(size: size, elements: scalarCodes)
            } else {
                joined = try join(values.compactMap { value -> NDArray<Int>? in
                    if case .categorical(let c) = value { return c.codes }
                    return nil
                }, along: dimension)
            }
            return .categorical(CategoricalArray(categories: head.categories, codes: joined, isOrdinal: head.isOrdinal))
        default:
            return nil
        }
    }

    /// Double arrays of one size showing consecutive runs of one buffer, in order, joined along
    /// their last dimension or one beyond it: that run, shared instead of copied (a
    /// mini-batch's observations joined back into its batch); nil for anything else. The parts
    /// are checked in place, without the copy of each that a list of arrays would take.
    private static func joinedConsecutiveViews(_ parts: ArraySlice<Value>, along dimension: Int) -> NDArray<Double>? {
        guard case .double(let first)? = parts.first, first.count > 0, dimension >= first.dimensionCount else { return nil }
        let head = first.storageRun()
        guard head.buffer != nil, head.start + first.count * parts.count <= head.total else { return nil }
        let step = first.count
        var next = head.start
        for k in parts.indices {
            guard continues(parts[k], first, from: next) else { return nil }
            next += step
        }
        var size = (1...dimension).map { first.extent($0) }
        size[dimension - 1] *= parts.count
        return first.sharingStorage(size: size, from: head.start)
    }

    /// Whether `part` is a double array continuing `head`'s run at `start`.
    ///
    /// NOTE: the part is borrowed, not copied: matching it where it lies in the list took a
    /// copy, two reference counts up and two down, per part (128 observations a mini-batch).
    @inline(__always)
    private static func continues(_ part: borrowing Value, _ head: NDArray<Double>, from start: Int) -> Bool {
        switch part {
        case .double(let a): a.continuesRun(of: head, from: start)
        default: false
        }
    }

    /// A double as a UTF-16 code unit, as `char(x)` converts (rounded, clamped; NaN is 0).
    static func codeUnit(_ x: Double) -> UInt16 {
        guard x.isFinite else { return x == .infinity ? UInt16.max : 0 }
        return UInt16(min(max(x.rounded(), 0), Double(UInt16.max)))
    }

    private static func concatenateStructs(
        _ parts: [Value], joined: ([NDArray<[Value]>]) throws(RuntimeError) -> NDArray<[Value]>
    ) throws(RuntimeError) -> StructArray {
        var fieldNames: [String]?
        var records = [NDArray<[Value]>]()
        for part in parts {
            guard case .structure(let s) = part else { throw .conversion(from: part.className, to: "struct") }
            guard let names = fieldNames else {
                fieldNames = s.fieldNames
                records.append(s.records)
                continue
            }
            guard Set(names) == Set(s.fieldNames), names.count == s.fieldNames.count else {
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Names of fields in structure arrays being concatenated do not match.")
            }
            let order = names.map { s.fieldNames.firstIndex(of: $0)! }
            records.append(s.records.map { record in order.map { record[$0] } })
        }
        return StructArray(fieldNames: fieldNames ?? [], records: try joined(records))
    }

    private static func concatenateCategoricals(
        _ parts: [Value], joined: ([NDArray<String?>]) throws(RuntimeError) -> NDArray<String?>
    ) throws(RuntimeError) -> CategoricalArray {
        var categories = [String]()
        var isOrdinal = false
        var labels = [NDArray<String?>]()
        for part in parts {
            if case .categorical(let c) = part {
                for name in c.categories where !categories.contains(name) { categories.append(name) }
                isOrdinal = isOrdinal || c.isOrdinal
                labels.append(c.labels)
            } else {
                let text = try part.toStringArray()
                for name in text.elements.compactMap({ $0 }) where !categories.contains(name) { categories.append(name) }
                labels.append(text)
            }
        }
        return CategoricalArray(labels: try joined(labels), categories: categories, isOrdinal: isOrdinal)
    }
}
