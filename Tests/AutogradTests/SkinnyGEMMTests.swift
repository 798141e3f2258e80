@testable import Autograd
import Testing

@Suite("Skinny GEMM kernels")
struct SkinnyGEMMTests {
    @Test("A·B with few rows matches a naive loop, including ragged edges",
          arguments: [(10, 784, 128), (10, 300, 7), (3, 257, 5), (16, 264, 9), (1, 256, 1)])
    func productMatchesNaiveLoop(_ size: (Int, Int, Int)) {
        let (m, k, n) = size
        var s = Sampler(seed: 21)
        let a = s.uniform([m, k]), b = s.uniform([k, n])
        var c = s.uniform([m, n])
        let before = c
        for accumulate in [false, true] {
            c = before
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        SkinnyGEMM.multiply(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!,
                                            m: m, k: k, n: n, accumulate: accumulate)
                    }
                }
            }
            let reference = naiveProduct(a, transposeA: false, b, transposeB: false)
            for i in 0..<(m * n) {
                let expected = reference[i] + (accumulate ? Double(before[linear: i]) : 0)
                #expect(abs(Double(c[linear: i]) - expected) < 1e-3)
            }
        }
    }

    @Test("A·Bᵀ with few rows matches a naive loop, including ragged edges",
          arguments: [(10, 128, 784), (10, 37, 301), (5, 3, 256), (16, 8, 270), (1, 1, 17)])
    func transposedProductMatchesNaiveLoop(_ size: (Int, Int, Int)) {
        let (m, k, n) = size
        var s = Sampler(seed: 22)
        let a = s.uniform([m, k]), b = s.uniform([n, k])
        var c = Tensor(zeros: [m, n])
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    SkinnyGEMM.multiplyTransposed(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!, m: m, k: k, n: n)
                }
            }
        }
        let reference = naiveProduct(a, transposeA: false, b, transposeB: true)
        for i in 0..<(m * n) { #expect(abs(Double(c[linear: i]) - reference[i]) < 1e-3) }
    }
}
