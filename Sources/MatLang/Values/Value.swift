/// A MatLang value: one of MATLAB's classes, always an array (a scalar is `1×1`).
///
/// Numeric classes are real (complex numbers are not supported; integer classes neither). Every
/// case stores its elements column-major in an ``NDArray``; function handles and objects are
/// scalars. Where to find the operations:
/// - construction: ``number(_:)``, ``row(_:)``, ``matrix(_:)``, ``charArray(_:)``,
///   ``stringScalar(_:)``, ``cellRow(_:)``, ``structScalar(_:)``, ``range(_:_:_:)``,
///   ``concatenate(rows:)``, ``concatenate(_:along:)``;
/// - queries and conversions: ``size``, ``count``, ``className``, ``endExtent(position:of:)``,
///   ``doubleArray()``, ``scalarDouble()``, ``text()``, ``isTrue()``, ``isEqual(to:)``;
/// - operators: ``binary(_:_:_:)``, ``unary(_:)``;
/// - indexing: ``indexed(_:)``, ``braceIndexed(_:)``, ``field(_:)``, ``assign(_:at:)``,
///   ``assignContent(_:at:)``, ``assignField(_:_:)``, ``assign(_:path:)``, ``delete(at:)``;
/// - display: ``display(name:format:)``, ``dispText(format:)``, ``summary``, ``sizeText(separator:)``,
///   ``byteCount``.
public enum Value: Sendable {
    /// Class `double`: 64-bit floating-point numbers.
    case double(NDArray<Double>)
    /// Class `single`: 32-bit floating-point numbers.
    case single(NDArray<Float>)
    /// Class `logical`: true/false, one byte each.
    case logical(NDArray<Bool>)
    /// Class `char`: UTF-16 code units, two bytes each (`'abc'` is a `1×3` char array).
    case char(NDArray<UInt16>)
    /// Class `string`: string arrays; `nil` is `<missing>`.
    case string(NDArray<String?>)
    /// Class `cell`: arrays of arbitrary values.
    case cell(NDArray<Value>)
    /// Class `struct`: struct arrays with ordered field names.
    case structure(StructArray)
    /// Class `function_handle`: a named or anonymous function.
    ///
    /// NOTE: this case and `object` are boxed (`indirect`). Their payloads hold existentials
    /// of unknown size (`any Sendable`, `any MatObject`), which made every `Value` a type the
    /// compiler moves through memory with generic witness calls; boxed, a value is copied by
    /// reference counts. A scalar store `x(i, j, k) = v` went from 6.5 K to 4.9 K instructions.
    /// Making a handle or object value allocates the box. In-place writes depend on how long a
    /// `switch` keeps its copy of the value: see ``tag``.
    indirect case functionHandle(FunctionHandle)
    /// Class `categorical`: codes into an ordered list of categories.
    case categorical(CategoricalArray)
    /// An opaque object (layer, network, figure, table, …) supplied by a later layer.
    indirect case object(any MatObject)
}

extension Value {
    /// The `0×0` empty double `[]`.
    public static var empty: Value { .double(.empty) }

    /// A `1×1` double.
    public static func number(_ value: Double) -> Value { .double(NDArray(scalar: value)) }

    /// A `1×1` logical.
    public static func bool(_ value: Bool) -> Value { .logical(NDArray(scalar: value)) }

    /// A `1×n` double row vector.
    public static func row(_ values: [Double]) -> Value { .double(NDArray(row: values)) }

    /// An `n×1` double column vector.
    public static func column(_ values: [Double]) -> Value { .double(NDArray(column: values)) }

    /// A double matrix from rows given in reading order.
    ///
    /// - Precondition: every row has the same length.
    public static func matrix(_ rows: [[Double]]) -> Value {
        let r = rows.count
        let c = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == c }, "ragged matrix rows")
        var elements = [Double]()
        elements.reserveCapacity(r * c)
        for j in 0..<c {
            for i in 0..<r { elements.append(rows[i][j]) }
        }
        return .double(NDArray(size: [r, c], elements: elements))
    }

    /// A double array of the given size filled with zeros.
    public static func zeros(_ size: [Int]) -> Value { .double(NDArray(size: size, repeating: 0)) }

    /// A `1×n` char row vector holding `text` (`'abc'`); empty text gives a `0×0` char.
    public static func charArray(_ text: String) -> Value {
        let units = Array(text.utf16)
        if units.isEmpty { return .char(NDArray(size: [0, 0], elements: [])) }
        return .char(NDArray(row: units))
    }

    /// A `1×1` string array holding `text` (`"abc"`).
    public static func stringScalar(_ text: String) -> Value { .string(NDArray(scalar: text)) }

    /// A `1×n` string array.
    public static func stringRow(_ texts: [String]) -> Value { .string(NDArray(row: texts.map { Optional($0) })) }

    /// A `1×n` cell array holding the values.
    public static func cellRow(_ values: [Value]) -> Value { .cell(NDArray(row: values)) }

    /// A `1×1` struct with the given fields in order.
    public static func structScalar(_ fields: [(String, Value)]) -> Value {
        .structure(StructArray(fields: fields))
    }
}

extension Value {
    /// Which case a value is, without its contents.
    enum Tag {
        case double, single, logical, char, string, cell, structure, functionHandle, categorical, object
    }

    /// The value's case. Switching on it holds no copy of the value, so a case's body can take
    /// the value's array out and change it in place (see ``assign(_:at:)``); a `switch` on the
    /// value itself keeps a copy until it ends, and the array would still be shared.
    var tag: Tag {
        switch self {
        case .double: .double
        case .single: .single
        case .logical: .logical
        case .char: .char
        case .string: .string
        case .cell: .cell
        case .structure: .structure
        case .functionHandle: .functionHandle
        case .categorical: .categorical
        case .object: .object
        }
    }
}
