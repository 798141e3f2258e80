import MatLang
import Plotting

/// MATLAB's graphics functions (`figure`, `plot`, `tiledlayout`, `exportgraphics`, …) over one
/// session's ``FigureManager``, registered as a family in a ``BuiltinRegistry``.
public enum GraphicsBuiltins {
    /// A registry holding every graphics built-in, acting on `figures`.
    ///
    /// `publishing` makes the fresh session `publish("script.m")` runs a script in; without it
    /// `publish` uses the core built-ins plus graphics.
    public static func registry(figures: FigureManager, publishing: PublishEnvironment = PublishEnvironment()) -> BuiltinRegistry {
        let registry = BuiltinRegistry()
        registry.register(functions(figures: figures, publishing: publishing))
        return registry
    }

    /// Every graphics built-in acting on `figures`.
    public static func functions(figures: FigureManager, publishing: PublishEnvironment = PublishEnvironment()) -> [BuiltinFunction] {
        windowFunctions(figures) + layoutFunctions(figures) + plotFunctions(figures) + imageFunctions(figures)
            + annotationFunctions(figures) + exportFunctions(figures) + handleFunctions(figures)
            + [publishFunction(figures, publishing)]
    }

    /// A built-in whose body receives the call with its leading handle split off.
    static func builtin(_ name: String, _ manager: FigureManager, help: String,
                        _ body: @escaping @Sendable (inout GraphicsCall) throws -> [Value]) -> BuiltinFunction {
        BuiltinFunction(name: name, help: help) { call in
            var graphicsCall = GraphicsCall(call, manager: manager)
            return try body(&graphicsCall)
        }
    }

    /// `figure`, `gcf`, `gca`, `clf`, `close`, `drawnow`.
    static func windowFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            builtin("figure", m, help: """
                figure - Create a figure window or make one current
                  f = figure              opens a new figure with the lowest free number
                  figure(n), figure(f)    makes figure n (or handle f) current, opening it if needed
                  figure(Name="…", Position=[x y w h])
                Example: f = figure; plot(1:10)
                """) { call in
                let options = try call.takeOptions(["Name", "Position"], className: "Figure")
                try call.require(0...1)
                let number: Int
                if let first = call.arguments.first {
                    if case .object(let h as GraphicsHandle) = first, case .figure(let n) = h.target {
                        number = n
                    } else if let n = try? first.scalarInt(), n >= 1, n <= 1_000_000 {
                        number = n
                    } else {
                        throw GraphicsError.argument("figure", "The figure number must be a positive integer or a figure handle.")
                    }
                    if m.isOpen(number) { m.makeCurrent(number) } else { m.open(number) }
                } else if let handle = call.handle, case .figure(let n) = handle.target {
                    number = n
                    if m.isOpen(n) { m.makeCurrent(n) } else { m.open(n) }
                } else {
                    number = m.open()
                }
                let handle = GraphicsHandle(.figure(number), in: m)
                for (key, value) in options { _ = try handle.settingProperty(key, to: value) }
                return call.nargout > 0 ? [.object(handle)] : []
            },
            builtin("gcf", m, help: """
                gcf - Current figure handle
                  f = gcf    the current figure, opening one if none is open
                """) { call in
                try call.require(0...0)
                return [.object(GraphicsHandle(.figure(m.currentOrNew()), in: m))]
            },
            builtin("gca", m, help: """
                gca - Current axes handle
                  ax = gca    the current axes of the current figure, made if needed
                """) { call in
                try call.require(0...0)
                return [call.axesValue(try GraphicsCall.currentAxes(m, function: "gca"))]
            },
            builtin("clf", m, help: """
                clf - Clear the current figure
                  clf, clf(f), clf reset    removes every axes and layout from the figure
                """) { call in
                let n = try figureNumber(call, m)
                _ = try plotting("clf") { () throws(PlotError) in try m.update(n) { (f: inout Figure) throws(PlotError) in f.clear() } }
                return call.nargout > 0 ? [.object(GraphicsHandle(.figure(n), in: m))] : []
            },
            builtin("close", m, help: """
                close - Close figures
                  close           closes the current figure
                  close(n), close(f)
                  close all       closes every figure
                """) { call in
                if call.arguments.count == 1, call.arguments[0].isText {
                    guard try call.text(0).lowercased() == "all" else {
                        throw GraphicsError.argument("close", "Specify a figure, a figure number or 'all'.")
                    }
                    m.closeAll()
                } else if let handle = call.handle {
                    m.close(handle.figureNumber)
                } else if let first = call.arguments.first {
                    let numbers = try call.numbers(first, what: "Figure numbers").elements
                    for n in numbers where n == n.rounded() && n >= 1 && n <= 1_000_000 { m.close(Int(n)) }
                } else if let n = m.currentNumber {
                    m.close(n)
                }
                return []
            },
            builtin("drawnow", m, help: """
                drawnow - Update figures
                  drawnow    figures changed by a statement are shown once the statement (or section)
                             finishes; drawnow keeps that schedule, so loops that call it stay fast
                """) { call in
                _ = try call.takeOptions(["limitrate", "nocallbacks"], className: "drawnow", strict: false)
                return []
            },
        ]
    }

    /// The figure a `clf`-like call names: a figure handle, a number, or the current figure.
    static func figureNumber(_ call: GraphicsCall, _ m: FigureManager) throws(RuntimeError) -> Int {
        if let handle = call.handle {
            guard m.isOpen(handle.figureNumber) else { throw GraphicsHandle.deleted }
            return handle.figureNumber
        }
        if let first = call.arguments.first, !first.isText {
            let n = try first.scalarInt()
            guard m.isOpen(n) else { throw GraphicsError.argument(call.name, "Figure \(n) is not open.") }
            return n
        }
        return m.currentOrNew()
    }
}
