/// The matrix operators `*`, `/`, `\` and `^` on real 2-d arrays.
///
/// `A\B` solves square systems by Gaussian elimination with partial pivoting and other systems
/// in the least-squares sense by Householder QR; `A/B` is `(B.'\A.').'`. A scalar operand makes
/// each operator element-wise. Results are single when either operand is single.
enum LinearAlgebra {
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(RuntimeError) -> Value {
        let isSingle: Bool
        switch (lhs, rhs) {
        case (.single, _), (_, .single): isSingle = true
        default: isSingle = false
        }
        let a = try lhs.doubleArray()
        let b = try rhs.doubleArray()
        let result: NDArray<Double>
        let scalarCase: BinaryOperator?
        switch op {
        case .mtimes: scalarCase = a.count == 1 || b.count == 1 ? .times : nil
        case .mrdivide: scalarCase = b.count == 1 ? .rdivide : nil
        case .mldivide: scalarCase = a.count == 1 ? .ldivide : nil
        default: scalarCase = a.count == 1 && b.count == 1 ? .power : nil
        }
        if let scalarCase { return try Value.binary(scalarCase, lhs, rhs) }
        guard a.size.count == 2, b.size.count == 2 else {
            throw .invalidArgument(function: nil, position: nil,
                                   reason: "Arguments must be 2-D, or at least one argument must be scalar.")
        }
        switch op {
        case .mtimes:
            result = try multiply(a, b)
        case .mldivide:
            result = try solve(a, b)
        case .mrdivide:
            guard a.columns == b.columns else { throw .matrixDimensions(operator: "/", left: a.size, right: b.size) }
            result = try solve(b.transposed(), a.transposed()).transposed()
        default:
            result = try power(a, b)
        }
        return isSingle ? .single(result.map { Float($0) }) : .double(result)
    }

