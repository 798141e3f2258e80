extension Value {
    /// The size (`size(x)`): at least two dimensions, no trailing singletons beyond the second.
    public var size: [Int] {
        switch self {
        case .double(let a): return a.size
        case .single(let a): return a.size
        case .logical(let a): return a.size
        case .char(let a): return a.size
        case .string(let a): return a.size
        case .cell(let a): return a.size
        case .structure(let s): return s.size
        case .functionHandle: return [1, 1]
        case .categorical(let c): return c.size
        case .object(let o): return NDArray<Int>.normalized(o.size)
        }
    }

    /// The number of elements (`numel(x)`).
    public var count: Int {
        switch self {
        case .double(let a): return a.count
        case .single(let a): return a.count
        case .logical(let a): return a.count
        case .char(let a): return a.count
        case .string(let a): return a.count
        case .cell(let a): return a.count
        case .structure(let s): return s.count
        case .functionHandle: return 1
        case .categorical(let c): return c.codes.count
        case .object(let o): return o.size.reduce(1, *)
        }
    }

    /// Whether the value has no elements (`isempty(x)`).
    public var isEmpty: Bool { count == 0 }

    /// Whether the value is `1×1`.
    public var isScalar: Bool { count == 1 }

    /// The MATLAB class name (`class(x)`).
    public var className: String {
        switch self {
        case .double: return "double"
        case .single: return "single"
        case .logical: return "logical"
        case .char: return "char"
        case .string: return "string"
        case .cell: return "cell"
        case .structure: return "struct"
        case .functionHandle: return "function_handle"
        case .categorical: return "categorical"
        case .object(let o): return o.className
        }
    }

    /// Whether the class is `double` or `single` (`isnumeric`; integer classes are not supported).
    public var isNumeric: Bool {
        switch self {
        case .double, .single: return true
        default: return false
        }
    }

    /// Whether the value can take part in arithmetic: numeric, logical or char.
    public var isArithmetic: Bool {
        switch self {
        case .double, .single, .logical, .char: return true
        default: return false
        }
    }

    /// Whether the value is a char row vector or a string scalar (MATLAB's "text" arguments).
    public var isText: Bool {
        switch self {
        case .char(let a): return a.size.count == 2 && (a.rows == 1 || a.isEmpty)
        case .string(let a): return a.isScalar
        default: return false
        }
    }

    /// Bytes per element for `whos`: double 8, single 4, logical 1, char 2.
    public var bytesPerElement: Int? {
        switch self {
        case .double: return 8
        case .single: return 4
        case .logical: return 1
        case .char: return 2
        default: return nil
        }
    }

    /// The memory `whos` reports, in bytes (containers sum their contents plus a fixed header,
    /// as MATLAB does approximately).
    public var byteCount: Int {
        switch self {
        case .double, .single, .logical, .char:
            return count * (bytesPerElement ?? 0)
        case .string(let a):
            return a.elements.reduce(0) { $0 + 16 + 2 * ($1?.utf16.count ?? 0) }
        case .cell(let a):
            return a.elements.reduce(0) { $0 + 112 + $1.byteCount }
        case .structure(let s):
            return s.records.elements.reduce(s.fieldNames.count * 64) { total, record in
                record.reduce(total) { $0 + 112 + $1.byteCount }
            }
        case .functionHandle:
            return 32
        case .categorical(let c):
            return 2 * c.codes.count + c.categories.reduce(0) { $0 + 112 + 2 * $1.utf16.count }
        case .object(let o):
            return o.byteCount
        }
    }

    /// The extent `end` stands for at subscript `position` (1-based) of `count` subscripts:
    /// with one subscript the number of elements, at the last of several the product of the
    /// remaining dimensions, otherwise that dimension.
    public func endExtent(position: Int, of count: Int) -> Int {
        let dims = size
        if count == 1 { return dims.reduce(1, *) }
        if position < count { return position <= dims.count ? dims[position - 1] : 1 }
        return position <= dims.count ? dims[(position - 1)...].reduce(1, *) : 1
    }
}
