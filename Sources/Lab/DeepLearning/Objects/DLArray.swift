import Autograd
import MatLang

/// MATLAB's `dlarray`: single-precision data with an optional format (`"SSCB"`, `"CB"`, `""`),
/// either a plain tensor or, inside `dlfeval`, a variable on the trace's tape.
///
/// The tensor's shape is the MATLAB size, column-major, so wrapping and unwrapping never copy.
/// NOTE: `@unchecked Sendable` because a traced value refers to its tape; values only ever live
/// on the interpreter's thread.
public struct DLArray: MatObject, @unchecked Sendable {
    /// The data: a plain tensor, or a traced variable.
    public enum Storage {
        /// An untraced value.
        case tensor(Tensor)
        /// A value recorded on a `dlfeval` tape.
        case traced(Autograd.Variable)
    }

    /// The data.
    public var storage: Storage
    /// The dimension labels, one letter per dimension (`S`, `C`, `B`, `T`, `U`), or empty.
    public var format: String
    /// Whether the underlying data is logical (a comparison's result, stored as 0 and 1); such
    /// values are never traced.
    public var isLogical = false

    /// Wraps a tensor.
    public init(_ tensor: Tensor, format: String = "") {
        storage = .tensor(tensor)
        self.format = format
    }

    /// Wraps a traced variable.
    public init(traced variable: Autograd.Variable, format: String = "") {
        storage = .traced(variable)
        self.format = format
    }

    /// The current value.
    public var tensor: Tensor {
        switch storage {
        case .tensor(let t): t
        case .traced(let v): v.value
        }
    }

    /// Whether the value has `shape` (read in place, without taking the tensor).
    public func hasShape(_ shape: Shape) -> Bool {
        switch storage {
        case .tensor(let t): t.shape == shape
        case .traced(let v): v.value.shape == shape
        }
    }

    /// The traced variable, if any.
    public var variable: Autograd.Variable? {
        if case .traced(let v) = storage { return v }
        return nil
    }

    /// The value without its trace.
    public var untraced: DLArray {
        var copy = self
        copy.storage = .tensor(tensor)
        return copy
    }

    /// `dlarray`.
    public var className: String { "dlarray" }

    /// MATLAB's size: the tensor's dimensions, at least two.
    public var size: [Int] { DLArray.matlabSize(tensor.shape) }

    /// The MATLAB size of a tensor shape (at least two dimensions, trailing ones dropped past 2).
    static func matlabSize(_ shape: Shape) -> [Int] {
        var dims = shape.dims
        while dims.count > 2 && dims.last == 1 { dims.removeLast() }
        while dims.count < 2 { dims.append(1) }
        return dims
    }

    /// `28×28×1×128 single dlarray` (or `logical dlarray`).
    public var summary: String {
        size.map(String.init).joined(separator: "×") + (isLogical ? " logical dlarray" : " single dlarray")
    }

    /// The data as a single array of the same size.
    public var singleValue: Value {
        .single(NDArray(size: size, elements: tensor.scalars))
    }

    /// The underlying data with its class: logical for a comparison's result, single otherwise.
    public var dataValue: Value {
        isLogical ? .logical(NDArray(size: size, elements: tensor.scalars.map { $0 != 0 })) : singleValue
    }

    /// The display: format line and data, as MATLAB shows a dlarray.
    public func displayBody(format displayFormat: DisplayFormat) -> String? {
        var text = "  " + summary + "\n\n"
        if !format.isEmpty {
            let labels = format.map { String($0) }
            text += "    " + zip(labels, size).map { "\($0)(\($1))" }.joined(separator: " × ") + "\n\n"
        }
        text += dataValue.dispText(format: displayFormat)
        return text
    }

    /// The data in bytes (4 per element, 1 when logical).
    public var byteCount: Int { tensor.count * (isLogical ? 1 : 4) }

