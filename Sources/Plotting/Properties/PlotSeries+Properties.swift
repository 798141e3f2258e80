extension PlotSeries {
    /// The MATLAB class name of the series (`Line`, `Bar`, `Histogram`, `Image`, `Patch`).
    public var className: String {
        switch self {
        case .line: "Line"
        case .bar: "Bar"
        case .histogram: "Histogram"
        case .image: "Image"
        case .patch: "Patch"
        }
    }

    private var propertyNames: [String] {
        switch self {
        case .line: ["XData", "YData", "ZData", "Color", "LineStyle", "Marker", "LineWidth", "DisplayName"]
        case .bar: ["XData", "YData", "BarWidth", "FaceColor", "DisplayName"]
        case .histogram: ["BinEdges", "Values", "FaceColor", "DisplayName"]
        case .image: ["CData", "CLim"]
        case .patch: ["XData", "YData", "ZData", "FaceColor", "EdgeColor", "DisplayName"]
        }
    }

    /// Reads a property of the series by name (case-insensitive).
    public func property(_ name: String) throws(PlotError) -> PropertyValue {
        let key = try PropertyPath.resolve(name, in: propertyNames, className: className)
        switch self {
        case .line(let s):
            switch key {
            case "XData": return .numbers(s.XData)
            case "YData": return .numbers(s.YData)
            case "ZData": return .numbers(s.ZData)
            case "Color": return .color(s.Color)
            case "LineStyle": return .text(s.LineStyle.rawValue)
            case "Marker": return .text(s.Marker.rawValue)
            case "LineWidth": return .number(s.LineWidth)
            default: return .text(s.DisplayName)
            }
        case .bar(let s):
            switch key {
            case "XData": return .numbers(s.XData)
            case "YData": return .numbers(s.YData)
            case "BarWidth": return .number(s.BarWidth)
            case "FaceColor": return .color(s.FaceColor)
            default: return .text(s.DisplayName)
            }
        case .histogram(let s):
            switch key {
            case "BinEdges": return .numbers(s.BinEdges)
            case "Values": return .numbers(s.Values)
            case "FaceColor": return .color(s.FaceColor)
            default: return .text(s.DisplayName)
            }
        case .image(let s):
            if key == "CLim" { return .numbers(s.CLim) }
            return .matrix(rows: s.rows, columns: s.columns * s.channels, values: s.CData)
        case .patch(let s):
            switch key {
            case "XData": return .numbers(s.XData)
            case "YData": return .numbers(s.YData)
            case "ZData": return .numbers(s.ZData)
            case "FaceColor": return .color(s.FaceColor)
            case "EdgeColor": return .color(s.EdgeColor)
            default: return .text(s.DisplayName)
            }
        }
    }

    /// Sets a property of the series by name (case-insensitive). Coordinate data must keep the
    /// length of the other coordinates; styles must be valid MATLAB values.
    public mutating func setProperty(_ name: String, to value: PropertyValue) throws(PlotError) {
        let key = try PropertyPath.resolve(name, in: propertyNames, className: className)
        func sameLength(_ new: [Double], as old: [Double]) throws(PlotError) -> [Double] {
            guard new.count == old.count else { throw .lengthMismatch(function: "set", counts: [new.count, old.count]) }
            return new
        }
        switch self {
        case .line(var s):
            switch key {
            case "XData": s.XData = try sameLength(value.expectNumbers(key), as: s.YData)
            case "YData": s.YData = try sameLength(value.expectNumbers(key), as: s.XData)
            case "ZData":
                let z = try value.expectNumbers(key)
                s.ZData = z.isEmpty ? [] : try sameLength(z, as: s.XData)
            case "Color": s.Color = try value.expectColor(key) ?? s.Color
            case "LineStyle":
                guard let style = LineStyle(rawValue: try value.expectText(key)) else {
                    throw .invalidPropertyValue(property: key, expected: "'-', '--', ':', '-.' or 'none'")
                }
                s.LineStyle = style
            case "Marker":
                guard let marker = Marker(rawValue: try value.expectText(key)) else {
                    throw .invalidPropertyValue(property: key, expected: "a marker such as 'o' or 'none'")
                }
                s.Marker = marker
            case "LineWidth":
                let w = try value.expectNumber(key)
                guard w > 0 else { throw .invalidPropertyValue(property: key, expected: "a positive number") }
                s.LineWidth = w
            default: s.DisplayName = try value.expectText(key)
            }
            self = .line(s)
        case .bar(var s):
            switch key {
            case "XData": s.XData = try sameLength(value.expectNumbers(key), as: s.YData)
            case "YData": s.YData = try sameLength(value.expectNumbers(key), as: s.XData)
            case "BarWidth":
                let w = try value.expectNumber(key)
                guard w > 0 else { throw .invalidPropertyValue(property: key, expected: "a positive number") }
                s.BarWidth = w
            case "FaceColor": s.FaceColor = try value.expectColor(key) ?? s.FaceColor
            default: s.DisplayName = try value.expectText(key)
            }
            self = .bar(s)
        case .histogram(var s):
            switch key {
            case "FaceColor": s.FaceColor = try value.expectColor(key) ?? s.FaceColor
            case "DisplayName": s.DisplayName = try value.expectText(key)
            default: throw .readOnlyProperty(className: className, name: key)
            }
            self = .histogram(s)
        case .image(var s):
            guard key == "CLim" else { throw .readOnlyProperty(className: className, name: key) }
            let limits = try value.expectNumbers(key, count: 2)
            guard limits[0] < limits[1] else { throw .invalidPropertyValue(property: key, expected: "two increasing numbers") }
            s.CLim = limits
            self = .image(s)
        case .patch(var s):
            switch key {
            case "XData": s.XData = try sameLength(value.expectNumbers(key), as: s.YData)
            case "YData": s.YData = try sameLength(value.expectNumbers(key), as: s.XData)
            case "ZData": s.ZData = try sameLength(value.expectNumbers(key), as: s.XData)
            case "FaceColor": s.FaceColor = try value.expectColor(key, allowNone: true)
            case "EdgeColor": s.EdgeColor = try value.expectColor(key, allowNone: true)
            default: s.DisplayName = try value.expectText(key)
            }
            self = .patch(s)
        }
    }
}
