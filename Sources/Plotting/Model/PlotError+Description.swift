extension PlotError: CustomStringConvertible {
    /// The message a user sees, worded like MATLAB's.
    public var description: String {
        switch self {
        case .lengthMismatch(let function, let counts):
            let sizes = counts.map(String.init).joined(separator: ", ")
            return "Error using \(function)\nVectors must be the same length (got \(sizes))."
        case .invalidLineSpec(let spec):
            return "Error in color/linetype argument: '\(spec)' is not a valid line specification."
        case .invalidColor(let text):
            return "Invalid color '\(text)': use a name such as 'r' or 'red', an RGB triplet, or a hex code such as '#D9D9D9'."
        case .unknownColormap(let name):
            return "Unrecognized colormap '\(name)'. Use parula, gray, hot or jet."
        case .invalidColormap(let why):
            return "Invalid colormap: \(why)."
        case .invalidLimits(let axis, let values):
            let shown = values.map { $0.description }.joined(separator: " ")
            return "Error using \(axis)lim\nLimits must be a 2-element vector of increasing numeric values (got [\(shown)])."
        case .tileOutOfRange(let index, let count):
            return "Error using nexttile\nTile number \(index) is out of range; the layout has \(count) tiles."
        case .invalidGridSize(let rows, let columns):
            return "Error using tiledlayout\nGrid size must be positive integers (got \(rows)×\(columns))."
        case .invalidView(let values):
            let shown = values.map { $0.description }.joined(separator: " ")
            return "Error using view\nSpecify the view as [az el] in degrees (got [\(shown)])."
        case .invalidImage(let why):
            return "Invalid image data: \(why)."
        case .invalidBinCount(let n):
            return "Error using histogram\nNumber of bins must be a positive integer no greater than \(HistogramSeries.maximumBins) (got \(n))."
        case .unknownProperty(let className, let name):
            return "Unrecognized property '\(name)' for class '\(className)'."
        case .readOnlyProperty(let className, let name):
            return "Unable to set the '\(name)' property of class '\(className)' because it is read-only."
        case .invalidPropertyValue(let property, let expected):
            return "Invalid value for '\(property)': expected \(expected)."
        }
    }
}
