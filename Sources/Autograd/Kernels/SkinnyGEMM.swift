/// Matrix products with few output rows (`m ≤ 16`) and a long other dimension — the first
/// fully connected layer of a small network, `10×784` weights against a `784×128` batch.
///
/// OpenBLAS packs both operands into panels before multiplying; for these shapes the copy of
/// the large operand costs about as much as the arithmetic. These kernels read the large
/// operand in place, eight lanes at a time, and only rearrange the small one.
enum SkinnyGEMM {
    /// The most output rows these kernels take.
    static let maximumRows = 16
    /// The shortest long dimension for which they beat OpenBLAS.
    static let minimumLength = 256

    @inline(__always)
    private static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// The sum of the eight lanes, pairwise.
    @inline(__always)
    private static func horizontalSum(_ v: SIMD8<Float>) -> Float {
        let four = v.lowHalf + v.highHalf
        let two = four.lowHalf + four.highHalf
        return two[0] + two[1]
    }

    /// `C = A·B (+ C when accumulate)` for column-major `A` (`m×k`), `B` (`k×n`), `C` (`m×n`),
    /// computed as dot products of rows of `A` with columns of `B`, both contiguous along `k`.
    static func multiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int, accumulate: Bool
    ) {
        // Rows of A, contiguous: aT[p + i·k] = A[i + p·m].
        let aT = UnsafeMutablePointer<Float>.allocate(capacity: m * k)
        defer { aT.deallocate() }
        for p in 0..<k { for i in 0..<m { aT[p + i * k] = a[i + p * m] } }
        let body = k & ~7
        var j = 0
        while j < n {
            let columns = Swift.min(4, n - j)
            var i = 0
            while i < m {
                let rows = Swift.min(2, m - i)
                if rows == 2, columns == 4 {
                    let r0 = aT + i * k, r1 = r0 + k
                    let c0 = b + j * k, c1 = c0 + k, c2 = c1 + k, c3 = c2 + k
                    var s00 = SIMD8<Float>(), s01 = SIMD8<Float>(), s02 = SIMD8<Float>(), s03 = SIMD8<Float>()
                    var s10 = SIMD8<Float>(), s11 = SIMD8<Float>(), s12 = SIMD8<Float>(), s13 = SIMD8<Float>()
                    var p = 0
                    while p < body {
                        let x0 = load(r0 + p), x1 = load(r1 + p)
                        let y0 = load(c0 + p), y1 = load(c1 + p), y2 = load(c2 + p), y3 = load(c3 + p)
                        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3
                        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3
                        p += 8
                    }
                    while p < k {
                        s00[0] += r0[p] * c0[p]; s10[0] += r1[p] * c0[p]
                        s01[0] += r0[p] * c1[p]; s11[0] += r1[p] * c1[p]
                        s02[0] += r0[p] * c2[p]; s12[0] += r1[p] * c2[p]
                        s03[0] += r0[p] * c3[p]; s13[0] += r1[p] * c3[p]
                        p += 1
                    }
                    let keep: Float = accumulate ? 1 : 0
                    let t0 = c + i + j * m
                    t0[0] = keep * t0[0] + horizontalSum(s00); t0[1] = keep * t0[1] + horizontalSum(s10)
                    let t1 = t0 + m
                    t1[0] = keep * t1[0] + horizontalSum(s01); t1[1] = keep * t1[1] + horizontalSum(s11)
                    let t2 = t1 + m
                    t2[0] = keep * t2[0] + horizontalSum(s02); t2[1] = keep * t2[1] + horizontalSum(s12)
                    let t3 = t2 + m
                    t3[0] = keep * t3[0] + horizontalSum(s03); t3[1] = keep * t3[1] + horizontalSum(s13)
                } else {
                    for column in 0..<columns {
                        for row in 0..<rows {
                            let x = aT + (i + row) * k, y = b + (j + column) * k
                            var s = SIMD8<Float>()
                            var p = 0
                            while p < body { s += load(x + p) * load(y + p); p += 8 }
                            var total = horizontalSum(s)
                            while p < k { total += x[p] * y[p]; p += 1 }
                            let target = c + (i + row) + (j + column) * m
                            target.pointee = (accumulate ? target.pointee : 0) + total
                        }
                    }
                }
                i += rows
            }
            j += columns
        }
    }

    /// `C = A·Bᵀ` for column-major `A` (`m×k`), `B` (`n×k`), `C` (`m×n`): each row of `Cᵀ` is
    /// built eight columns of `B` at a time, `Cᵀ[j…j+7, i] += B[j…j+7, p] · A[i, p]`.
    static func multiplyTransposed(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        m: Int, k: Int, n: Int
    ) {
        // A padded to a multiple of 4 rows with zeros; Cᵀ (n × paddedRows) gathered, then transposed into C.
        let paddedRows = (m + 3) & ~3
        let aPadded = UnsafeMutablePointer<Float>.allocate(capacity: paddedRows * k)
        aPadded.initialize(repeating: 0, count: paddedRows * k)
        let cT = UnsafeMutablePointer<Float>.allocate(capacity: n * paddedRows)
        defer { aPadded.deallocate(); cT.deallocate() }
        for p in 0..<k { for i in 0..<m { aPadded[i + p * paddedRows] = a[i + p * m] } }
        let body = n & ~15
        var i = 0
        while i < paddedRows {
            var j = 0
            while j < body {
                var s00 = SIMD8<Float>(), s01 = SIMD8<Float>(), s10 = SIMD8<Float>(), s11 = SIMD8<Float>()
                var s20 = SIMD8<Float>(), s21 = SIMD8<Float>(), s30 = SIMD8<Float>(), s31 = SIMD8<Float>()
                for p in 0..<k {
                    let column = b + j + p * n
                    let y0 = load(column), y1 = load(column + 8)
                    let w = aPadded + i + p * paddedRows
                    let w0 = SIMD8(repeating: w[0]), w1 = SIMD8(repeating: w[1])
                    let w2 = SIMD8(repeating: w[2]), w3 = SIMD8(repeating: w[3])
                    s00 += y0 * w0; s01 += y1 * w0
                    s10 += y0 * w1; s11 += y1 * w1
                    s20 += y0 * w2; s21 += y1 * w2
                    s30 += y0 * w3; s31 += y1 * w3
                }
                let out = UnsafeMutableRawPointer(cT + j + i * n)
                let stride = n * 4
                out.storeBytes(of: s00, toByteOffset: 0, as: SIMD8<Float>.self)
                out.storeBytes(of: s01, toByteOffset: 32, as: SIMD8<Float>.self)
                out.storeBytes(of: s10, toByteOffset: stride, as: SIMD8<Float>.self)
                out.storeBytes(of: s11, toByteOffset: stride + 32, as: SIMD8<Float>.self)
                out.storeBytes(of: s20, toByteOffset: 2 * stride, as: SIMD8<Float>.self)
                out.storeBytes(of: s21, toByteOffset: 2 * stride + 32, as: SIMD8<Float>.self)
                out.storeBytes(of: s30, toByteOffset: 3 * stride, as: SIMD8<Float>.self)
                out.storeBytes(of: s31, toByteOffset: 3 * stride + 32, as: SIMD8<Float>.self)
                j += 16
            }
            for row in i..<(i + 4) {
                for column in body..<n {
                    var total: Float = 0
                    for p in 0..<k { total += b[column + p * n] * aPadded[row + p * paddedRows] }
                    cT[column + row * n] = total
                }
            }
            i += 4
        }
        for j in 0..<n { for row in 0..<m { c[row + j * m] = cT[j + row * n] } }
    }
}
