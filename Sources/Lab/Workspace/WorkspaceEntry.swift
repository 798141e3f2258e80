import MatLang

/// One row of `whos`: a variable's name, size, bytes, class and, for numeric and logical arrays,
/// its smallest and largest element (NaN ignored, as MATLAB's Workspace pane shows them).
struct WorkspaceEntry: Sendable, Equatable {
    let name: String
    let size: [Int]
    let bytes: Int
    let className: String
    let minimum: Double?
    let maximum: Double?

    /// Describes the variable `name` holding `value`.
    init(name: String, value: Value) {
        self.name = name
        self.size = value.size
        self.bytes = value.byteCount
        self.className = value.className
        let range = WorkspaceEntry.range(of: value)
        self.minimum = range?.0
        self.maximum = range?.1
    }

    /// The smallest and largest non-NaN element of a non-empty double, single or logical array;
    /// NaN for both when every element is NaN.
    static func range(of value: Value) -> (Double, Double)? {
        switch value {
        case .double, .single, .logical:
            guard !value.isEmpty, let elements = try? value.doubleArray().elements else { return nil }
            var low = Double.infinity
            var high = -Double.infinity
            for x in elements where !x.isNaN {
                low = Swift.min(low, x)
                high = Swift.max(high, x)
            }
            return low > high ? (.nan, .nan) : (low, high)
        default:
            return nil
        }
    }

    /// `2x3`, the way `whos` writes sizes.
    var sizeText: String { size.map(String.init).joined(separator: "x") }

    /// A number in the Workspace pane's short form: integers in full, others to 4 significant digits.
    static func numberText(_ x: Double) -> String {
        if x.isNaN || x.isInfinite || (x == x.rounded() && Swift.abs(x) < 1e15) { return NumberText.compact(x) }
        return NumberText.cFormat(x, "%.4g")
    }
}
