/// An opaque MATLAB object that a later layer plugs into the language (layers, networks,
/// figures, tables, dlarray).
///
/// Objects have value semantics: setting a property returns the changed object, which the
/// evaluator stores back in the variable. Handle-like objects (figures) may return `self`.
public protocol MatObject: Sendable {
    /// The MATLAB class name (`class(x)`), e.g. `"nnet.cnn.layer.FullyConnectedLayer"`.
    var className: String { get }
    /// The size of the object array; `[1, 1]` for a single object.
    var size: [Int] { get }
    /// A one-line summary used in displays of containers and in `whos`
    /// (e.g. `1×1 FullyConnectedLayer`).
    var summary: String { get }
    /// The full display body shown for `x` (without the `x =` header); `nil` shows the summary.
    func displayBody(format: DisplayFormat) -> String?
    /// The public property names, in display order.
    var propertyNames: [String] { get }
    /// Reads a property (`obj.Name`).
    func property(_ name: String) throws(RuntimeError) -> Value
    /// Returns the object with a property changed (`obj.Name = value`).
    func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject
    /// Indexes an object array with `()` (`net.Layers(2)`); subscripts are already resolved.
    func indexed(_ subscripts: [IndexSubscript]) throws(RuntimeError) -> Value
    /// The memory the object reports to `whos`, in bytes.
    var byteCount: Int { get }
    /// Applies a binary operator with this object as the left (`isLeft`) or right operand
    /// (`dlarray + 1`); nil when the class does not support the operator.
    func binaryOperation(_ op: BinaryOperator, with other: Value, isLeft: Bool) throws(RuntimeError) -> Value?
    /// Applies a unary operator (`-x`, `x'`); nil when the class does not support it.
    func unaryOperation(_ op: UnaryOperator) throws(RuntimeError) -> Value?
    /// Returns the value after `obj(subscripts) = value` (`layers(2) = reluLayer`); subscripts
    /// are resolved and may lie past the end. A `0×0` double `value` asks for deletion.
    func assigningIndexed(_ subscripts: [IndexSubscript], value: Value) throws(RuntimeError) -> Value
    /// Concatenates this object's class with other values (`[layer1; layer2]`); `values` holds
    /// every operand in order, this object among them. `dimension` is 1 for `;`, 2 for `,`.
    func concatenated(with values: [Value], along dimension: Int) throws(RuntimeError) -> Value
    /// The object's data as a numeric value when it converts to numbers (a dlarray's single
    /// data), so `x(i) = obj` and `double(obj)` store its numbers; nil when it does not.
    var numericValue: Value? { get }
}

extension MatObject {
    /// A single object.
    public var size: [Int] { [1, 1] }

    /// The class name after its last dot, preceded by the size (`1×1 FullyConnectedLayer`).
    public var summary: String {
        let short = className.split(separator: ".").last.map(String.init) ?? className
        return size.map(String.init).joined(separator: "×") + " " + short
    }

    /// No special display: the summary and the properties are shown.
    public func displayBody(format: DisplayFormat) -> String? { nil }

    /// Objects without properties.
    public var propertyNames: [String] { [] }

    /// Every property read fails unless the object defines properties.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        throw .unknownProperty(name: name, className: className)
    }

    /// Every property write fails unless the object defines properties.
    public func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject {
        throw .unknownProperty(name: name, className: className)
    }

    /// A single object indexed with ones (`obj(1)`, `obj(1,1)`, `obj(:)`) is itself; other indices fail.
    public func indexed(_ subscripts: [IndexSubscript]) throws(RuntimeError) -> Value {
        for (position, item) in subscripts.enumerated() {
            switch item {
            case .all: continue
            case .indices(let list):
                if list.count == 1 && list[0] == 1 { continue }
                let bad = list.first { $0 != 1 } ?? 1
                throw .indexOutOfBounds(position: subscripts.count == 1 ? nil : position + 1,
                                        count: subscripts.count, index: bad, extent: 1)
            }
        }
        return .object(self)
    }

    /// Objects report no data of their own.
    public var byteCount: Int { 0 }

    /// No operators unless the class defines them.
    public func binaryOperation(_ op: BinaryOperator, with other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
        nil
    }

    /// No operators unless the class defines them.
    public func unaryOperation(_ op: UnaryOperator) throws(RuntimeError) -> Value? { nil }

    /// Indexed assignment fails unless the class defines it.
    public func assigningIndexed(_ subscripts: [IndexSubscript], value: Value) throws(RuntimeError) -> Value {
        throw .parenIndexingUnsupported(className: className)
    }

    /// Objects do not convert to numbers unless their class says how.
    public var numericValue: Value? { nil }

    /// Objects cannot be concatenated unless their class says how.
    public func concatenated(with values: [Value], along dimension: Int) throws(RuntimeError) -> Value {
        let other = values.first { $0.className != className }?.className ?? className
        throw .conversion(from: other, to: className)
    }
}
