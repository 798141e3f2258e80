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
    /// Extents from the third on, and a single-precision view's values; nil for a matrix of
    /// its own elements, so copying the common array costs one reference count besides its
    /// elements'.
    private var tail: NDArrayTail?

    /// Extents from the third on; empty for matrices.
    private var higherExtents: [Int] {
        get { tail?.higherExtents ?? [] }
        set { tail = NDArrayTail.make(newValue, singles: tail?.singles, count: tail?.singlesCount) }
    }

    /// The normalised size: at least two entries, no trailing ones beyond the second.
    public var size: [Int] {
        higherExtents.isEmpty ? [extent0, extent1] : [extent0, extent1] + higherExtents
    }

    /// Stores a normalised size.
    mutating func setSize(_ normalized: [Int]) {
        if isView { ownStorage() }
        extent0 = normalized[0]
        extent1 = normalized[1]
        higherExtents = normalized.count > 2 ? Array(normalized[2...]) : []
    }

    /// The buffer the elements live in: all of it, unless ``viewStart`` says otherwise.
    private var storage: [Element]
    /// For a view, the position of its first element in its buffer (``storage``, or
    /// ``singles``); `-1` when the array is all of ``storage``.
    private var viewStart = -1
    /// For a view of single-precision values shown as doubles (converted on reading), the
    /// values; only double arrays have them (see ``init(size:showingSingles:from:)``).
    private var singles: (any SinglePrecisionBuffer)? {
        get { tail?.singles }
        set { tail = NDArrayTail.make(higherExtents, singles: newValue) }
    }

    /// Whether the array shows part of a buffer, or single-precision values.
    private var isView: Bool {
        @inline(__always) get { viewStart >= 0 }
    }

    /// The elements in column-major order; `elements.count` is the product of `size`.
    ///
    /// A view's elements are copied out on reading and made the array's own before any change,
    /// so a view behaves as the value it shows.
    public var elements: [Element] {
        _read {
            // Lent in place, not copied out: the common case costs no reference count.
            if !isView {
                yield storage
            } else {
                yield viewElements()
            }
        }
        _modify {
            if isView { ownStorage() }
            yield &storage
        }
        set {
            storage = newValue
            viewStart = -1
            singles = nil
        }
    }

    /// A view's elements, copied out of its buffer.
    @inline(never)
    private func viewElements() -> [Element] {
        if let singles {
            return singles.withUnsafeSingles { Self.widened(UnsafeBufferPointer(rebasing: $0[viewStart..<(viewStart + count)])) }
        }
        return Array(storage[viewStart..<(viewStart + count)])
    }

    /// Makes a view's elements the whole of its own storage.
    private mutating func ownStorage() {
        storage = elements
        viewStart = -1
        singles = nil
    }

    /// Single-precision values as elements; only called for views of `singles`, which only
    /// double arrays have (see ``init(size:showingSingles:from:)``).
    private static func widened(_ singles: UnsafeBufferPointer<Float>) -> [Element] {
        precondition(Element.self == Double.self, "single-precision views are double arrays")
        let doubles = [Double](unsafeUninitializedCapacity: singles.count) { buffer, initialized in
            for (k, x) in singles.enumerated() { buffer[k] = Double(x) }
            initialized = singles.count
        }
        return unsafeBitCast(doubles, to: [Element].self)
    }
    /// Creates an array of the given size from column-major elements.
    ///
    /// - Precondition: `elements.count` equals the product of `size` and no dimension is negative.
    public init(size: [Int], elements: [Element]) {
        self.init(size: size, storage: elements, elementCount: elements.count)
    }

    /// A view of `count` consecutive elements of `storage` from `start` on (the product of
    /// `size`), sharing its memory until either side changes; a view of all of `storage` is
    /// simply an array of it.
    ///
    /// Many arrays can show runs of one buffer: a mini-batch's observations are views of the
    /// batch, and joining them back in order along their last dimension copies nothing.
    ///
    /// - Precondition: the run lies inside `storage`.
    public init(size: [Int], viewing storage: [Element], from start: Int) {
        let count = size.reduce(1, *)
        precondition(start >= 0 && start + count <= storage.count, "view outside its storage")
        self.init(size: size, storage: storage, elementCount: count)
        if start != 0 || count != storage.count { viewStart = start }
    }

    /// An array of `size` whose `elementCount` elements are at the start of `storage`.
    private init(size: [Int], storage: [Element], elementCount: Int) {
        // Normalised in place (no size array is built): a mini-batch makes 128 of these.
        var rank = size.count
        while rank > 2 && size[rank - 1] == 1 { rank -= 1 }
        var product = 1
        for k in 0..<rank {
            precondition(size[k] >= 0, "negative dimension")
            product *= size[k]
        }
        precondition(product == elementCount, "element count does not match size")
        extent0 = rank > 0 ? size[0] : 1
        extent1 = rank > 1 ? size[1] : 1
        tail = rank > 2 ? NDArrayTail(Array(size[2..<rank]), singles: nil) : nil
        self.storage = storage
    }

    /// Creates an array of the given size with every element set to `value`.
    public init(size: [Int], repeating value: Element) {
        let normalized = NDArray.normalized(size.map { Swift.max($0, 0) })
        (extent0, extent1, tail) = (0, 0, nil)
        storage = Array(repeating: value, count: normalized.reduce(1, *))
        setSize(normalized)
    }

    /// Creates a `1×1` array holding one element.
    public init(scalar: Element) {
        (extent0, extent1, tail) = (1, 1, nil)
        storage = [scalar]
    }

    /// Creates a row vector (`1×n`) from the elements.
    public init(row elements: [Element]) {
        (extent0, extent1, tail) = (1, elements.count, nil)
        storage = elements
    }

    /// Creates a column vector (`n×1`) from the elements.
    public init(column elements: [Element]) {
        (extent0, extent1, tail) = (elements.count, 1, nil)
        storage = elements
    }

    /// The largest number of elements an operation reachable from user input may create
    /// (2²⁸, two gigabytes of doubles); larger requests throw ``RuntimeError/arrayTooLarge(elements:)``.
    public static var maximumElementCount: Int { 1 << 28 }

    /// A `0×0` empty array.
    public static var empty: NDArray<Element> { NDArray(size: [0, 0], elements: []) }

    /// The number of elements (MATLAB's `numel`).
    public var count: Int {
        @inline(__always) get { isView ? viewCount : storage.count }
    }

    /// A view's element count, the product of its extents.
    @inline(never)
    private var viewCount: Int {
        guard let tail else { return extent0 * extent1 }
        return tail.higherExtents.reduce(extent0 * extent1, *)
    }

    /// Whether any dimension is zero.
    public var isEmpty: Bool { count == 0 }

    /// Whether the array is `1×1`.
    public var isScalar: Bool { count == 1 }

    /// Element `position` (0-based, column-major), read in place, views included.
    public subscript(linear position: Int) -> Element {
        @inline(__always) get { isView ? viewElement(position) : storage[position] }
    }

    /// Element `position` of a view.
    @inline(never)
    private func viewElement(_ position: Int) -> Element {
        if let singles { return unsafeBitCast(singles.withUnsafeSingles { Double($0[viewStart + position]) }, to: Element.self) }
        return storage[viewStart + position]
    }

    /// Calls `body` with the elements in place (a view's run of its storage, not a copy; a view
    /// of single-precision values is converted first).
    public func withUnsafeElements<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        guard isView else { return try storage.withUnsafeBufferPointer(body) }
        if singles != nil { return try elements.withUnsafeBufferPointer(body) }
        return try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[viewStart..<(viewStart + count)]))
        }
    }

    /// Whether this array has `head`'s size and shows `head`'s buffer from `start` on: the
    /// next part of a run that joining can share (see ``storageRun()``). Two views holding one
    /// tail are answered from the tail's identity, without reading either buffer.
    func continuesRun(of head: NDArray<Element>, from start: Int) -> Bool {
        guard extent0 == head.extent0, extent1 == head.extent1, Swift.max(viewStart, 0) == start else { return false }
        if tail != nil && tail === head.tail && singles != nil { return true }
        guard higherExtents == head.higherExtents else { return false }
        return storageRun().buffer == head.storageRun().buffer
    }

    /// Where the elements lie: the buffer (two arrays with the same `buffer` share memory),
    /// the position of the first element in it, and its length.
    func storageRun() -> (buffer: UnsafeRawPointer?, start: Int, total: Int) {
        let start = Swift.max(viewStart, 0)
        if let tail, let identity = tail.singlesIdentity {
            return (UnsafeRawPointer(bitPattern: UInt(bitPattern: identity)), start, tail.singlesCount)
        }
        return storage.withUnsafeBufferPointer { (UnsafeRawPointer($0.baseAddress), start, $0.count) }
    }

    /// How many elements the buffer this array shows holds (``storage``, or a view's singles).
    private var bufferCount: Int {
        if let tail, tail.singles != nil { return tail.singlesCount }
        return storage.count
    }

    /// An array of `size` showing the elements of this array's buffer from `start` on.
    func sharingStorage(size: [Int], from start: Int) -> NDArray<Element> {
        guard let singles else { return NDArray(size: size, viewing: storage, from: start) }
        var result = NDArray(size: size, storage: [], elementCount: size.reduce(1, *))
        precondition(start >= 0 && start + result.count <= bufferCount, "view outside its storage")
        (result.viewStart, result.tail) = (start, NDArrayTail.make(result.higherExtents, singles: singles, count: bufferCount))
        return result
    }

    /// Whether the array is `1×n` or `n×1` (a scalar and `1×0`/`0×1` count as vectors).
    public var isVector: Bool { higherExtents.isEmpty && (extent0 == 1 || extent1 == 1) }

    /// The number of dimensions (`ndims`), at least 2.
    public var dimensionCount: Int { 2 + higherExtents.count }

    /// The extent of dimension `k` (1-based); dimensions past the last are 1.
    public func extent(_ k: Int) -> Int {
        switch k {
        case 1: return extent0
        case 2: return extent1
        default:
            // Read in place (no copy of the extents): a mini-batch's join checks 128 parts.
            guard let tail, k - 3 < tail.higherExtents.count else { return 1 }
            return tail.higherExtents[k - 3]
        }
    }

    /// Rows of a 2-d view: the first dimension.
    public var rows: Int { extent0 }

    /// Columns of a 2-d view: the product of every dimension after the first.
    public var columns: Int { higherExtents.isEmpty ? extent1 : higherExtents.reduce(extent1, *) }

    /// A view of the same size showing the run of this array's buffer from `start` on: the
    /// views of a batch, one per observation, are made from the first without working out the
    /// size again.
    ///
    /// - Precondition: the run lies inside the buffer.
    public func sameSizeView(from start: Int) -> NDArray<Element> {
        precondition(start >= 0 && start + count <= bufferCount, "view outside its storage")
        var result = self
        result.viewStart = start
        if singles == nil && start == 0 && count == bufferCount { result.viewStart = -1 }
        return result
    }

    /// Returns the array with the same elements and a new size of equal element count.
    ///
    /// - Precondition: the element counts agree.
    public func reshaped(to newSize: [Int]) -> NDArray<Element> {
        sharingStorage(size: newSize, from: Swift.max(viewStart, 0))
    }

    /// Returns a new array with `transform` applied to every element, keeping the size.
    public func map<T>(_ transform: (Element) throws -> T) rethrows -> NDArray<T> {
        var result = NDArray<T>(row: try withUnsafeElements { try $0.map(transform) })
        result.extent0 = extent0
        result.extent1 = extent1
        result.tail = singles == nil ? tail : NDArrayTail.make(higherExtents, singles: nil)
        return result
    }

    /// An array of this size holding other elements.
    ///
    /// - Precondition: `newElements.count == count`.
    public func withElements<T>(_ newElements: [T]) -> NDArray<T> {
        precondition(newElements.count == count, "element count does not match size")
        var result = NDArray<T>(row: newElements)
        result.extent0 = extent0
        result.extent1 = extent1
        result.tail = singles == nil ? tail : NDArrayTail.make(higherExtents, singles: nil)
        return result
    }

    /// Whether two arrays have the same size (without building size vectors).
    public func hasSameSize<T>(as other: NDArray<T>) -> Bool {
        extent0 == other.extent0 && extent1 == other.extent1 && higherExtents == other.higherExtents
    }

    /// Element `(row, column)` of a 2-d view (0-based), for display and matrix algorithms.
    public subscript(row: Int, column: Int) -> Element {
        get { self[linear: row + column * extent0] }
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
        out.reserveCapacity(count)
        for i in 0..<r {
            for j in 0..<c { out.append(self[linear: i + j * r]) }
        }
        return NDArray(size: [c, r], elements: out)
    }
}