    /// `C = A·B` with `C[i,j] = Σₖ A[i,k]·B[k,j]`, looping so every inner access is contiguous.
    static func multiply(_ a: NDArray<Double>, _ b: NDArray<Double>) throws(RuntimeError) -> NDArray<Double> {
        let (m, n, p) = (a.rows, a.columns, b.columns)
        guard n == b.rows else { throw .matrixDimensions(operator: "*", left: a.size, right: b.size) }
        let requested = Double(m) * Double(p)
        guard requested <= Double(NDArray<Double>.maximumElementCount) else { throw .arrayTooLarge(elements: requested) }
        var c = [Double](repeating: 0, count: m * p)
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    for j in 0..<p {
                        for k in 0..<n {
                            let bkj = pb[k + j * n]
                            if bkj == 0 { continue }
                            let aColumn = k * m
                            let cColumn = j * m
                            for i in 0..<m { pc[cColumn + i] += pa[aColumn + i] * bkj }
                        }
                    }
                }
            }
        }
        return NDArray(size: [m, p], elements: c)
    }

    /// `X = A\B`: exact solve for square `A`, least squares otherwise.
    static func solve(_ a: NDArray<Double>, _ b: NDArray<Double>) throws(RuntimeError) -> NDArray<Double> {
        guard a.rows == b.rows else { throw .matrixDimensions(operator: "\\", left: a.size, right: b.size) }
        if a.rows == a.columns { return gaussianElimination(a, b) }
        return leastSquares(a, b)
    }

    /// Gaussian elimination with partial pivoting; a singular matrix yields Inf/NaN entries, as
    /// MATLAB's result does after its "singular to working precision" warning.
    static func gaussianElimination(_ a: NDArray<Double>, _ b: NDArray<Double>) -> NDArray<Double> {
        let n = a.rows
        let p = b.columns
        var m = a
        var x = b
        for k in 0..<n {
            var pivot = k
            var best = abs(m[k, k])
            for i in (k + 1)..<max(n, k + 1) where abs(m[i, k]) > best {
                best = abs(m[i, k])
                pivot = i
            }
            if pivot != k {
                for j in 0..<n { (m[k, j], m[pivot, j]) = (m[pivot, j], m[k, j]) }
                for j in 0..<p { (x[k, j], x[pivot, j]) = (x[pivot, j], x[k, j]) }
            }
            let d = m[k, k]
            if d == 0 { continue }
            for i in (k + 1)..<max(n, k + 1) {
                let factor = m[i, k] / d
                if factor == 0 { continue }
                for j in k..<n { m[i, j] -= factor * m[k, j] }
                for j in 0..<p { x[i, j] -= factor * x[k, j] }
            }
        }
        for j in 0..<p {
            for i in stride(from: n - 1, through: 0, by: -1) {
                var s = x[i, j]
                for k in (i + 1)..<max(n, i + 1) { s -= m[i, k] * x[k, j] }
                x[i, j] = s / m[i, i]
            }
        }
        return x
    }

    /// Least squares `min ‖A·X − B‖` by Householder QR with column pivoting, `A·P = Q·R`:
    /// `R·Z = Qᵀ·B` is solved on the leading rows whose pivots are not negligible, and `X = P·Z`.
    /// For rank-deficient or wide systems this is MATLAB's basic solution (at most `rank`
    /// nonzero components, taken from the columns of largest norm), not the minimum-norm one.
    static func leastSquares(_ a: NDArray<Double>, _ b: NDArray<Double>) -> NDArray<Double> {
        let (m, n, p) = (a.rows, a.columns, b.columns)
        var r = a
        var y = b
        var permutation = Array(0..<n)
        let steps = min(m, n)
        for k in 0..<steps {
            var best = k
            var bestNorm = -1.0
            for j in k..<n {
                var norm = 0.0
                for i in k..<m { norm += r[i, j] * r[i, j] }
                if norm > bestNorm {
                    bestNorm = norm
                    best = j
                }
            }
            if best != k {
                for i in 0..<m { (r[i, k], r[i, best]) = (r[i, best], r[i, k]) }
                permutation.swapAt(k, best)
            }
            let norm = bestNorm.squareRoot()
            if norm == 0 { continue }
            let alpha = r[k, k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: m)
            for i in k..<m { v[i] = r[i, k] }
            v[k] -= alpha
            var vv = 0.0
            for i in k..<m { vv += v[i] * v[i] }
            if vv == 0 { continue }
            for j in k..<n {
                var s = 0.0
                for i in k..<m { s += v[i] * r[i, j] }
                let f = 2 * s / vv
                for i in k..<m { r[i, j] -= f * v[i] }
            }
            for j in 0..<p {
                var s = 0.0
                for i in k..<m { s += v[i] * y[i, j] }
                let f = 2 * s / vv
                for i in k..<m { y[i, j] -= f * v[i] }
            }
        }
        let largest = steps > 0 ? abs(r[0, 0]) : 0
        let tolerance = Double(max(m, n)) * Double.ulpOfOne * largest
        var rank = 0
        while rank < steps && abs(r[rank, rank]) > tolerance { rank += 1 }
        var x = NDArray<Double>(size: [n, p], repeating: 0)
        for j in 0..<p {
            var z = [Double](repeating: 0, count: n)
            for i in stride(from: rank - 1, through: 0, by: -1) {
                var s = y[i, j]
                for k in (i + 1)..<max(rank, i + 1) { s -= r[i, k] * z[k] }
                z[i] = s / r[i, i]
            }
            for k in 0..<n { x[permutation[k], j] = z[k] }
        }
        return x
    }

    /// `A^k` for a square matrix and an integer scalar `k` by repeated squaring (`k < 0` inverts).
    static func power(_ a: NDArray<Double>, _ b: NDArray<Double>) throws(RuntimeError) -> NDArray<Double> {
        guard a.rows == a.columns, b.count == 1 else {
            if a.count == 1 {
                throw .invalidArgument(function: "mpower", position: nil,
                                       reason: "A scalar raised to a matrix power is not supported.")
            }
            throw .matrixDimensions(operator: "^", left: a.size, right: b.size)
        }
        let k = b[linear: 0]
        guard k == k.rounded(), abs(k) < 1e9 else {
            throw .invalidArgument(function: "mpower", position: nil,
                                   reason: "A matrix raised to a non-integer power is not supported.")
        }
        let n = a.rows
        var base = a
        if k < 0 {
            var identity = NDArray<Double>(size: [n, n], repeating: 0)
            for i in 0..<n { identity[i, i] = 1 }
            base = gaussianElimination(a, identity)
        }
        var exponent = Int(abs(k))
        var result = NDArray<Double>(size: [n, n], repeating: 0)
        for i in 0..<n { result[i, i] = 1 }
        while exponent > 0 {
            if exponent & 1 == 1 { result = try multiply(result, base) }
            exponent >>= 1
            if exponent > 0 { base = try multiply(base, base) }
        }
        return result
    }
}
