import MatLang
import Plotting

/// One call of a graphics built-in, with the argument handling they share: an optional leading
/// graphics handle (`xlabel(ax, …)`), trailing `Name, value` pairs (name=value syntax arrives as
/// pairs), and conversions of numeric and text arguments with MATLAB-like errors.
struct GraphicsCall {
    /// The built-in's name, for error messages.
    let name: String
    /// The arguments after the leading handle, before the options.
    var arguments: [Value]
    /// The leading handle, if the first argument was one.
    let handle: GraphicsHandle?
    /// The requested number of outputs.
    let nargout: Int
    /// The figures.
    let manager: FigureManager
    /// The running interpreter.
    let context: any BuiltinContext

    /// Splits off a leading graphics handle.
    init(_ call: BuiltinCall, manager: FigureManager) {
        name = call.name
        nargout = call.nargout
        self.manager = manager
        context = call.context
        if case .object(let h as GraphicsHandle)? = call.arguments.first {
            handle = h
            arguments = Array(call.arguments.dropFirst())
        } else {
            handle = nil
            arguments = call.arguments
        }
    }

    /// Removes trailing `Name, value` pairs whose names are in `names` (case-insensitive) and returns them
    /// keyed by the canonical name; a pair with another name is the unknown-property error for `className`.
    /// Pairs start at the first text argument at or after `start` that is followed by a value.
    /// With `strict` false only known names start the pairs (so `legend("ReLU")` keeps its text).
    mutating func takeOptions(_ names: [String], from start: Int = 0, className: String,
                              strict: Bool = true) throws(RuntimeError) -> [(String, Value)] {
        var k = start
        while k < arguments.count, !(arguments[k].isText && isOptionName(arguments[k], names, strict: strict)) { k += 1 }
        guard k < arguments.count else { return [] }
        var options: [(String, Value)] = []
        var j = k
        while j < arguments.count {
            guard arguments[j].isText, let key = try? arguments[j].text() else {
                throw GraphicsError.argument(name, "Invalid argument at position \(j + 1). Expected a property name.")
            }
            guard let canonical = names.first(where: { $0.lowercased() == key.lowercased() }) else {
                throw RuntimeError.unknownProperty(name: key, className: className)
            }
            guard j + 1 < arguments.count else {
                throw GraphicsError.argument(name, "Name-value arguments must come in pairs; '\(key)' has no value.")
            }
            options.append((canonical, arguments[j + 1]))
            j += 2
        }
        arguments.removeSubrange(k...)
        return options
    }

    private func isOptionName(_ value: Value, _ names: [String], strict: Bool) -> Bool {
        guard value.isScalar || value.size.first == 1, let text = try? value.text() else { return false }
        if names.contains(where: { $0.lowercased() == text.lowercased() }) { return true }
        return strict && text.first?.isUppercase == true && text.count > 2 && text.allSatisfy { $0.isLetter }
    }

    /// The text at `index`, or MATLAB's error for a non-text argument.
    func text(_ index: Int) throws(RuntimeError) -> String {
        guard index < arguments.count, arguments[index].isText else {
            throw GraphicsError.argument(name, "Argument \(index + 1) must be a string scalar or character vector.")
        }
        return try arguments[index].text()
    }

    /// Every text of a string array, cell array of texts or char row at `value`.
    func texts(_ value: Value) throws(RuntimeError) -> [String] {
        switch value {
        case .string(let a): return a.elements.map { $0 ?? "" }
        case .cell(let c):
            var out: [String] = []
            for v in c.elements {
                guard v.isText else { throw GraphicsError.argument(name, "Cell array elements must be text.") }
                out.append(try v.text())
            }
            return out
        case .char: return try value.charRows()
        default: throw GraphicsError.argument(name, "Expected text, a string array or a cell array of text.")
        }
    }

    /// The numeric array at `value` (double, single or logical), or MATLAB's error.
    func numbers(_ value: Value, what: String = "Data") throws(RuntimeError) -> NDArray<Double> {
        switch value {
        case .double, .single, .logical: return try value.doubleArray()
        default: throw GraphicsError.argument(name, "\(what) must be numeric, not \(value.className).")
        }
    }

    /// The axes the call acts on: the leading axes handle, else the current axes of the current
    /// figure (made if needed, as `gca` does).
    func targetAxes() throws(RuntimeError) -> GraphicsHandle.AxesAddress {
        if let handle {
            if let address = handle.axesAddress { _ = try handle.readAxes(address); return address }
            throw GraphicsError.argument(name, "The first argument must be an axes, not a \(handle.summary.split(separator: " ").last ?? "").")
        }
        return try GraphicsCall.currentAxes(manager, function: name)
    }

    /// The current axes of the current figure, made if needed (only making one marks the figure changed).
    static func currentAxes(_ manager: FigureManager, function: String) throws(RuntimeError) -> GraphicsHandle.AxesAddress {
        let n = manager.currentOrNew()
        if let figure = manager.figure(n), let content = manager.contentID(n) {
            switch figure.content {
            case .axes: return GraphicsHandle.AxesAddress(figure: n, content: content, tile: 0)
            case .layout(let layout) where layout.CurrentTile > 0 && layout.axes(atTile: layout.CurrentTile) != nil:
                return GraphicsHandle.AxesAddress(figure: n, content: content, tile: layout.CurrentTile)
            default: break
            }
        }
        let tile = try plotting(function) { () throws(PlotError) in
            try manager.update(n) { (figure: inout Figure) throws(PlotError) -> Int in
                try figure.withCurrentAxes { _ in () }
                if case .layout(let layout) = figure.content { return layout.CurrentTile }
                return 0
            }
        }
        guard let content = manager.contentID(n) else { throw GraphicsHandle.deleted }
        return GraphicsHandle.AxesAddress(figure: n, content: content, tile: tile)
    }

    /// Changes the axes at `address`, marking its figure changed.
    func update(_ address: GraphicsHandle.AxesAddress, _ change: (inout Axes) throws(PlotError) -> Void) throws(RuntimeError) {
        let handle = GraphicsHandle(.axes(figure: address.figure, content: address.content, tile: address.tile), in: manager)
        _ = try handle.readAxes(address)
        try plotting(name) { () throws(PlotError) in
            try manager.update(address.figure) { (figure: inout Figure) throws(PlotError) in
                switch figure.content {
                case .axes(var axes):
                    try change(&axes)
                    figure.content = .axes(axes)
                case .layout(var layout):
                    try layout.updateAxes(atTile: address.tile, change)
                    figure.content = .layout(layout)
                case .empty:
                    break
                }
            }
        }
    }

    /// A handle value for the axes at `address`.
    func axesValue(_ address: GraphicsHandle.AxesAddress) -> Value {
        .object(GraphicsHandle(.axes(figure: address.figure, content: address.content, tile: address.tile), in: manager))
    }

    /// Checks the number of arguments after the handle.
    func require(_ range: ClosedRange<Int>) throws(RuntimeError) {
        if arguments.count < range.lowerBound { throw RuntimeError.notEnoughInputs(function: name) }
        if arguments.count > range.upperBound { throw RuntimeError.tooManyInputs(function: name) }
    }
}
