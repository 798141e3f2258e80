import Autograd

extension Initializer {
    /// A `rows×columns` matrix with orthonormal columns (when `rows ≥ columns`) or orthonormal
    /// rows (otherwise), column-major.
    ///
    /// Draws Z, `max×min` from N(0, 1), and orthonormalises its columns by modified
    /// Gram–Schmidt in float64. Gram–Schmidt's R has a positive diagonal, so the result equals
    /// the Householder Q multiplied by sign(diag(R)), the convention of MATLAB's `"orthogonal"`
    /// and PyTorch's `orthogonal_`; the wide case is the transpose of the tall one.
    static func orthogonalMatrix(rows: Int, columns: Int, _ generator: inout RandomGenerator) -> Tensor {
        let tall = max(rows, columns)
        let narrow = min(rows, columns)
        guard narrow > 0 else { return Tensor(zeros: Shape([rows, columns])) }
        var q = [Double](repeating: 0, count: tall * narrow)
        for i in q.indices { q[i] = generator.nextNormal() }
        for j in 0..<narrow {
            // NOTE: a Gaussian matrix is full rank with probability 1; a zero column after
            // projection would only come from a degenerate draw, and is then left as drawn.
            for k in 0..<j {
                var dot = 0.0
                for i in 0..<tall { dot += q[k * tall + i] * q[j * tall + i] }
                for i in 0..<tall { q[j * tall + i] -= dot * q[k * tall + i] }
            }
            var norm = 0.0
            for i in 0..<tall { norm += q[j * tall + i] * q[j * tall + i] }
            norm = norm.squareRoot()
            if norm > 0 {
                for i in 0..<tall { q[j * tall + i] /= norm }
            }
        }
        return Tensor(shape: Shape([rows, columns])) { out in
            for j in 0..<columns {
                for i in 0..<rows {
                    out[j * rows + i] = Float(rows >= columns ? q[j * tall + i] : q[i * tall + j])
                }
            }
        }
    }
}
