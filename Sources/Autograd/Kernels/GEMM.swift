import COpenBLAS

/// OpenBLAS settings that affect every matrix product.
public enum BLAS {
    /// The number of threads OpenBLAS uses for a product (`openblas_get_num_threads`).
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads OpenBLAS uses (`openblas_set_num_threads`); at least 1.
    ///
    /// The example network's products are tiny (10×10 by 10×128), where waking a second
    /// thread costs more than it saves; wide layers (256×256 and up) gain from two.
    public static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(Swift.max(1, count)))
    }
}

extension Kernels {
    /// The operand extents of `op(A)·op(B)`: `m×k` times `k×n`.
    static func productDimensions(
        _ a: Shape, transposeA: Bool, _ b: Shape, transposeB: Bool
    ) -> (m: Int, k: Int, kB: Int, n: Int) {
        let (m, k) = transposeA ? (a[1], a[0]) : (a[0], a[1])
        let (kB, n) = transposeB ? (b[1], b[0]) : (b[0], b[1])
        return (m, k, kB, n)
    }

    /// `C = alpha·op(A)·op(B) + beta·C` in column-major storage through `cblas_sgemm`;
    /// transposes are passed to BLAS, never materialised.
    static func gemm(
        _ a: Tensor, transposeA: Bool, _ b: Tensor, transposeB: Bool,
        into c: inout Tensor, alpha: Float = 1, beta: Float = 0
    ) {
        let (m, k, _, n) = productDimensions(a.shape, transposeA: transposeA, b.shape, transposeB: transposeB)
        guard m > 0, n > 0 else { return }
        if k == 0 {
            if beta != 1 { c.withUnsafeMutableBufferPointer { for i in 0..<$0.count { $0[i] *= beta } } }
            return
        }
        let lda = Swift.max(a.shape[0], 1), ldb = Swift.max(b.shape[0], 1)
        #if GRADLAB_NATIVE_CPU
        // Only with AVX-class code generation do the skinny kernels beat OpenBLAS; on the
        // baseline SSE2 target they are about twice as slow, so they are compiled out.
        if !transposeA, alpha == 1, beta == 0 || beta == 1, m <= SkinnyGEMM.maximumRows,
           transposeB ? n >= SkinnyGEMM.minimumLength && beta == 0 : k >= SkinnyGEMM.minimumLength {
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        if transposeB {
                            SkinnyGEMM.multiplyTransposed(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!, m: m, k: k, n: n)
                        } else {
                            SkinnyGEMM.multiply(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!,
                                                m: m, k: k, n: n, accumulate: beta == 1)
                        }
                    }
                }
            }
            return
        }
        #endif
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_sgemm(
                        CblasColMajor,
                        transposeA ? CblasTrans : CblasNoTrans,
                        transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k),
                        alpha, pa.baseAddress, Int32(lda),
                        pb.baseAddress, Int32(ldb),
                        beta, pc.baseAddress, Int32(m))
                }
            }
        }
    }

    /// `op(A)·op(B)` as a new `m×n` tensor.
    static func matmul(_ a: Tensor, transposeA: Bool, _ b: Tensor, transposeB: Bool) -> Tensor {
        let (m, k, _, n) = productDimensions(a.shape, transposeA: transposeA, b.shape, transposeB: transposeB)
        // With beta = 0 OpenBLAS writes C without reading it, so it need not be zeroed first.
        var c = k > 0 ? Tensor(uninitializedShape: [m, n]) { _ in } : Tensor(zeros: [m, n])
        gemm(a, transposeA: transposeA, b, transposeB: transposeB, into: &c)
        return c
    }
}
