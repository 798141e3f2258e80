/// How values are displayed: MATLAB's `format short`/`format long` and `format compact`/`loose`.
public struct DisplayFormat: Sendable, Equatable {
    /// How many digits numbers show.
    public enum Precision: Sendable, Equatable {
        /// `format short`: 4 digits after the point (5 significant in scaled matrices).
        case short
        /// `format long`: 15 digits after the point for double, 7 for single.
        case long
    }

    /// Whether blank lines surround displayed values.
    public enum Spacing: Sendable, Equatable {
        /// `format loose`: blank lines after `x =` and after the value (the default).
        case loose
        /// `format compact`: no blank lines.
        case compact
    }

    /// The digits shown.
    public var precision: Precision
    /// The blank-line policy.
    public var spacing: Spacing
    /// The terminal width in columns, used to split wide matrices into column groups.
    public var width: Int

    /// Arrays with more elements than this are shown as a one-line summary (`28×28×1×5000 double`).
    public var summaryThreshold: Int

    /// Creates a format; the default is MATLAB's startup `format short`, `format loose`, 80
    /// columns, and summaries for arrays of more than 1000 elements.
    public init(precision: Precision = .short, spacing: Spacing = .loose, width: Int = 80,
                summaryThreshold: Int = 1000) {
        self.precision = precision
        self.spacing = spacing
        self.width = width
        self.summaryThreshold = summaryThreshold
    }

    /// MATLAB's startup format.
    public static let standard = DisplayFormat()
}
