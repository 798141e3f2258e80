import COpenBLAS

import Synchronization

/// OpenBLAS settings that affect every matrix product.
///
/// Products below ``parallelThreshold`` multiply-adds run on one thread, larger ones on up to
/// ``threadCount``. The example network's products are small (10×784 by 784×128 at most),
/// where a second thread costs more than it saves — and OpenBLAS's idle workers spin on
/// `sched_yield` after every threaded call, taking a core from the interpreter; wide layers
/// (256×256 and up) gain from two.
public enum BLAS {
    /// The most threads a product may use; OpenBLAS's own count (`OPENBLAS_NUM_THREADS`) at first use.
    private static let maximum = Atomic<Int>(0)
    /// The count last passed to `openblas_set_num_threads`, to call it only on a change.
    private static let current = Atomic<Int>(0)
    /// Multiply-adds from which a product is split across threads.
    public static let parallelThreshold = 1 << 23

    /// The most threads a product uses.
    public static var threadCount: Int {
        let known = maximum.load(ordering: .relaxed)
        if known > 0 { return known }
        let count = Swift.max(1, Int(openblas_get_num_threads()))
        maximum.store(count, ordering: .relaxed)
        current.store(count, ordering: .relaxed)
        return count
    }

    /// Sets the most threads a product uses; at least 1.
    public static func setThreadCount(_ count: Int) {
        _ = threadCount
        maximum.store(Swift.max(1, count), ordering: .relaxed)
    }

    /// Sets OpenBLAS's thread count for a product of `multiplyAdds`.
    static func prepare(multiplyAdds: Int) {
        let wanted = multiplyAdds >= parallelThreshold ? threadCount : 1
        if current.exchange(wanted, ordering: .relaxed) != wanted {
            openblas_set_num_threads(Int32(wanted))
        }
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
        BLAS.prepare(multiplyAdds: m * n * k)
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
