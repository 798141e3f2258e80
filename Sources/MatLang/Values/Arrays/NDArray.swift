/// An N-dimensional array stored in column-major order, the storage behind every MatLang array class.
///
/// The size follows MATLAB's rules: it always has at least two dimensions, trailing singleton
/// dimensions beyond the second are dropped (`2×3×1` is `2×3`), and any dimension may be zero
/// (`zeros(0,3)` is a `0×3` empty array). Element `(i₁, i₂, …, iₙ)` (1-based) lives at linear
/// position `i₁ + (i₂−1)·d₁ + (i₃−1)·d₁·d₂ + …`.
public struct NDArray<Element> {
    /// The first extent (rows).
    private var extent0: Int
    /// The second extent (columns of a matrix).
    private var extent1: Int
    /// Extents from the third on; empty for matrices, so a 2-d size needs no allocation.
    private var higherExtents: [Int]

    /// The normalised size: at least two entries, no trailing ones beyond the second.
    public var size: [Int] {
        higherExtents.isEmpty ? [extent0, extent1] : [extent0, extent1] + higherExtents
    }

    /// Stores a normalised size.
    mutating func setSize(_ normalized: [Int]) {
        extent0 = normalized[0]
        extent1 = normalized[1]
        higherExtents = normalized.count > 2 ? Array(normalized[2...]) : []
    }
    /// The elements in column-major order; `elements.count` is the product of `size`.
    public var elements: [Element]

    /// Creates an array of the given size from column-major elements.
    ///
    /// - Precondition: `elements.count` equals the product of `size` and no dimension is negative.
    public init(size: [Int], elements: [Element]) {
        // Normalised in place (no size array is built): a mini-batch makes 128 of these.
        var rank = size.count
        while rank > 2 && size[rank - 1] == 1 { rank -= 1 }
        var product = 1
        for k in 0..<rank {
            precondition(size[k] >= 0, "negative dimension")
            product *= size[k]
        }
        precondition(product == elements.count, "element count does not match size")
        extent0 = rank > 0 ? size[0] : 1
        extent1 = rank > 1 ? size[1] : 1
        higherExtents = rank > 2 ? Array(size[2..<rank]) : []
        self.elements = elements
    }

    /// Creates an array of the given size with every element set to `value`.
    public init(size: [Int], repeating value: Element) {
        let normalized = NDArray.normalized(size.map { Swift.max($0, 0) })
        (extent0, extent1, higherExtents) = (0, 0, [])
        self.elements = Array(repeating: value, count: normalized.reduce(1, *))
        setSize(normalized)
    }

    /// Creates a `1×1` array holding one element.
    public init(scalar: Element) {
        (extent0, extent1, higherExtents) = (1, 1, [])
        self.elements = [scalar]
    }

    /// Creates a row vector (`1×n`) from the elements.
    public init(row elements: [Element]) {
        (extent0, extent1, higherExtents) = (1, elements.count, [])
        self.elements = elements
    }

    /// Creates a column vector (`n×1`) from the elements.
    public init(column elements: [Element]) {
        (extent0, extent1, higherExtents) = (elements.count, 1, [])
        self.elements = elements
    }

    /// The largest number of elements an operation reachable from user input may create
    /// (2²⁸, two gigabytes of doubles); larger requests throw ``RuntimeError/arrayTooLarge(elements:)``.
    public static var maximumElementCount: Int { 1 << 28 }

    /// A `0×0` empty array.
    public static var empty: NDArray<Element> { NDArray(size: [0, 0], elements: []) }

    /// The number of elements (MATLAB's `numel`).
    public var count: Int { elements.count }

    /// Whether any dimension is zero.
    public var isEmpty: Bool { elements.isEmpty }

    /// Whether the array is `1×1`.
    public var isScalar: Bool { elements.count == 1 }

    /// Whether the array is `1×n` or `n×1` (a scalar and `1×0`/`0×1` count as vectors).
    public var isVector: Bool { higherExtents.isEmpty && (extent0 == 1 || extent1 == 1) }

    /// The number of dimensions (`ndims`), at least 2.
    public var dimensionCount: Int { 2 + higherExtents.count }

    /// The extent of dimension `k` (1-based); dimensions past the last are 1.
    public func extent(_ k: Int) -> Int {
        switch k {
        case 1: return extent0
        case 2: return extent1
        default: return k - 3 < higherExtents.count ? higherExtents[k - 3] : 1
        }
    }

    /// Rows of a 2-d view: the first dimension.
    public var rows: Int { extent0 }

    /// Columns of a 2-d view: the product of every dimension after the first.
    public var columns: Int { higherExtents.isEmpty ? extent1 : higherExtents.reduce(extent1, *) }

    /// Returns the array with the same elements and a new size of equal element count.
    ///
    /// - Precondition: the element counts agree.
    public func reshaped(to newSize: [Int]) -> NDArray<Element> {
        NDArray(size: newSize, elements: elements)
    }

    /// Returns a new array with `transform` applied to every element, keeping the size.
    public func map<T>(_ transform: (Element) throws -> T) rethrows -> NDArray<T> {
        var result = NDArray<T>(row: try elements.map(transform))
        result.extent0 = extent0
        result.extent1 = extent1
        result.higherExtents = higherExtents
        return result
    }

    /// An array of this size holding other elements.
    ///
    /// - Precondition: `newElements.count == count`.
    public func withElements<T>(_ newElements: [T]) -> NDArray<T> {
        precondition(newElements.count == elements.count, "element count does not match size")
        var result = NDArray<T>(row: newElements)
        result.extent0 = extent0
        result.extent1 = extent1
        result.higherExtents = higherExtents
        return result
    }

    /// Whether two arrays have the same size (without building size vectors).
    public func hasSameSize<T>(as other: NDArray<T>) -> Bool {
        extent0 == other.extent0 && extent1 == other.extent1 && higherExtents == other.higherExtents
    }

    /// Element `(row, column)` of a 2-d view (0-based), for display and matrix algorithms.
    public subscript(row: Int, column: Int) -> Element {
        get { elements[row + column * extent0] }
        set { elements[row + column * extent0] = newValue }
    }

    /// Normalises a size vector: pads to two dimensions and drops trailing ones beyond the second.
    public static func normalized(_ size: [Int]) -> [Int] {
        var result = size
        while result.count < 2 { result.append(1) }
        while result.count > 2 && result.last == 1 { result.removeLast() }
        return result
    }

    /// The transpose of a 2-d array (`.'`).
    ///
    /// - Precondition: the array has two dimensions.
    public func transposed() -> NDArray<Element> {
        precondition(higherExtents.isEmpty, "transpose of an N-d array")
        let (r, c) = (extent0, extent1)
        guard r > 1 && c > 1 else { return NDArray(size: [c, r], elements: elements) }
        var out = [Element]()
        out.reserveCapacity(elements.count)
        for i in 0..<r {
            for j in 0..<c { out.append(elements[i + j * r]) }
        }
        return NDArray(size: [c, r], elements: out)
    }
}

extension NDArray: Sendable where Element: Sendable {}
extension NDArray: Equatable where Element: Equatable {}
