import Foundation

extension Value {
    /// The elements as doubles: double, single, logical (1/0) and char (code units) convert;
    /// other classes throw `conversion`.
    public func doubleArray() throws(RuntimeError) -> NDArray<Double> {
        switch self {
        case .double(let a): return a
        case .single(let a): return a.map { Double($0) }
        case .logical(let a): return a.map { $0 ? 1 : 0 }
        case .char(let a): return a.map { Double($0) }
        case .object(let o):
            guard let numeric = o.numericValue else { throw .conversion(from: className, to: "double") }
            return try numeric.doubleArray()
        default: throw .conversion(from: className, to: "double")
        }
    }

    /// The elements as single-precision floats, converting like ``doubleArray()``.
    public func singleArray() throws(RuntimeError) -> NDArray<Float> {
        if case .single(let a) = self { return a }
        let doubles = try doubleArray()
        let elements = [Float](unsafeUninitializedCapacity: doubles.count) { buffer, count in
            doubles.elements.withUnsafeBufferPointer { source in
                for i in source.indices { buffer[i] = Float(source[i]) }
            }
            count = doubles.count
        }
        return doubles.withElements(elements)
    }

    /// The value as a double scalar; throws unless it is a `1×1` numeric, logical or char value.
    public func scalarDouble() throws(RuntimeError) -> Double {
        let a = try doubleArray()
        guard a.count == 1 else {
            throw .invalidArgument(function: nil, position: nil, reason: "Value must be a scalar.")
        }
        return a[linear: 0]
    }

    /// The value as an integer scalar; throws unless it is a finite whole-number scalar.
    public func scalarInt() throws(RuntimeError) -> Int {
        let d = try scalarDouble()
        guard d.isFinite, d == d.rounded(), abs(d) < 9.0e15 else {
            throw .invalidArgument(function: nil, position: nil, reason: "Value must be an integer.")
        }
        return Int(d)
    }

    /// The value converted to class `double` (`double(x)`).
    public func toDouble() throws(RuntimeError) -> Value {
        if case .string(let a) = self {
            return .double(a.map { $0.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? .nan })
        }
        return .double(try doubleArray())
    }

    /// The value converted to class `single` (`single(x)`).
    public func toSingle() throws(RuntimeError) -> Value {
        if case .string = self { return .single(try toDouble().doubleArray().map { Float($0) }) }
        return .single(try singleArray())
    }

    /// The elements as logicals (`logical(x)`); NaN throws `nanToLogical`.
    public func logicalArray() throws(RuntimeError) -> NDArray<Bool> {
        if case .logical(let a) = self { return a }
        if case .char = self { throw .conversion(from: "char", to: "logical") }
        let a = try doubleArray()
        if a.elements.contains(where: { $0.isNaN }) { throw .nanToLogical }
        return a.map { $0 != 0 }
    }

    /// Whether an `if`/`while` condition holds: non-empty and every element nonzero
    /// (char and string conditions follow their code units and are true when non-empty). An
    /// object that converts to numbers (a dlarray) is taken by its numbers, as MATLAB's
    /// `logical(dlX)` takes it.
    public func isTrue() throws(RuntimeError) -> Bool {
        switch self {
        case .logical(let a): return !a.isEmpty && a.elements.allSatisfy { $0 }
        case .double, .single, .char:
            let a = try doubleArray()
            if a.elements.contains(where: { $0.isNaN }) { throw .nanToLogical }
            return !a.isEmpty && a.elements.allSatisfy { $0 != 0 }
        case .object(let o):
            guard let numbers = o.numericValue, numbers.tag != .object else {
                throw .conversion(from: className, to: "logical")
            }
            return try numbers.isTrue()
        default:
            throw .conversion(from: className, to: "logical")
        }
    }

    /// The text of a char row vector or a string scalar; other values throw.
    public func text() throws(RuntimeError) -> String {
        switch self {
        case .char(let a) where a.rows <= 1 || a.isEmpty:
            return String(decoding: a.elements, as: UTF16.self)
        case .string(let a) where a.isScalar:
            guard let s = a[linear: 0] else {
                throw .invalidArgument(function: nil, position: nil, reason: "Text must not be <missing>.")
            }
            return s
        default:
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Value must be a character vector or string scalar.")
        }
    }

    /// The rows of a char matrix as strings (`cellstr` of a char array), one per row.
    public func charRows() throws(RuntimeError) -> [String] {
        guard case .char(let a) = self, a.size.count == 2 else { throw .conversion(from: className, to: "char") }
        return (0..<a.rows).map { i in
            String(decoding: (0..<a.columns).map { a[i, $0] }, as: UTF16.self)
        }
    }

    /// The value converted to class `string` (`string(x)`): char rows, numbers in `%g`-like
    /// short form, logicals as "true"/"false", cell arrays of text element-wise.
    public func toStringArray() throws(RuntimeError) -> NDArray<String?> {
        switch self {
        case .string(let a):
            return a
        case .char(let a):
            if a.isEmpty { return NDArray(scalar: "") }
            let rows = try charRows()
            return NDArray(column: rows.map { Optional($0) })
        case .double, .single:
            return try doubleArray().map { $0.isNaN ? nil : NumberText.compact($0) }
        case .logical(let a):
            return a.map { $0 ? "true" : "false" }
        case .cell(let a):
            var out = [String?]()
            for element in a.elements {
                guard element.isText || element.isScalar else { throw .conversion(from: "cell", to: "string") }
                let converted = try element.toStringArray()
                out.append(converted[linear: 0])
            }
            return NDArray(size: a.size, elements: out)
        case .categorical(let c):
            return c.labels
        default:
            throw .conversion(from: className, to: "string")
        }
    }
}
