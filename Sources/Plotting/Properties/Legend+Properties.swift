extension Legend {
    /// Reads `String`, `Location` or `Visible`.
    public func property(_ path: ArraySlice<String>) throws(PlotError) -> PropertyValue {
        guard let first = path.first else { return .object(className: "Legend") }
        switch try PropertyPath.resolve(first, in: ["String", "Location", "Visible"], className: "Legend") {
        case "String": return .texts(self.String)
        case "Location": return .text(Location)
        default: return .onOff(Visible)
        }
    }

    /// Sets `String`, `Location` or `Visible`.
    public mutating func setProperty(_ path: ArraySlice<String>, to value: PropertyValue) throws(PlotError) {
        guard let first = path.first else { throw .invalidPropertyValue(property: "Legend", expected: "a property name") }
        switch try PropertyPath.resolve(first, in: ["String", "Location", "Visible"], className: "Legend") {
        case "String":
            switch value {
            case .texts(let t): self.String = t
            case .text(let t): self.String = [t]
            default: throw .invalidPropertyValue(property: "String", expected: "a string array")
            }
        case "Location":
            let known = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "best"]
            let text = try value.expectText("Location").lowercased()
            guard known.contains(text) else { throw .invalidPropertyValue(property: "Location", expected: "a location such as 'northeast'") }
            Location = text
        default:
            Visible = try value.expectSwitch("Visible")
        }
    }
}
