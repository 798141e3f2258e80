@testable import MatLang
import Testing

@Suite("An array that shows part of a shared buffer behaves as the value it shows")
struct ArrayViewTests {
    /// Three 2×2 views of one twelve-element buffer, in order.
    private let buffer = (1...12).map(Double.init)
    private var views: [NDArray<Double>] {
        (0..<3).map { NDArray(size: [2, 2], viewing: buffer, from: 4 * $0) }
    }

    @Test("A view reads as its run of the buffer, by elements, position and equality")
    func viewReadsItsRun() {
        let middle = views[1]
        #expect(middle.size == [2, 2])
        #expect(middle.count == 4)
        #expect(middle.elements == [5, 6, 7, 8])
        #expect((0..<4).map { middle[linear: $0] } == [5, 6, 7, 8])
        #expect(middle[1, 1] == 8)
        #expect(middle == NDArray(size: [2, 2], elements: [5, 6, 7, 8]))
        #expect(middle != views[0])
        #expect(middle.withUnsafeElements { Array($0) } == [5, 6, 7, 8])
        #expect(middle.map { $0 * 2 }.elements == [10, 12, 14, 16])
        #expect(middle.transposed().elements == [5, 7, 6, 8])
        #expect(middle.reshaped(to: [4, 1]).elements == [5, 6, 7, 8])
    }

    @Test("Changing a view changes only that view, never the buffer or the views beside it")
    func changingAViewCopiesIt() {
        var all = views
        all[1].elements[0] = -1
        #expect(all[1].elements == [-1, 6, 7, 8])
        #expect(all[0].elements == [1, 2, 3, 4])
        #expect(all[2].elements == [9, 10, 11, 12])
        #expect(buffer[4] == 5)
        var resized = views[2]
        resized.setSize([4, 1])
        #expect(resized.elements == [9, 10, 11, 12])
    }

    @Test("Views joined in order along their last dimension share the buffer; any other join copies")
    func joiningViews() throws {
        let joined = try #require(NDArray.concatenating(views, along: 3))
        #expect(joined.size == [2, 2, 3])
        #expect(joined.elements == buffer)
        #expect(joined.storageRun().buffer == views[0].storageRun().buffer)

        let firstTwo = try #require(NDArray.concatenating(Array(views[0..<2]), along: 3))
        #expect(firstTwo.elements == Array(buffer[0..<8]))
        #expect(firstTwo.storageRun().buffer == views[0].storageRun().buffer)

        let reversed = try #require(NDArray.concatenating(views.reversed(), along: 3))
        #expect(reversed.elements == Array(buffer[8..<12] + buffer[4..<8] + buffer[0..<4]))
        #expect(reversed.storageRun().buffer != views[0].storageRun().buffer)

        // Along the rows the runs interleave, so the join is a copy with the columns in turn.
        let rows = try #require(NDArray.concatenating(Array(views[0..<2]), along: 1))
        #expect(rows.size == [4, 2])
        #expect(rows.elements == [1, 2, 5, 6, 3, 4, 7, 8])

        let repeated = try #require(NDArray.concatenating([views[0], views[0]], along: 3))
        #expect(repeated.elements == [1, 2, 3, 4, 1, 2, 3, 4])
    }

    @Test("Single-precision values shown as doubles read, change and join as doubles")
    func singlePrecisionViews() throws {
        let singles: [Float] = [0.5, -1, .infinity, 3, 1e-3, 6, 7, .nan]
        let first = NDArray(size: [1, 4], showingSingles: Singles(singles), from: 0)
        let parts = [first, first.sameSizeView(from: 4)]
        #expect(parts[0].elements == [0.5, -1, .infinity, 3])
        #expect(parts[1][linear: 0] == Double(Float(1e-3)))
        let shown = try #require(parts[1].singlePrecisionRun)
        #expect(shown.start == 4)
        #expect(shown.buffer.withUnsafeSingles { Array($0[4..<7]) } == [1e-3, 6, 7])
        #expect(parts[1].elements.last!.isNaN)

        let joined = try #require(NDArray.concatenating(parts, along: 3))
        #expect(joined.size == [1, 4, 2])
        #expect(joined.singlePrecisionRun?.start == 0)
        #expect(joined.storageRun().buffer == parts[0].storageRun().buffer)
        #expect(Array(joined.elements.prefix(7)) == singles.prefix(7).map(Double.init))

        let swapped = try #require(NDArray.concatenating(parts.reversed(), along: 3))
        #expect(swapped.singlePrecisionRun == nil)
        #expect(Array(swapped.elements.prefix(3)) == [Double(Float(1e-3)), 6, 7])

        var changed = parts[0]
        changed.elements[1] = 0.1
        #expect(changed.singlePrecisionRun == nil)
        #expect(changed.elements == [0.5, 0.1, .infinity, 3])
        #expect(parts[0].elements == [0.5, -1, .infinity, 3])
        #expect(changed.reshaped(to: [2, 2]).elements == [0.5, 0.1, .infinity, 3])
    }

    @Test("cat of observation views in order shares their buffer; out of order or from another buffer it copies")
    func catOfViewValues() throws {
        let singles = Singles((0..<24).map(Float.init))
        let first = NDArray(size: [2, 3], showingSingles: singles, from: 0)
        let parts = (0..<4).map { Value.double(first.sameSizeView(from: 6 * $0)) }
        func buffer(_ value: Value) -> UnsafeRawPointer? {
            if case .double(let a) = value { return a.storageRun().buffer }
            return nil
        }

        let joined = try Value.concatenate(parts, along: 3)
        #expect(joined.size == [2, 3, 4])
        #expect(try joined.doubleArray().elements == (0..<24).map(Double.init))
        #expect(buffer(joined) == buffer(parts[0]))

        let tail = try Value.concatenate(Array(parts[1...]), along: 3)
        #expect(try tail.doubleArray().elements == (6..<24).map(Double.init))
        #expect(buffer(tail) == buffer(parts[0]))

        let swapped = try Value.concatenate([parts[0], parts[2], parts[1]], along: 3)
        #expect(try swapped.doubleArray().elements == (0..<6).map(Double.init) + (12..<18).map(Double.init) + (6..<12).map(Double.init))
        #expect(buffer(swapped) != buffer(parts[0]))

        let other = Value.double(NDArray(size: [2, 3], showingSingles: Singles((0..<24).map(Float.init)), from: 6))
        let mixed = try Value.concatenate([parts[0], other], along: 3)
        #expect(try mixed.doubleArray().elements == (0..<12).map(Double.init))
        #expect(buffer(mixed) != buffer(parts[0]))

        let reshaped = Value.double(NDArray(size: [3, 2], showingSingles: singles, from: 6))
        #expect(throws: RuntimeError.self) { try Value.concatenate([parts[0], reshaped], along: 3) }
    }
}

/// Single-precision values for views to show.
private final class Singles: SinglePrecisionBuffer {
    let values: [Float]

    init(_ values: [Float]) { self.values = values }

    func withUnsafeSingles<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try values.withUnsafeBufferPointer(body)
    }
}
