extension TiledLayout {
    /// Reads `Title` (and `Title.String`), `GridSize` or `TileSpacing`.
    public func property(_ path: [String]) throws(PlotError) -> PropertyValue {
        guard let first = path.first else { return .object(className: "TiledChartLayout") }
        switch try PropertyPath.resolve(first, in: ["Title", "GridSize", "TileSpacing"], className: "TiledChartLayout") {
        case "Title": return try Title.property(path.dropFirst())
        case "GridSize": return .numbers(GridSize.map(Double.init))
        default: return .text(TileSpacing.rawValue)
        }
    }

    /// Sets `Title.String` or `TileSpacing`; `GridSize` is read-only here.
    public mutating func setProperty(_ path: [String], to value: PropertyValue) throws(PlotError) {
        guard let first = path.first else { throw .invalidPropertyValue(property: "TiledChartLayout", expected: "a property name") }
        switch try PropertyPath.resolve(first, in: ["Title", "GridSize", "TileSpacing"], className: "TiledChartLayout") {
        case "Title": try Title.setProperty(path.dropFirst(), to: value)
        case "GridSize": throw .readOnlyProperty(className: "TiledChartLayout", name: "GridSize")
        default:
            guard let spacing = Plotting.TileSpacing(rawValue: try value.expectText("TileSpacing").lowercased()) else {
                throw .invalidPropertyValue(property: "TileSpacing", expected: "'loose', 'compact', 'tight' or 'none'")
            }
            TileSpacing = spacing
        }
    }
}

extension Figure {
    /// Reads `Number`, `Name` or `Position` (`[left bottom width height]`, left and bottom 0).
    public func property(_ path: [String]) throws(PlotError) -> PropertyValue {
        guard let first = path.first else { return .object(className: "Figure") }
        switch try PropertyPath.resolve(first, in: ["Number", "Name", "Position"], className: "Figure") {
        case "Number": return .number(Double(Number))
        case "Name": return .text(Name)
        default: return .numbers([0, 0] + Size)
        }
    }

    /// Sets `Name` or `Position` (its width and height must be positive and at most 10000); `Number` is read-only.
    public mutating func setProperty(_ path: [String], to value: PropertyValue) throws(PlotError) {
        guard let first = path.first else { throw .invalidPropertyValue(property: "Figure", expected: "a property name") }
        switch try PropertyPath.resolve(first, in: ["Number", "Name", "Position"], className: "Figure") {
        case "Number": throw .readOnlyProperty(className: "Figure", name: "Number")
        case "Name": Name = try value.expectText("Name")
        default:
            let v = try value.expectNumbers("Position", count: 4)
            guard v[2] > 0, v[3] > 0, v[2] <= 10_000, v[3] <= 10_000 else {
                throw .invalidPropertyValue(property: "Position", expected: "a positive width and height")
            }
            Size = [v[2], v[3]]
        }
    }
}
