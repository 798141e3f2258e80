import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `tiledlayout`, `nexttile`, `subplot`.
    static func layoutFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            builtin("tiledlayout", m, help: """
                tiledlayout - Create a tiled chart layout in the current figure
                  t = tiledlayout(m, n)          an m-by-n grid of tiles
                  t = tiledlayout("flow")        tiles flow into a near-square grid as they are added
                  t = tiledlayout(f, ...)        in figure f
                  tiledlayout(..., TileSpacing="tight")    "loose", "compact", "tight" or "none"
                Example: t = tiledlayout(1, 2); t.Title.String = "Activations"; nexttile; plot(x, y)
                """) { call in
                let options = try call.takeOptions(["TileSpacing", "Padding"], className: "TiledChartLayout")
                let n: Int
                if let handle = call.handle {
                    guard case .figure(let number) = handle.target, m.isOpen(number) else {
                        throw GraphicsError.argument("tiledlayout", "The first argument must be a figure.")
                    }
                    n = number
                    m.makeCurrent(n)
                } else {
                    n = m.currentOrNew()
                }
                var layout: TiledLayout
                if call.arguments.count == 1, call.arguments[0].isText {
                    guard try call.text(0).lowercased() == "flow" else {
                        throw GraphicsError.argument("tiledlayout", "The arrangement must be \"flow\" or a number of rows and columns.")
                    }
                    layout = TiledLayout.flow()
                } else if call.arguments.count == 2 {
                    let rows = try call.arguments[0].scalarInt(), columns = try call.arguments[1].scalarInt()
                    layout = try plotting("tiledlayout") { () throws(PlotError) in try TiledLayout(rows: rows, columns: columns) }
                } else if call.arguments.isEmpty {
                    layout = TiledLayout.flow()
                } else {
                    throw GraphicsError.argument("tiledlayout", "Specify the grid as (m, n) or \"flow\".")
                }
                for (key, value) in options where key == "TileSpacing" {
                    try plotting("tiledlayout") { () throws(PlotError) in
                        try layout.setProperty(["TileSpacing"], to: .text(try valueText(value)))
                    }
                }
                let id = m.replaceContent(n, with: .layout(layout))
                m.makeCurrent(n)
                return call.nargout > 0 ? [.object(GraphicsHandle(.layout(figure: n, content: id), in: m))] : []
            },
            builtin("nexttile", m, help: """
                nexttile - Make the next tile of a tiled layout current and return its axes
                  ax = nexttile          the tile after the current one
                  ax = nexttile(i)       tile i
                  ax = nexttile(t, i)    tile i of layout t
                Example: tiledlayout(2, 2); nexttile; plot(1:5); nexttile(4); bar([3 1 2])
                """) { call in
                try call.require(0...1)
                let index: Int? = try call.arguments.first.map { v throws(RuntimeError) in try v.scalarInt() }
                let n: Int
                if let handle = call.handle {
                    guard case .layout(let number, let content) = handle.target, m.contentID(number) == content else {
                        throw handle.isValid ? GraphicsError.argument("nexttile", "The first argument must be a tiled chart layout.")
                            : GraphicsHandle.deleted
                    }
                    n = number
                    m.makeCurrent(n)
                } else {
                    n = m.currentOrNew()
                    if case .layout? = m.figure(n)?.content {} else { _ = m.replaceContent(n, with: .layout(TiledLayout.flow())) }
                }
                let tile = try plotting("nexttile") { () throws(PlotError) in
                    try m.update(n) { (figure: inout Figure) throws(PlotError) -> Int in
                        guard case .layout(var layout) = figure.content else { return 0 }
                        let tile = try layout.nextTile(index)
                        figure.content = .layout(layout)
                        return tile
                    }
                }
                guard let content = m.contentID(n) else { throw GraphicsHandle.deleted }
                return call.nargout > 0 ? [call.axesValue(.init(figure: n, content: content, tile: tile))] : []
            },
            builtin("subplot", m, help: """
                subplot - Axes in a grid of the current figure
                  ax = subplot(m, n, p)    makes tile p of an m-by-n grid current (numbered along rows)
                """) { call in
                try call.require(3...3)
                let rows = try call.arguments[0].scalarInt(), columns = try call.arguments[1].scalarInt()
                let index = try call.arguments[2].scalarInt()
                let n = m.currentOrNew()
                do throws(PlotError) {
                    try m.update(n) { (figure: inout Figure) throws(PlotError) in
                        try figure.subplot(rows: rows, columns: columns, index: index)
                    }
                } catch {
                    // The grid is subplot's own, so its errors name subplot rather than the layout it builds.
                    if case .tileOutOfRange = error { throw GraphicsError.argument("subplot", "Index exceeds number of subplots.") }
                    let message = error.description.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? error.description
                    throw GraphicsError.argument("subplot", message)
                }
                guard let content = m.contentID(n) else { throw GraphicsHandle.deleted }
                return call.nargout > 0 ? [call.axesValue(.init(figure: n, content: content, tile: index))] : []
            },
            builtin("hold", m, help: """
                hold - Keep or replace plots in the current axes
                  hold on       new plots add to the axes
                  hold off      new plots replace what is there (the default)
                  hold(ax, "on")
                """) { call in
                try call.require(0...1)
                let address = try call.targetAxes()
                var mode: NextPlot?
                if !call.arguments.isEmpty {
                    switch try call.text(0).lowercased() {
                    case "on", "all": mode = .add
                    case "off": mode = .replace
                    default: throw GraphicsError.argument("hold", "Specify 'on' or 'off'.")
                    }
                }
                try call.update(address) { (axes: inout Axes) throws(PlotError) in axes.NextPlot = mode ?? (axes.NextPlot == .add ? .replace : .add) }
                return []
            },
        ]
    }

    /// The text of a name=value option's value.
    static func valueText(_ value: Value) throws(PlotError) -> String {
        guard value.isText, let text = try? value.text() else { throw .invalidPropertyValue(property: "option", expected: "text") }
        return text
    }
}