    /// `x(i, j, ...)`: the selected elements (recorded when traced).
    public func indexed(_ subscripts: [IndexSubscript]) throws(RuntimeError) -> Value {
        let dims = size
        var lists: [[Int]] = []
        for (k, s) in subscripts.enumerated() {
            let extent: Int
            if subscripts.count == 1 { extent = tensor.count }
            else if k == subscripts.count - 1 { extent = dims.dropFirst(k).reduce(1, *) }
            else { extent = k < dims.count ? dims[k] : 1 }
            switch s {
            case .all: lists.append(Array(0..<extent))
            case .indices(let list):
                for i in list where i < 1 || i > extent {
                    throw .indexOutOfBounds(position: subscripts.count == 1 ? nil : k + 1,
                                            count: subscripts.count, index: i, extent: extent)
                }
                lists.append(list.map { $0 - 1 })
            }
        }
        var linear: [Int] = []
        var outSize = lists.map(\.count)
        if subscripts.count == 1 {
            linear = lists[0]
            outSize = dims.count == 2 && dims[0] == 1 ? [1, linear.count] : [linear.count, 1]
        } else {
            var strides: [Int] = []
            var stride = 1
            for k in 0..<lists.count {
                strides.append(stride)
                stride *= k < dims.count ? (k == lists.count - 1 ? dims.dropFirst(k).reduce(1, *) : dims[k]) : 1
            }
            // column-major order: the first subscript varies fastest
            linear = DLArray.columnMajor(lists: lists, strides: strides)
        }
        let shape = Shape(outSize)
        switch storage {
        case .tensor(let t):
            let values = t.scalars
            var result = DLArray(Tensor(shape: shape, scalars: linear.map { values[$0] }), format: format)
            result.isLogical = isLogical
            return .object(result)
        case .traced(let v):
            let result = try DLArray.engine("index") { () throws(TensorError) in
                try v.tape.gather(v, indices: linear, shape: shape)
            }
            return .object(DLArray(traced: result, format: format))
        }
    }

    /// `x(i, j, ...) = v`: the data takes the assignment as a single (or logical) array would,
    /// growing, filling with zeros and deleting (`x(k) = []`) as MATLAB does, and keeps the
    /// format. The right side is numbers, logicals or a dlarray. A value traced by `dlfeval`
    /// cannot be assigned into: the error says how to build it instead.
    public func assigningIndexed(_ subscripts: [IndexSubscript], value: Value) throws(RuntimeError) -> Value {
        guard case .tensor = storage else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Indexed assignment into a dlarray traced by dlfeval is not supported. "
                                       + "Build the value with cat, or multiply by a mask.")
        }
        var rhs = value
        if case .object(let o) = value, let numbers = o.numericValue { rhs = numbers }
        switch rhs {
        case .double, .single, .logical: break
        default: throw .conversion(from: value.className, to: className)
        }
        var data = dataValue
        try data.assign(rhs, at: subscripts.map(\.value))
        let newSize = data.size
        guard format.isEmpty || newSize.count <= max(format.count, 2) else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "The result has more dimensions than the format \"\(format)\" labels.")
        }
        var result = DLArray(Tensor(shape: Shape(newSize), scalars: try data.singleArray().elements), format: format)
        if case .logical = data { result.isLogical = true }
        return .object(result)
    }

    /// Linear positions of a subscript product, first subscript fastest.
    static func columnMajor(lists: [[Int]], strides: [Int]) -> [Int] {
        var result = [0]
        for k in (0..<lists.count).reversed() {
            var next: [Int] = []
            next.reserveCapacity(result.count * lists[k].count)
            for base in result { for i in lists[k] { next.append(base + i * strides[k]) } }
            result = next
        }
        return result
    }

    /// Runs an engine operation, turning its error into a runtime error naming `function`.
    static func engine<R>(_ function: String, _ body: () throws(TensorError) -> R) throws(RuntimeError) -> R {
        do { return try body() } catch {
            throw .invalidArgument(function: function, position: nil, reason: "\(error)")
        }
    }
}

extension DLArray {
    /// The data as a single (or logical) array, so `losses(i) = loss` stores the number.
    public var numericValue: Value? { dataValue }
}
