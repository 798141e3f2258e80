/// A MATLAB categorical array: each element is a code into an ordered list of category names.
public struct CategoricalArray: Sendable, Equatable {
    /// The category names in order (`categories(c)`).
    public var categories: [String]
    /// One code per element: 1-based position in `categories`, 0 for `<undefined>`.
    public var codes: NDArray<Int>
    /// Whether the categories have a mathematical order (`Ordinal=true`).
    public var isOrdinal: Bool

    /// Creates a categorical array from its parts.
    ///
    /// - Precondition: every code is in `0...categories.count`.
    public init(categories: [String], codes: NDArray<Int>, isOrdinal: Bool = false) {
        precondition(codes.elements.allSatisfy { $0 >= 0 && $0 <= categories.count }, "categorical code")
        self.categories = categories
        self.codes = codes
        self.isOrdinal = isOrdinal
    }

    /// Creates a categorical array from labels; the categories are the distinct labels, sorted,
    /// unless `categories` is given. `nil` labels and labels outside the given categories are
    /// `<undefined>`.
    public init(labels: NDArray<String?>, categories: [String]? = nil, isOrdinal: Bool = false) {
        let list = categories ?? Array(Set(labels.elements.compactMap { $0 })).sorted()
        var position = [String: Int]()
        for (k, name) in list.enumerated() where position[name] == nil { position[name] = k + 1 }
        self.categories = list
        self.codes = labels.map { label in label.flatMap { position[$0] } ?? 0 }
        self.isOrdinal = isOrdinal
    }

    /// The size of the array.
    public var size: [Int] { codes.size }

    /// The label of each element (`nil` for `<undefined>`).
    public var labels: NDArray<String?> {
        codes.map { $0 == 0 ? nil : categories[$0 - 1] }
    }
}
