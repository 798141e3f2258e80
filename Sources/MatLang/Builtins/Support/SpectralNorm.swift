/// The matrix 2-norm (largest singular value) for `norm`.
enum SpectralNorm {
    /// The largest singular value of `a`: the square root of the largest eigenvalue of the
    /// smaller Gram matrix (`AᵀA` or `AAᵀ`), found by cyclic Jacobi rotations when the smaller
    /// side is at most 256, and by power iteration on `AᵀA` (at most 1000 steps, relative change
    /// 1e-15) beyond, so the work on very large matrices stays proportional to their size.
    static func largestSingularValue(_ a: NDArray<Double>) -> Double {
        let (r, c) = (a.rows, a.columns)
        let n = min(r, c)
        guard n > 0 else { return 0 }
        if n > 256 { return powerIteration(a) }
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

    /// Power iteration `v ← Aᵀ(Av)/‖·‖` for the largest eigenvalue of `AᵀA`, stopping when the
    /// estimate changes by less than 1e-13 relative.
    private static func powerIteration(_ a: NDArray<Double>) -> Double {
        let (r, c) = (a.rows, a.columns)
        let e = a.elements
        if e.contains(where: { !$0.isFinite }) { return e.contains { $0.isNaN } ? .nan : .infinity }
        var v = (0..<c).map { 1 + Double($0 % 7) / 7 }
        var estimate = 0.0
        var av = [Double](repeating: 0, count: r)
        var w = [Double](repeating: 0, count: c)
        for _ in 0..<1000 {
            for i in 0..<r { av[i] = 0 }
            for j in 0..<c where v[j] != 0 {
                let base = j * r
                for i in 0..<r { av[i] += e[base + i] * v[j] }
            }
            for j in 0..<c {
                let base = j * r
                var s = 0.0
                for i in 0..<r { s += e[base + i] * av[i] }
                w[j] = s
            }
            let norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return 0 }
            let vNorm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let next = (norm / vNorm).squareRoot()
            v = w.map { $0 / norm }
            if abs(next - estimate) <= 1e-13 * next { return next }
            estimate = next
        }
        return estimate
    }
}
