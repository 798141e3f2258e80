/// A dense float32 N-d array, stored contiguously in column-major order (see ``Shape``).
///
/// `Tensor` is a value type with copy-on-write storage: copies are cheap until one of
/// them is mutated. Hot loops reach the elements through
/// ``withUnsafeBufferPointer(_:)`` and ``withUnsafeMutableBufferPointer(_:)``.
public struct Tensor: Sendable {
    /// The dimensions of the tensor.
    public internal(set) var shape: Shape
    @usableFromInline var storage: TensorStorage

    /// Creates a tensor of `shape` filled with `value`.
    public init(repeating value: Float, shape: Shape) {
        self.shape = shape
        self.storage = TensorStorage(count: shape.count, repeating: value)
    }

    /// Creates a tensor of zeros.
    public init(zeros shape: Shape) { self.init(repeating: 0, shape: shape) }

    /// Creates a tensor from column-major `scalars`; their count must equal `shape.count`.
    public init(shape: Shape, scalars: [Float]) {
        precondition(scalars.count == shape.count,
                     "Tensor: \(scalars.count) scalars for shape \(shape)")
        self.shape = shape
        self.storage = TensorStorage(copying: scalars)
    }

    /// Creates a tensor of `shape` whose elements are written by `body` into an
    /// uninitialised-but-zeroed buffer of `shape.count` elements.
    public init(shape: Shape, filling body: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows {
        self.shape = shape
        self.storage = TensorStorage(count: shape.count, repeating: 0)
        try body(storage.buffer)
    }

    /// Creates a tensor whose every element `body` must write: the buffer starts uninitialised,
    /// which saves clearing it when it is about to be overwritten (a batch of images, say).
    public init(unsafeUninitializedShape shape: Shape, initializingWith body: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows {
        try self.init(uninitializedShape: shape, body)
    }

    /// Creates a tensor whose every element `body` must write; the buffer starts uninitialised.
    init(uninitializedShape shape: Shape, _ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows {
        self.shape = shape
        self.storage = TensorStorage(uninitializedCount: shape.count)
        try body(storage.buffer)
    }

    /// A rank-0 tensor holding one value.
    public init(scalar: Float) {
        self.init(shape: Shape([]), scalars: [scalar])
    }

    /// The number of elements.
    public var count: Int { shape.count }

    /// The elements in column-major order.
    public var scalars: [Float] { Array(storage.buffer) }

    /// The single element of a one-element tensor.
    public var scalar: Float {
        precondition(count == 1, "Tensor.scalar: tensor has \(count) elements")
        return storage.buffer[0]
    }

    /// Element at a linear (column-major, 0-based) index.
    public subscript(linear index: Int) -> Float {
        get { storage.buffer[index] }
        set { makeUnique(); storage.buffer[index] = newValue }
    }

    /// Calls `body` with the elements, read-only.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(storage.buffer))
    }

    /// Calls `body` with the elements, writable; copies the storage first if it is shared.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        makeUnique()
        return try body(storage.buffer)
    }

    /// Calls `body` with the current elements and a buffer for the new ones, for an update
    /// that reads each element before writing it (an optimizer step, say). A uniquely held
    /// tensor passes the same buffer twice and is updated in place; a shared one gets fresh
    /// storage, which saves copying elements that are about to be overwritten.
    @inlinable
    public mutating func replaceElements<R>(
        _ body: (_ old: UnsafeBufferPointer<Float>, _ new: UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        if isKnownUniquelyReferenced(&storage) {
            return try body(UnsafeBufferPointer(storage.buffer), storage.buffer)
        }
        let old = storage
        storage = TensorStorage(uninitializedCount: old.buffer.count)
        return try body(UnsafeBufferPointer(old.buffer), storage.buffer)
    }

    /// The same elements viewed with another shape of equal element count.
    public func reshaped(to newShape: Shape) -> Tensor {
        precondition(newShape.count == count, "Tensor.reshaped: \(shape) has \(count) elements, \(newShape) needs \(newShape.count)")
        var copy = self
        copy.shape = newShape
        return copy
    }

    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy()
        }
    }
}

/// The heap buffer behind a ``Tensor``; 64-byte aligned for SIMD and BLAS.
@usableFromInline
final class TensorStorage: @unchecked Sendable {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<Float>

    init(count: Int, repeating value: Float) {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        let pointer = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        pointer.initialize(repeating: value, count: max(count, 1))
        buffer = UnsafeMutableBufferPointer(start: pointer, count: count)
    }

    @usableFromInline
    init(uninitializedCount count: Int) {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        buffer = UnsafeMutableBufferPointer(
            start: raw.bindMemory(to: Float.self, capacity: max(count, 1)), count: count)
    }

    convenience init(copying scalars: [Float]) {
        self.init(count: scalars.count, repeating: 0)
        _ = buffer.initialize(from: scalars)
    }

    @usableFromInline
    func copy() -> TensorStorage {
        let other = TensorStorage(uninitializedCount: buffer.count)
        if buffer.count > 0 {
            other.buffer.baseAddress!.initialize(from: buffer.baseAddress!, count: buffer.count)
        }
        return other
    }

    deinit {
        UnsafeMutableRawPointer(buffer.baseAddress!).deallocate()
    }
}