extension NDArray: Sendable where Element: Sendable {}

extension NDArray where Element == Double {
    /// A double array showing `count` single-precision values of `singles` from `start` on
    /// (the product of `size`), converted when read: a datastore of single-precision images
    /// hands out double observations without writing twice the bytes, and a batch joined back
    /// from them is still its single-precision values.
    ///
    /// - Precondition: the run lies inside `singles`.
    public init(size: [Int], showingSingles singles: any SinglePrecisionBuffer, from start: Int) {
        let count = size.reduce(1, *)
        precondition(start >= 0 && start + count <= singles.withUnsafeSingles(\.count), "view outside its storage")
        self.init(size: size, storage: [], elementCount: count)
        (viewStart, self.singles) = (start, singles)
    }

    /// The single-precision values a view of them shows (each one the element exactly): the
    /// buffer and where in it the elements start; nil for an array of doubles.
    public var singlePrecisionRun: (buffer: any SinglePrecisionBuffer, start: Int)? {
        singles.map { ($0, viewStart) }
    }
}

extension NDArray: Equatable where Element: Equatable {
    /// Same size and same elements (a view equals the array it shows).
    public static func == (lhs: NDArray, rhs: NDArray) -> Bool {
        lhs.hasSameSize(as: rhs) && lhs.withUnsafeElements { l in rhs.withUnsafeElements { r in l.elementsEqual(r) } }
    }
}

