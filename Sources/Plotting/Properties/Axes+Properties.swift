extension TextLabel {
    /// Reads `String` (the only property of a text object here).
    public func property(_ path: ArraySlice<String>) throws(PlotError) -> PropertyValue {
        guard let name = path.first else { return .object(className: "Text") }
        _ = try PropertyPath.resolve(name, in: ["String"], className: "Text")
        guard path.count == 1 else { throw .unknownProperty(className: "char", name: path.dropFirst().joined(separator: ".")) }
        return .text(self.String)
    }

    /// Sets `String`.
    public mutating func setProperty(_ path: ArraySlice<String>, to value: PropertyValue) throws(PlotError) {
        guard let name = path.first, path.count == 1 else { throw .readOnlyProperty(className: "Axes", name: "Title") }
        _ = try PropertyPath.resolve(name, in: ["String"], className: "Text")
        switch value {
        case .text(let s): self.String = s
        case .texts(let lines): self.String = lines.joined(separator: " ")
        default: throw .invalidPropertyValue(property: "String", expected: "a string")
        }
    }
}

extension Axes {
    /// The property names `get(ax)` lists.
    public static let propertyNames = [
        "Title", "XLabel", "YLabel", "ZLabel", "XLim", "YLim", "ZLim", "XScale", "YScale", "XGrid", "YGrid", "ZGrid",
        "NextPlot", "View", "Colormap", "Visible", "Legend",
    ]

    /// Reads a property by MATLAB path, such as `["XLim"]` or `["Title", "String"]` (names case-insensitive).
    public func property(_ path: [String]) throws(PlotError) -> PropertyValue {
        guard let first = path.first else { return .object(className: "Axes") }
        let name = try PropertyPath.resolve(first, in: Axes.propertyNames, className: "Axes")
        let rest = path.dropFirst()
        switch name {
        case "Title": return try Title.property(rest)
        case "XLabel": return try XLabel.property(rest)
        case "YLabel": return try YLabel.property(rest)
        case "ZLabel": return try ZLabel.property(rest)
        case "Legend":
            guard let Legend else { return .numbers([]) }
            return try Legend.property(rest)
        default:
            guard rest.isEmpty else { throw .unknownProperty(className: "double", name: rest.joined(separator: ".")) }
        }
        switch name {
        case "XLim": return .numbers(shownLimits(.x))
        case "YLim": return .numbers(shownLimits(.y))
        case "ZLim": return .numbers(shownLimits(.z))
        case "XScale": return .text(XScale.rawValue)
        case "YScale": return .text(YScale.rawValue)
        case "XGrid": return .onOff(XGrid)
        case "YGrid": return .onOff(YGrid)
        case "ZGrid": return .onOff(ZGrid)
        case "NextPlot": return .text(NextPlot.rawValue)
        case "View": return .numbers(View)
        case "Visible": return .onOff(Visible)
        default:
            return .matrix(rows: Colormap.count, columns: 3, values: Colormap.colors.flatMap { [$0.r, $0.g, $0.b] })
        }
    }

    /// Sets a property by MATLAB path, validating the value as MATLAB does (limits increasing, scales
    /// `"linear"`/`"log"`, switches `"on"`/`"off"`, colormaps n×3 in 0…1).
    public mutating func setProperty(_ path: [String], to value: PropertyValue) throws(PlotError) {
        guard let first = path.first else { throw .invalidPropertyValue(property: "Axes", expected: "a property name") }
        let name = try PropertyPath.resolve(first, in: Axes.propertyNames, className: "Axes")
        let rest = path.dropFirst()
        switch name {
        case "Title": try Title.setProperty(rest, to: value)
        case "XLabel": try XLabel.setProperty(rest, to: value)
        case "YLabel": try YLabel.setProperty(rest, to: value)
        case "ZLabel": try ZLabel.setProperty(rest, to: value)
        case "Legend":
            var legend = Legend ?? Plotting.Legend([])
            try legend.setProperty(rest, to: value)
            Legend = legend
        case "XLim": try setLimits(.x, value.expectNumbers(name))
        case "YLim": try setLimits(.y, value.expectNumbers(name))
        case "ZLim": try setLimits(.z, value.expectNumbers(name))
        case "XScale", "YScale":
            guard let scale = AxisScale(rawValue: try value.expectText(name).lowercased()) else {
                throw .invalidPropertyValue(property: name, expected: "'linear' or 'log'")
            }
            if name == "XScale" { XScale = scale } else { YScale = scale }
        case "XGrid": XGrid = try value.expectSwitch(name)
        case "YGrid": YGrid = try value.expectSwitch(name)
        case "ZGrid": ZGrid = try value.expectSwitch(name)
        case "NextPlot":
            let text = try value.expectText(name).lowercased()
            guard let mode = text == "replacechildren" ? .replace : Plotting.NextPlot(rawValue: text) else {
                throw .invalidPropertyValue(property: name, expected: "'replace' or 'add'")
            }
            NextPlot = mode
        case "View": try setView(value.expectNumbers(name))
        case "Visible": Visible = try value.expectSwitch(name)
        default:
            let values = try value.expectNumbers(name)
            guard values.count >= 3, values.count % 3 == 0, values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                throw .invalidColormap("expected an n×3 matrix of values in 0…1")
            }
            Colormap = try Plotting.Colormap(colors: stride(from: 0, to: values.count, by: 3).map { RGB(values[$0], values[$0 + 1], values[$0 + 2]) })
        }
    }
}
