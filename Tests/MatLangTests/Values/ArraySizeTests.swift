import MatLang
import Testing

@Suite("An array's size follows MATLAB's rules whatever size vector it is built from")
struct ArraySizeTests {
    @Test("Sizes pad to two dimensions and drop trailing ones beyond the second", arguments: [
        ([Int](), [1, 1]), ([3], [3, 1]), ([2, 3, 1, 1], [2, 3]), ([2, 1, 4], [2, 1, 4]),
        ([1, 1, 1], [1, 1]), ([0, 3], [0, 3]), ([2, 0, 1], [2, 0]), ([1, 2, 1, 3], [1, 2, 1, 3]),
    ])
    func normalisedSizes(size: [Int], expected: [Int]) {
        let count = size.reduce(1, *)
        let array = NDArray(size: size, elements: [Double](repeating: 0, count: count))
        #expect(array.size == expected)
        #expect(array.dimensionCount == expected.count)
        #expect(array.count == count)
        for (k, extent) in expected.enumerated() { #expect(array.extent(k + 1) == extent) }
        #expect(array.extent(expected.count + 1) == 1)
    }
}