/// Single-precision values someone else keeps (a datastore's batch, a tensor) that double
/// arrays can show without converting them (see ``NDArray/init(size:showingSingles:from:)``).
public protocol SinglePrecisionBuffer: AnyObject, Sendable {
    /// Calls `body` with the values.
    func withUnsafeSingles<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R
}

/// What an ``NDArray`` keeps beyond a matrix of its own elements: extents from the third on, and
/// a single-precision view's values. Shared by copies, never changed.
private final class NDArrayTail: Sendable {
    let higherExtents: [Int]
    let singles: (any SinglePrecisionBuffer)?
    /// How many values `singles` holds, and where it lives: asked once, not at every join.
    let singlesCount: Int
    let singlesIdentity: ObjectIdentifier?

    init(_ higherExtents: [Int], singles: (any SinglePrecisionBuffer)?, count: Int? = nil) {
        self.higherExtents = higherExtents
        self.singles = singles
        singlesCount = count ?? singles?.withUnsafeSingles(\.count) ?? 0
        singlesIdentity = singles.map { ObjectIdentifier($0) }
    }

    /// A tail holding these, or nil when there is nothing to hold.
    static func make(_ higherExtents: [Int], singles: (any SinglePrecisionBuffer)?, count: Int? = nil) -> NDArrayTail? {
        higherExtents.isEmpty && singles == nil ? nil : NDArrayTail(higherExtents, singles: singles, count: count)
    }
}
