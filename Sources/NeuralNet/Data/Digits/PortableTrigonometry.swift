/// Sine and cosine computed with IEEE arithmetic alone, so the digit images are the same
/// bytes on every platform (C libraries' `sinf`/`cosf` may differ in the last bit).
enum PortableTrigonometry {
    /// The sine and cosine of an angle in degrees.
    ///
    /// The angle is reduced to the nearest multiple of 90° plus a remainder within ±45°,
    /// where Taylor series to the 17th power are exact to double precision; the quadrant
    /// then swaps and negates the pair.
    static func sinCos(degrees: Float) -> (sin: Float, cos: Float) {
        let angle = Double(degrees)
        let quarterTurns = (angle / 90).rounded()
        let x = (angle - 90 * quarterTurns) * (Double.pi / 180)
        let x2 = x * x
        var sine = 0.0, cosine = 0.0
        var sineTerm = x, cosineTerm = 1.0
        for n in stride(from: 1, through: 17, by: 2) {
            sine += sineTerm
            cosine += cosineTerm
            sineTerm *= -x2 / Double((n + 1) * (n + 2))
            cosineTerm *= -x2 / Double(n * (n + 1))
        }
        let quadrant = Int(quarterTurns.truncatingRemainder(dividingBy: 4) + 4) % 4
        switch quadrant {
        case 0: return (Float(sine), Float(cosine))
        case 1: return (Float(cosine), Float(-sine))
        case 2: return (Float(-sine), Float(-cosine))
        default: return (Float(-cosine), Float(sine))
        }
    }
}
