import MatLang
import Plotting

extension GraphicsHandle {
    /// The property names shown when the handle is displayed.
    public var propertyNames: [String] {
        switch target {
        case .figure: ["Number", "Name", "Position"]
        case .layout: ["Title", "GridSize", "TileSpacing"]
        case .axes: Axes.propertyNames
        case .text: ["String"]
        case .series(let address, let index):
            switch (try? readAxes(address))?.Children[safe: index] {
            case .line?: ["XData", "YData", "ZData", "Color", "LineStyle", "Marker", "LineWidth", "DisplayName"]
            case .bar?: ["XData", "YData", "BarWidth", "FaceColor", "DisplayName"]
            case .histogram?: ["BinEdges", "Values", "FaceColor", "DisplayName"]
            case .image?: ["CData", "CLim"]
            case .patch?: ["XData", "YData", "ZData", "FaceColor", "EdgeColor", "DisplayName"]
            case nil: []
            }
        }
    }

    /// A summary line and one line per property, as MATLAB shows a graphics object; deleted handles say so.
    public func displayBody(format: DisplayFormat) -> String? {
        guard isValid else { return "  handle to deleted \(summary.split(separator: " ").last ?? "")\n" }
        var lines = ["  \(summary.split(separator: " ").last ?? "") with properties:", ""]
        let width = propertyNames.map(\.count).max() ?? 0
        for name in propertyNames {
            guard let value = try? property(name) else { continue }
            lines.append(String(repeating: " ", count: 4 + width - name.count) + name + ": " + GraphicsHandle.brief(value))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func brief(_ value: Value) -> String {
        switch value {
        case .char: return "'" + ((try? value.text()) ?? "") + "'"
        case .object(let o): return "[1×1 \(o.summary.split(separator: " ").last ?? "")]"
        case .double(let a) where a.count <= 4:
            return a.count == 1 ? NumberText.compact(a[linear: 0]) : "[" + a.elements.map(NumberText.compact).joined(separator: " ") + "]"
        default: return "[" + value.size.map(String.init).joined(separator: "×") + " \(value.className)]"
        }
    }

    /// Reads a property (`f.Number`, `t.Title`, `ax.XLim`, `h.Color`); names are case-insensitive.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        switch target {
        case .figure(let n):
            guard let figure = manager.figure(n) else { throw GraphicsHandle.deleted }
            return try plotting("get") { () throws(PlotError) in try figure.property([name]) }.value
        case .layout(let n, let content):
            guard manager.contentID(n) == content, case .layout(let layout)? = manager.figure(n)?.content else {
                throw GraphicsHandle.deleted
            }
            if name.lowercased() == "title" {
                return .object(GraphicsHandle(.text(owner: .layout(figure: n, content: content), property: "Title"), in: manager))
            }
            return try plotting("get") { () throws(PlotError) in try layout.property([name]) }.value
        case .axes(let figure, let content, let tile):
            let address = AxesAddress(figure: figure, content: content, tile: tile)
            let axes = try readAxes(address)
            if let label = ["Title", "XLabel", "YLabel", "ZLabel"].first(where: { $0.lowercased() == name.lowercased() }) {
                return .object(GraphicsHandle(.text(owner: .axes(address), property: label), in: manager))
            }
            if name.lowercased() == "children" {
                return .cellRow(axes.Children.indices.reversed().map {
                    .object(GraphicsHandle(.series(axes: address, index: $0), in: manager))
                })
            }
            return try plotting("get") { () throws(PlotError) in try axes.property([name]) }.value
        case .text(let owner, let label):
            let text = try readText(owner, label)
            return try plotting("get") { () throws(PlotError) in try text.property(ArraySlice([name])) }.value
        case .series(let address, let index):
            let axes = try readAxes(address)
            guard axes.Children.indices.contains(index) else { throw GraphicsHandle.deleted }
            return try plotting("get") { () throws(PlotError) in try axes.Children[index].property(name) }.value
        }
    }

    /// Sets a property through the handle and returns the same handle (handles share their object).
    public func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject {
        if case .object(let other as GraphicsHandle) = value, case .text(_, let label) = other.target,
           label.lowercased() == name.lowercased() {
            return self
        }
        let new = try PropertyValue(value, property: name)
        switch target {
        case .figure(let n):
            guard manager.isOpen(n) else { throw GraphicsHandle.deleted }
            try plotting("set") { () throws(PlotError) in try manager.update(n) { (f: inout Figure) throws(PlotError) in try f.setProperty([name], to: new) } }
        case .layout(let n, let content):
            try updateLayout(n, content) { (l: inout TiledLayout) throws(PlotError) in
                try l.setProperty(name.lowercased() == "title" ? ["Title", "String"] : [name], to: new)
            }
        case .axes(let figure, let content, let tile):
            try updateAxes(AxesAddress(figure: figure, content: content, tile: tile)) { (axes: inout Axes) throws(PlotError) in
                let isLabel = ["title", "xlabel", "ylabel", "zlabel"].contains(name.lowercased())
                try axes.setProperty(isLabel ? [name, "String"] : [name], to: new)
            }
        case .text(.layout(let n, let content), _):
            try updateLayout(n, content) { (l: inout TiledLayout) throws(PlotError) in try l.setProperty(["Title", name], to: new) }
        case .text(.axes(let address), let label):
            try updateAxes(address) { (axes: inout Axes) throws(PlotError) in try axes.setProperty([label, name], to: new) }
        case .series(let address, let index):
            try updateAxes(address) { (axes: inout Axes) throws(PlotError) in
                guard axes.Children.indices.contains(index) else { throw .invalidPropertyValue(property: name, expected: "a valid object") }
                try axes.Children[index].setProperty(name, to: new)
            }
        }
        return self
    }

    private func readText(_ owner: Owner, _ label: String) throws(RuntimeError) -> TextLabel {
        switch owner {
        case .layout(let n, let content):
            guard manager.contentID(n) == content, case .layout(let layout)? = manager.figure(n)?.content else {
                throw GraphicsHandle.deleted
            }
            return layout.Title
        case .axes(let address):
            let axes = try readAxes(address)
            switch label {
            case "XLabel": return axes.XLabel
            case "YLabel": return axes.YLabel
            case "ZLabel": return axes.ZLabel
            default: return axes.Title
            }
        }
    }

    func updateLayout(_ n: Int, _ content: Int, _ change: (inout TiledLayout) throws(PlotError) -> Void) throws(RuntimeError) {
        guard manager.contentID(n) == content, case .layout? = manager.figure(n)?.content else { throw GraphicsHandle.deleted }
        try plotting("set") { () throws(PlotError) in
            try manager.update(n) { (figure: inout Figure) throws(PlotError) in
                guard case .layout(var layout) = figure.content else { return }
                try change(&layout)
                figure.content = .layout(layout)
            }
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
