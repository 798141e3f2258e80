import Autograd
import Foundation
import Testing

/// A naive column-major matrix product in Float64, for reference.
func naiveProduct(_ a: Tensor, transposeA: Bool, _ b: Tensor, transposeB: Bool) -> [Double] {
    let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let n = transposeB ? b.shape[0] : b.shape[1]
    func elementA(_ i: Int, _ p: Int) -> Double {
        Double(transposeA ? a[linear: p + i * a.shape[0]] : a[linear: i + p * a.shape[0]])
    }
    func elementB(_ p: Int, _ j: Int) -> Double {
        Double(transposeB ? b[linear: j + p * b.shape[0]] : b[linear: p + j * b.shape[0]])
    }
    var c = [Double](repeating: 0, count: m * n)
    for j in 0..<n { for i in 0..<m { for p in 0..<k { c[i + j * m] += elementA(i, p) * elementB(p, j) } } }
    return c
}

@Suite("Kernels")
struct KernelTests {
    @Test("GEMM matches a naive loop for every transpose combination",
          arguments: [(false, false), (true, false), (false, true), (true, true)])
    func gemmMatchesNaiveLoop(_ transposes: (Bool, Bool)) throws {
        var s = Sampler(seed: 5)
        let (m, k, n) = (17, 33, 9)
        let a = s.uniform(transposes.0 ? [k, m] : [m, k])
        let b = s.uniform(transposes.1 ? [n, k] : [k, n])
        let c = try a.matmul(b, transposeSelf: transposes.0, transposeOther: transposes.1)
        #expect(c.shape == Shape([m, n]))
        let reference = naiveProduct(a, transposeA: transposes.0, b, transposeB: transposes.1)
        for i in 0..<c.count { #expect(abs(Double(c[linear: i]) - reference[i]) < 1e-4) }
    }

    @Test("Implicit expansion matches an element-by-element loop",
          arguments: [
            ([3, 4], [3, 4]), ([3, 4], [3, 1]), ([3, 4], [1, 4]), ([3, 1], [1, 4]),
            ([1, 1], [2, 3, 4]), ([2, 1, 4], [1, 3, 1]), ([2, 3, 4], [2, 3]), ([5], [1, 3]),
          ])
    func expansionMatchesLoop(_ shapes: ([Int], [Int])) throws {
        var s = Sampler(seed: 6)
        let a = s.uniform(Shape(shapes.0)), b = s.uniform(Shape(shapes.1))
        let c = try a.subtracting(b)
        let rank = max(shapes.0.count, shapes.1.count)
        let dims = (0..<rank).map { max(a.shape[$0], b.shape[$0]) }
        #expect(c.shape.isEquivalent(to: Shape(dims)))
        func offset(_ index: [Int], in shape: Shape) -> Int {
            var offset = 0, step = 1
            for axis in 0..<rank {
                offset += (shape[axis] == 1 ? 0 : index[axis]) * step
                step *= shape[axis]
            }
            return offset
        }
        for linear in 0..<c.count {
            var rest = linear
            let index = dims.map { extent -> Int in defer { rest /= extent }; return rest % extent }
            let expected = a[linear: offset(index, in: a.shape)] - b[linear: offset(index, in: b.shape)]
            #expect(c[linear: linear] == expected)
        }
    }

    @Test("Softmax columns sum to one and survive large logits")
    func softmaxIsStable() {
        let logits = Tensor(shape: [3, 2], scalars: [1000, 1001, 1002, -5, 0, 5])
        let p = logits.softmax()
        #expect(p.isFinite)
        for column in 0..<2 {
            let total = (0..<3).map { p[linear: column * 3 + $0] }.reduce(0, +)
            #expect(abs(total - 1) < 1e-6)
        }
        #expect(abs(p[linear: 2] - 0.66524) < 1e-4)
    }

    @Test("Cross-entropy of uniform predictions is ln of the class count")
    func crossEntropyOfUniformPredictions() throws {
        let tape = Tape()
        let logits = tape.constant(Tensor(zeros: [10, 128]))
        var s = Sampler(seed: 7)
        let targets = tape.constant(s.oneHot(classes: 10, batch: 128))
        let fused = try tape.softmaxCrossEntropy(logits: logits, targets: targets)
        let plain = try tape.crossEntropy(try tape.softmax(logits), targets)
        #expect(abs(fused.value.scalar - 2.302585) < 1e-5)
        #expect(abs(plain.value.scalar - 2.302585) < 1e-5)
    }

    @Test("Half mean squared error divides by twice the observation count")
    func meanSquaredErrorIsHalved() throws {
        let tape = Tape()
        let y = tape.constant(Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        let t = tape.constant(Tensor(zeros: [2, 2]))
        #expect(try tape.meanSquaredError(y, t).value.scalar == 30 / 4)
    }

    @Test("Reductions along each axis and over all elements")
    func reductions() throws {
        let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(try x.summed(alongAxis: 0).scalars == [3, 7, 11])
        #expect(try x.summed(alongAxis: 1).scalars == [9, 12])
        #expect(try x.summed(alongAxis: 1).shape == Shape([2, 1]))
        #expect(try x.summed(alongAxis: 2).scalars == x.scalars)
        #expect(x.summed().scalar == 21)
        #expect(try x.mean(alongAxis: 1).scalars == [3, 4])
        #expect(try x.max(alongAxis: 0).scalars == [2, 4, 6])
        #expect(try x.max().scalar == 6)
        #expect(try x.min(alongAxis: 1).scalars == [1, 2])
        #expect(try x.min().scalar == 1)
        #expect(x.sumOfSquares().scalar == 91)
        #expect(abs(Double(x.l2Norm) - 91.0.squareRoot()) < 1e-5)
    }

    @Test("Permute reorders dimensions as MATLAB does")
    func permuteMatchesMatlab() throws {
        let x = Tensor(shape: [2, 3, 2], scalars: (0..<12).map(Float.init))
        let y = try x.permuted([2, 0, 1])
        #expect(y.shape == Shape([2, 2, 3]))
        // y(k, i, j) = x(i, j, k)
        for i in 0..<2 { for j in 0..<3 { for k in 0..<2 {
            #expect(y[linear: k + 2 * i + 4 * j] == x[linear: i + 2 * j + 6 * k])
        } } }
        #expect(try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]).transposed().scalars == [1, 3, 5, 2, 4, 6])
    }

    @Test("Concatenation joins along any dimension as MATLAB's cat")
    func concatenation() throws {
        let a = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]), b = Tensor(shape: [2, 1], scalars: [5, 6])
        #expect(try a.concatenated(with: b, alongAxis: 1).scalars == [1, 2, 3, 4, 5, 6])
        #expect(try a.concatenated(with: a, alongAxis: 0).scalars == [1, 2, 1, 2, 3, 4, 3, 4])
        #expect(try a.concatenated(with: a, alongAxis: 2).shape == Shape([2, 2, 2]))
        #expect(throws: TensorError.incompatibleShapes(op: "cat", lhs: [2, 2], rhs: [2, 1])) {
            try a.concatenated(with: b, alongAxis: 0)
        }
    }

    @Test("The first non-finite node is found in forward order")
    func firstNonFiniteNode() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [-1, 4]), name: "X")
        let y = try tape.withLabel("fc_1") { try tape.sqrt(x) }
        _ = try tape.log(y)
        let node = try #require(tape.firstNonFiniteNode())
        #expect(node.id == y.id)
        #expect(node.label == NodeLabel(layer: "fc_1", name: "sqrt"))
        #expect(node.value.firstNonFiniteIndex == 0)
    }

    @Test("The first non-finite op skips data leaves: bad input is reported where it is first used")
    func firstNonFiniteOpSkipsLeaves() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [.nan, 4]), name: "X")
        let y = try tape.withLabel("fc_1") { try tape.exp(x) }
        #expect(tape.firstNonFiniteNode()?.id == x.id)
        #expect(tape.firstNonFiniteOp()?.id == y.id)
    }

    @Test("Finiteness is seen at every position, in the eight-lane part and in the tail",
          arguments: [0, 7, 8, 15, 16, 31, 36])
    func finitenessAtEveryPosition(position: Int) {
        for bad in [Float.nan, .infinity, -.infinity] {
            var scalars = [Float](repeating: 1.5, count: 37)
            #expect(Tensor(shape: [37], scalars: scalars).isFinite)
            scalars[position] = bad
            #expect(!Tensor(shape: [37], scalars: scalars).isFinite)
        }
    }

    @Test("Replacing elements updates a unique tensor in place and gives a shared one new storage")
    func replaceElements() {
        var unique = Tensor(shape: [3], scalars: [1, 2, 3])
        let aliased = unique.replaceElements { old, new in old.baseAddress == UnsafePointer(new.baseAddress) }
        #expect(aliased)
        var shared = Tensor(shape: [3], scalars: [1, 2, 3])
        let other = shared
        let separate = shared.replaceElements { old, new in
            for i in 0..<3 { new[i] = old[i] * 10 }
            return old.baseAddress != UnsafePointer(new.baseAddress)
        }
        #expect(separate)
        #expect(shared.scalars == [10, 20, 30])
        #expect(other.scalars == [1, 2, 3])
    }

    @Test("Precision conversions round to nearest and widen exactly")
    func precisionConversions() {
        // 37 elements: through the vector loop and its scalar tail.
        let pattern: [Double] = [0.1, -1e-50, 3.4e39, .nan, 1 + 0x1p-30, 2.5]
        let doubles = (0..<37).map { pattern[$0 % pattern.count] }
        var floats = [Float](repeating: 0, count: doubles.count)
        Precision.narrow(doubles, into: &floats, count: doubles.count)
        for (d, f) in zip(doubles, floats) where !d.isNaN { #expect(f == Float(d)) }
        #expect(floats[3].isNaN && floats[33].isNaN)
        var back = [Double](repeating: 0, count: doubles.count)
        Precision.widen(floats, into: &back, count: floats.count)
        for (f, d) in zip(floats, back) where !f.isNaN { #expect(d == Double(f)) }
        let tensor = Tensor(shape: [floats.count], scalars: floats)
        #expect(tensor.doubleScalars.count == 37)
        for (d, f) in zip(tensor.doubleScalars, floats) { #expect(d == Double(f) || (d.isNaN && f.isNaN)) }
        #expect(Tensor(shape: [0], scalars: []).doubleScalars.isEmpty)
    }

    @Test("The BLAS thread count can be set")
    func blasThreadCount() {
        let saved = BLAS.threadCount
        BLAS.setThreadCount(1)
        #expect(BLAS.threadCount == 1)
        BLAS.setThreadCount(saved)
    }
}

@Suite("Vectorised exponential")
struct VectorExpTests {
    @Test("exp and sigmoid match libm closely, with NaN, overflow and underflow handled")
    func expMatchesLibm() {
        var values: [Float] = stride(from: -90, through: 90, by: 0.37).map { Float($0) }
        values += [0, -0.0, 1e-8, -1e-8, 88.7, 89, -87, -88, -200, .infinity, -.infinity, .nan]
        let x = Tensor(shape: [values.count], scalars: values)
        let e = x.exp(), s = x.sigmoid()
        for (i, v) in values.enumerated() {
            let reference = Foundation.exp(Double(v))
            let sigmoid = 1 / (1 + Foundation.exp(-Double(v)))
            if v.isNaN {
                #expect(e[linear: i].isNaN && s[linear: i].isNaN)
            } else if reference > Double(Float.greatestFiniteMagnitude) {
                #expect(e[linear: i] == .infinity)
            } else if reference < Double(Float.leastNormalMagnitude) {
                #expect(e[linear: i] >= 0 && Double(e[linear: i]) < 2e-38)
            } else {
                #expect(abs(Double(e[linear: i]) - reference) <= 3e-7 * reference, "exp(\(v))")
            }
            if !v.isNaN { #expect(abs(Double(s[linear: i]) - sigmoid) <= 3e-7, "sigmoid(\(v))") }
        }
    }
}
