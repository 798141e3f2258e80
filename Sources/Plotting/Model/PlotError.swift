/// What can go wrong building or changing a figure from user input; rendered to text in `PlotError+Description.swift`.
public enum PlotError: Error, Equatable, Sendable {
    /// x and y (or z) data of a series differ in length.
    case lengthMismatch(function: String, counts: [Int])
    /// A line specification such as `'r--o'` that does not parse.
    case invalidLineSpec(String)
    /// A colour string that is not a MATLAB colour name or `#RRGGBB`.
    case invalidColor(String)
    /// A colormap name that is not known.
    case unknownColormap(String)
    /// A colormap with bad contents or size.
    case invalidColormap(String)
    /// Axis limits that are not two increasing values.
    case invalidLimits(axis: String, values: [Double])
    /// A tile index outside a fixed grid.
    case tileOutOfRange(index: Int, count: Int)
    /// A grid size that is not two positive integers.
    case invalidGridSize(rows: Int, columns: Int)
    /// A view that is not `[az el]`.
    case invalidView([Double])
    /// Image data whose size does not match its stated rows and columns.
    case invalidImage(String)
    /// A bin count that is not a positive integer, or above ``HistogramSeries/maximumBins``.
    case invalidBinCount(Int)
    /// A property that the object does not have.
    case unknownProperty(className: String, name: String)
    /// A property that can be read but not set.
    case readOnlyProperty(className: String, name: String)
    /// A property value of the wrong kind.
    case invalidPropertyValue(property: String, expected: String)
}
