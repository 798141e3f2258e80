/// A MATLAB categorical array: each element is a code into an ordered list of category names.
///
/// The parts live in one shared box, so copying a categorical value (a mini-batch passes 128
/// one-label values through a cell array and `cat`) costs one reference count, not three; the
/// box is copied before a change when it is shared.
public struct CategoricalArray: Sendable, Equatable {
    /// The category names in order (`categories(c)`).
    public var categories: [String] {
        _read { yield box.categories }
        _modify { yield &uniqueBox().categories }
    }
    /// One code per element: 1-based position in `categories`, 0 for `<undefined>`.
    public var codes: NDArray<Int> {
        _read { yield box.codes }
        _modify { yield &uniqueBox().codes }
    }
    /// Whether the categories have a mathematical order (`Ordinal=true`).
    public var isOrdinal: Bool {
        _read { yield box.isOrdinal }
        _modify { yield &uniqueBox().isOrdinal }
    }

    /// The parts.
    private var box: Box

    /// The box, copied first when another value shares it.
    private mutating func uniqueBox() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(categories: box.categories, codes: box.codes, isOrdinal: box.isOrdinal) }
        return box
    }

    /// The storage of a categorical array.
    ///
    /// NOTE: `@unchecked Sendable` because it is only changed through ``uniqueBox()``, when no
    /// other value can see it.
    private final class Box: @unchecked Sendable {
        var categories: [String]
        var codes: NDArray<Int>
        var isOrdinal: Bool

        init(categories: [String], codes: NDArray<Int>, isOrdinal: Bool) {
            self.categories = categories
            self.codes = codes
            self.isOrdinal = isOrdinal
        }
    }

    public static func == (lhs: CategoricalArray, rhs: CategoricalArray) -> Bool {
        lhs.box === rhs.box || (lhs.categories == rhs.categories && lhs.codes == rhs.codes && lhs.isOrdinal == rhs.isOrdinal)
    }

    /// Creates a categorical array from its parts.
    ///
    /// - Precondition: every code is in `0...categories.count`.
    public init(categories: [String], codes: NDArray<Int>, isOrdinal: Bool = false) {
        precondition(codes.elements.allSatisfy { $0 >= 0 && $0 <= categories.count }, "categorical code")
        box = Box(categories: categories, codes: codes, isOrdinal: isOrdinal)
    }

    /// Creates a categorical array from labels; the categories are the distinct labels, sorted,
    /// unless `categories` is given. `nil` labels and labels outside the given categories are
    /// `<undefined>`.
    public init(labels: NDArray<String?>, categories: [String]? = nil, isOrdinal: Bool = false) {
        let list = categories ?? Array(Set(labels.elements.compactMap { $0 })).sorted()
        var position = [String: Int]()
        for (k, name) in list.enumerated() where position[name] == nil { position[name] = k + 1 }
        box = Box(categories: list, codes: labels.map { label in label.flatMap { position[$0] } ?? 0 }, isOrdinal: isOrdinal)
    }

    /// The size of the array.
    public var size: [Int] { codes.size }

    /// The label of each element (`nil` for `<undefined>`).
    public var labels: NDArray<String?> {
        codes.map { $0 == 0 ? nil : categories[$0 - 1] }
    }
}
