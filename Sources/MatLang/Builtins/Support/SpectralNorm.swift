/// Small dense linear algebra for built-ins (matrix 2-norm).
enum SpectralNorm {
    /// The largest singular value of `a`: the square root of the largest eigenvalue of the
    /// smaller Gram matrix (`AᵀA` or `AAᵀ`), found by cyclic Jacobi rotations.
    static func largestSingularValue(_ a: NDArray<Double>) -> Double {
        let (r, c) = (a.rows, a.columns)
        let n = min(r, c)
        guard n > 0 else { return 0 }
        var g = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in i..<n {
                var s = 0.0
                if c <= r {
                    for k in 0..<r { s += a[k, i] * a[k, j] }
                } else {
                    for k in 0..<c { s += a[i, k] * a[j, k] }
                }
                g[i * n + j] = s
                g[j * n + i] = s
            }
        }
        if g.contains(where: { !$0.isFinite }) { return g.contains { $0.isNaN } ? .nan : .infinity }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += g[i * n + j] * g[i * n + j] } }
            if off <= 1e-30 * max(1, (0..<n).reduce(0) { $0 + g[$1 * n + $1] * g[$1 * n + $1] }) { break }
            for p in 0..<n {
                for q in (p + 1)..<n where g[p * n + q] != 0 {
                    let theta = (g[q * n + q] - g[p * n + p]) / (2 * g[p * n + q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let cs = 1 / (t * t + 1).squareRoot()
                    let sn = t * cs
                    for k in 0..<n {
                        let gkp = g[k * n + p]
                        let gkq = g[k * n + q]
                        g[k * n + p] = cs * gkp - sn * gkq
                        g[k * n + q] = sn * gkp + cs * gkq
                    }
                    for k in 0..<n {
                        let gpk = g[p * n + k]
                        let gqk = g[q * n + k]
                        g[p * n + k] = cs * gpk - sn * gqk
                        g[q * n + k] = sn * gpk + cs * gqk
                    }
                }
            }
        }
        return max(0, (0..<n).map { g[$0 * n + $0] }.max() ?? 0).squareRoot()
    }
}
