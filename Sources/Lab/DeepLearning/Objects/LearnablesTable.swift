import MatLang

/// A `table` with MATLAB's Learnables columns `Layer`, `Parameter` and `Value` (a cell column of
/// dlarrays): `net.Learnables`, `dlgradient`'s result, Adam's moving averages.
public struct LearnablesTable: MatObject {
    /// The `Layer` column.
    public var layers: [String]
    /// The `Parameter` column.
    public var parameters: [String]
    /// The `Value` column.
    public var values: [DLArray]

    /// Creates a table from its columns (of equal length).
    public init(layers: [String], parameters: [String], values: [DLArray]) {
        self.layers = layers
        self.parameters = parameters
        self.values = values
    }

    /// `table`.
    public var className: String { "table" }
    /// `n×3`.
    public var size: [Int] { [values.count, 3] }
    /// The column names.
    public var propertyNames: [String] { ["Layer", "Parameter", "Value"] }

    /// `t.Layer` and `t.Parameter` (string columns), `t.Value` (a cell column).
    public func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "Layer": .string(NDArray(column: layers.map { Optional($0) }))
        case "Parameter": .string(NDArray(column: parameters.map { Optional($0) }))
        case "Value": .cell(NDArray(column: values.map { Value.object($0) }))
        default: throw .unrecognizedField(name: name)
        }
    }

    /// `t.Value = c` replaces the values (same count, dlarrays or numbers).
    public func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject {
        var copy = self
        switch (name, value) {
        case ("Value", .cell(let c)) where c.count == values.count:
            copy.values = try c.elements.map { v throws(RuntimeError) in
                if case .object(let d as DLArray) = v { return d }
                return DLArray(try DLArray.tensor(from: v))
            }
        default:
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "To assign to table variable '\(name)', the right side must be a \(values.count)-by-1 cell array.")
        }
        return copy
    }

    /// The table as MATLAB shows it.
    public func displayBody(format: DisplayFormat) -> String? {
        let layerWidth = max(7, (layers.map(\.count).max() ?? 0) + 2)
        let parameterWidth = max(11, (parameters.map(\.count).max() ?? 0) + 2)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var text = "  \(values.count)×3 table\n\n"
        text += "    " + pad("Layer", layerWidth) + "  " + pad("Parameter", parameterWidth) + "  Value\n"
        text += "    " + String(repeating: "_", count: layerWidth) + "  " + String(repeating: "_", count: parameterWidth)
            + "  " + String(repeating: "_", count: 19) + "\n\n"
        for i in values.indices {
            text += "    " + pad("\"\(layers[i])\"", layerWidth) + "  " + pad("\"\(parameters[i])\"", parameterWidth)
                + "  {" + values[i].summary + "}\n"
        }
        return text
    }

    /// `t(rows, :)`: the selected rows (numbers or a logical mask), every variable.
    public func indexed(_ subscripts: [IndexSubscript]) throws(RuntimeError) -> Value {
        guard subscripts.count == 2 else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Index a table with two subscripts, t(rows, vars), e.g. t(1:2, :).")
        }
        var rows = Array(values.indices)
        if case .indices(let list) = subscripts[0] {
            for i in list where i < 1 || i > values.count {
                throw .indexOutOfBounds(position: 1, count: 2, index: i, extent: values.count)
            }
            rows = list.map { $0 - 1 }
        }
        if case .indices(let list) = subscripts[1], list != [1, 2, 3] {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Select every variable with t(rows, :); read one with t.Layer, t.Parameter or t.Value.")
        }
        return .object(LearnablesTable(layers: rows.map { layers[$0] }, parameters: rows.map { parameters[$0] },
                                       values: rows.map { values[$0] }))
    }

    /// The same table with other values.
    func with(values newValues: [DLArray]) -> LearnablesTable {
        LearnablesTable(layers: layers, parameters: parameters, values: newValues)
    }
}
