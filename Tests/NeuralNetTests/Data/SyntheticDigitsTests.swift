import Autograd
import Testing
@testable import NeuralNet

/// The standard sets are made once and shared: making them is the slow part in debug builds.
private enum Shared {
    static let training = SyntheticDigits.trainingSet(seed: 7)
    static let test = SyntheticDigits.testSet(seed: 7)
}

@Suite("Synthetic digits")
struct SyntheticDigitsTests {
    @Test("the standard set holds 5000 images of 28×28×1 with a label and an angle each")
    func standardShape() {
        let set = Shared.training
        #expect(set.images.shape == Shape([28, 28, 1, 5000]))
        #expect(set.labels.count == 5000)
        #expect(set.angles.count == 5000)
        #expect(set.count == 5000)
    }

    @Test("the same seed and split give the same bytes")
    func sameSeedSameBytes() throws {
        let first = try SyntheticDigits.make(.training, count: 300, seed: 11)
        let second = try SyntheticDigits.make(.training, count: 300, seed: 11)
        #expect(first.images.scalars == second.images.scalars)
        #expect(first.labels == second.labels)
        #expect(first.angles == second.angles)
    }

    @Test("different seeds give different images")
    func differentSeedsDiffer() throws {
        let first = try SyntheticDigits.make(.training, count: 300, seed: 11)
        let second = try SyntheticDigits.make(.training, count: 300, seed: 12)
        #expect(first.images.scalars != second.images.scalars)
        #expect(first.angles != second.angles)
    }

    @Test("the training and test sets of one seed differ")
    func splitsDiffer() {
        #expect(Shared.training.images.scalars != Shared.test.images.scalars)
        #expect(Shared.training.labels != Shared.test.labels)
    }

    @Test("pixels lie in [0, 1] with a dark background and bright strokes")
    func valueRange() {
        let values = Shared.training.images.scalars
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 })
        let darkShare = Double(values.filter { $0 == 0 }.count) / Double(values.count)
        #expect(darkShare > 0.6 && darkShare < 0.95)
        for n in stride(from: 0, to: 5000, by: 97) {
            let image = values[(n * 784)..<((n + 1) * 784)]
            #expect(image.max() == 1, "image \(n) has no fully inked pixel")
            #expect(image.filter { $0 > 0.5 }.count >= 20, "image \(n) has almost no ink")
        }
    }

    @Test("the border stays dark: the per-image bounding box keeps strokes inside the frame")
    func strokesStayInside() {
        let values = Shared.training.images.scalars
        var borderInk: Float = 0
        for n in 0..<5000 {
            for i in 0..<28 {
                let base = n * 784
                borderInk = max(borderInk, values[base + i], values[base + i + 28 * 27],
                                values[base + 28 * i], values[base + 27 + 28 * i])
            }
        }
        #expect(borderInk < 0.5)
    }

    @Test("the ten classes come in equal shares", arguments: [DigitSplit.training, .test])
    func classBalance(split: DigitSplit) {
        let set = split == .training ? Shared.training : Shared.test
        var counts = [Int](repeating: 0, count: 10)
        for label in set.labels { counts[label] += 1 }
        #expect(counts == [Int](repeating: 500, count: 10))
        #expect(Array(set.labels.prefix(20)) != (0..<20).map { $0 % 10 }, "labels are shuffled")
    }

    @Test("angles lie within ±45 degrees and cover both directions")
    func anglesWithinRange() {
        let angles = Shared.training.angles
        #expect(angles.allSatisfy { abs($0) <= SyntheticDigits.maximumAngle })
        #expect(angles.min()! < -40 && angles.max()! > 40)
        let mean = angles.reduce(0, +) / Double(angles.count)
        #expect(abs(mean) < 3)
    }

    @Test("a nearest-class-mean classifier learns the classes but not perfectly")
    func separability() {
        let training = Shared.training.images.scalars
        var means = [Float](repeating: 0, count: 10 * 784)
        for (n, label) in Shared.training.labels.enumerated() {
            for p in 0..<784 { means[label * 784 + p] += training[n * 784 + p] / 500 }
        }
        let test = Shared.test.images.scalars
        var correct = 0
        for (n, label) in Shared.test.labels.enumerated() {
            var best = 0, bestDistance = Float.infinity
            for k in 0..<10 {
                var distance: Float = 0
                for p in 0..<784 {
                    let d = test[n * 784 + p] - means[k * 784 + p]
                    distance += d * d
                }
                if distance < bestDistance { (best, bestDistance) = (k, distance) }
            }
            if best == label { correct += 1 }
        }
        let accuracy = Double(correct) / 5000
        #expect(accuracy > 0.5 && accuracy < 0.99, "accuracy \(accuracy)")
    }

    @Test("every digit has at least three glyph shapes, all of which get drawn")
    func glyphVariety() throws {
        #expect(DigitGlyphs.skeletons.count == 10)
        #expect(DigitGlyphs.skeletons.allSatisfy { $0.count >= 3 })
        var generator = RandomGenerator(seed: 3)
        for digit in 0..<10 {
            var seen = Set<Int>()
            for _ in 0..<200 { seen.insert(DigitStyle.random(for: digit, using: &generator).glyph) }
            #expect(seen.count == DigitGlyphs.skeletons[digit].count)
        }
    }

    @Test("a positive angle turns the glyph anticlockwise on screen")
    func rotationDirection() {
        let stem = Glyph([.polyline([SIMD2(0, 0), SIMD2(0, 1)])])
        let style = DigitStyle(glyph: 0, height: 20, aspect: 1, shear: 0, angle: 30, radius: 1, shift: .zero)
        let placed = style.place(stem, side: 28)[0]
        // The top end moves left, the bottom end right.
        #expect(placed[0].x < placed[1].x)
        #expect(placed[0].y < placed[1].y)
    }

    @Test("an empty set has zero images")
    func emptySet() throws {
        let set = try SyntheticDigits.make(.training, count: 0)
        #expect(set.images.shape == Shape([28, 28, 1, 0]))
        #expect(set.labels.isEmpty && set.angles.isEmpty)
    }

    @Test("counts outside 0…maximum are refused with a typed error", arguments: [-1, SyntheticDigits.maximumCount + 1])
    func badCount(count: Int) {
        #expect(throws: DataError.invalidArgument(name: "count", value: count,
                                                  requirement: "between 0 and \(SyntheticDigits.maximumCount)")) {
            try SyntheticDigits.make(.training, count: count)
        }
    }
}
