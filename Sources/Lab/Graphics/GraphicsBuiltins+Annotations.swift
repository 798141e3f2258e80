import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `title`, `xlabel`, `ylabel`, `zlabel`, `legend`, `grid`, `view`, `xlim`, `ylim`, `zlim`.
    static func annotationFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            labelFunction("title", m, property: "Title", what: "the title above the axes (or above a tiled layout: title(t, …))"),
            labelFunction("xlabel", m, property: "XLabel", what: "the x-axis label"),
            labelFunction("ylabel", m, property: "YLabel", what: "the y-axis label"),
            labelFunction("zlabel", m, property: "ZLabel", what: "the z-axis label (3-D axes)"),
            limitFunction("xlim", m, axis: .x),
            limitFunction("ylim", m, axis: .y),
            limitFunction("zlim", m, axis: .z),
            builtin("legend", m, help: """
                legend - Legend naming the series of the axes
                  legend("a", "b")          names the series in order
                  legend(["a" "b"]), legend({'a', 'b'})
                  legend                    shows names from DisplayName (data1, data2, … when unnamed)
                  legend off, legend show
                  legend(ax, ...), legend(..., Location="northwest")
                Example: plot(x, [y1; y2]); legend("ReLU", "Gradient of ReLU")
                """) { call in
                let options = try call.takeOptions(["Location"], className: "Legend", strict: false)
                let address = try call.targetAxes()
                var names: [String] = []
                var visibility: Bool?
                if call.arguments.count == 1, case .char = call.arguments[0],
                   let word = try? call.text(0).lowercased(), ["off", "hide", "show", "boxon", "boxoff", "toggle"].contains(word) {
                    visibility = word != "off" && word != "hide"
                } else {
                    for value in call.arguments { names += try call.texts(value) }
                }
                var location: String?
                for (_, value) in options { location = try value.text() }
                try call.update(address) { (axes: inout Axes) throws(PlotError) in
                    if let visibility {
                        if visibility && axes.Legend == nil { axes.setLegend(defaultNames(axes)) }
                        axes.Legend?.Visible = visibility
                        return
                    }
                    axes.setLegend(names.isEmpty ? defaultNames(axes) : names)
                    if let location { try axes.Legend?.setProperty(["Location"], to: .text(location)) }
                }
                return []
            },
            builtin("grid", m, help: """
                grid - Grid lines at the ticks
                  grid on, grid off, grid (toggles), grid(ax, "on")
                """) { call in
                try call.require(0...1)
                let address = try call.targetAxes()
                var on: Bool?
                if !call.arguments.isEmpty {
                    switch try call.text(0).lowercased() {
                    case "on", "minor": on = true
                    case "off": on = false
                    default: throw GraphicsError.argument("grid", "Specify 'on' or 'off'.")
                    }
                }
                try call.update(address) { (axes: inout Axes) throws(PlotError) in axes.setGrid(on ?? !axes.XGrid) }
                return []
            },
            builtin("view", m, help: """
                view - Camera direction of the axes
                  view(az, el), view([az el])    azimuth and elevation in degrees
                  view(2), view(3)               the default 2-D and 3-D views
                  view(ax, ...)
                  v = view                       the current [az el]
                Example: view(ax, [-130 50])
                """) { call in
                try call.require(0...2)
                let address = try call.targetAxes()
                if call.arguments.isEmpty {
                    let axes = try GraphicsHandle(.axes(figure: address.figure, content: address.content, tile: address.tile), in: m)
                        .readAxes(address)
                    return [.row(axes.View)]
                }
                var values: [Double] = []
                for value in call.arguments { values += try call.numbers(value, what: "The view").elements }
                try call.update(address) { (axes: inout Axes) throws(PlotError) in try axes.setView(values) }
                return []
            },
        ]
    }

    /// Legend names for unnamed series: their `DisplayName`, else `data1`, `data2`, ….
    static func defaultNames(_ axes: Axes) -> [String] {
        axes.Children.filter { if case .image = $0 { false } else { true } }.enumerated().map { k, s in
            s.displayName.isEmpty ? "data\(k + 1)" : s.displayName
        }
    }

    /// A text-setting function (`title`, `xlabel`, …): the text may be a char row, a string or a string array
    /// (joined by spaces); the first argument may be an axes or, for `title`, a tiled layout.
    static func labelFunction(_ name: String, _ m: FigureManager, property: String, what: String) -> BuiltinFunction {
        builtin(name, m, help: """
            \(name) - Set \(what)
              \(name)(text)         text is a string or a character vector
              \(name)(ax, text)     in axes ax
              h = \(name)(...)      the text object, whose String can be changed later
            Example: \(name)("Iteration")
            """) { call in
            _ = try call.takeOptions(["FontSize", "FontWeight", "Interpreter", "Color"], className: "Text", strict: false)
            try call.require(1...1)
            let text = try call.texts(call.arguments[0]).joined(separator: " ")
            if let handle = call.handle, case .layout(let n, let content) = handle.target, property == "Title" {
                try handle.updateLayout(n, content) { (layout: inout TiledLayout) throws(PlotError) in layout.Title.String = text }
                let owner = GraphicsHandle.Owner.layout(figure: n, content: content)
                return call.nargout > 0 ? [.object(GraphicsHandle(.text(owner: owner, property: "Title"), in: m))] : []
            }
            let address = try call.targetAxes()
            try call.update(address) { (axes: inout Axes) throws(PlotError) in try axes.setProperty([property, "String"], to: .text(text)) }
            return call.nargout > 0 ? [.object(GraphicsHandle(.text(owner: .axes(address), property: property), in: m))] : []
        }
    }

    /// `xlim`/`ylim`/`zlim`: two limits (an `Inf` end stays automatic), `"auto"`, or no argument to read them.
    static func limitFunction(_ name: String, _ m: FigureManager, axis: AxisName) -> BuiltinFunction {
        builtin(name, m, help: """
            \(name) - Limits of the \(axis.rawValue) axis
              \(name)([lo hi])     fixed limits; -Inf or Inf leaves that end automatic
              \(name)("auto")      automatic limits
              \(name)(ax, ...)
              lim = \(name)        the limits drawn: as set, automatic ends worked out from the data
            Example: \(name)([1 Inf])
            """) { call in
            try call.require(0...1)
            let address = try call.targetAxes()
            guard let value = call.arguments.first else {
                let axes = try GraphicsHandle(.axes(figure: address.figure, content: address.content, tile: address.tile), in: m)
                    .readAxes(address)
                return [.row(axes.shownLimits(axis))]
            }
            let limits: [Double]
            if value.isText {
                guard ["auto", "tight"].contains(try call.text(0).lowercased()) else {
                    throw GraphicsError.argument(name, "Specify limits as [lo hi] or \"auto\".")
                }
                limits = [-.infinity, .infinity]
            } else {
                limits = try call.numbers(value, what: "Limits").elements
            }
            try call.update(address) { (axes: inout Axes) throws(PlotError) in try axes.setLimits(axis, limits) }
            return []
        }
    }
}
