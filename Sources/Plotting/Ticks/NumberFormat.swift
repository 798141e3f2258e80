/// Short decimal text for tick labels, without Foundation: fixed decimals, trailing zeros dropped.
enum NumberFormat {
    /// `v` with at most `decimals` decimals, trailing zeros and a bare point removed (`0.50` → `0.5`, `-0` → `0`).
    static func trimmed(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "Inf" : "-Inf") }
        let d = max(0, min(15, decimals))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled < 9e15 else { return v.description }
        let n = Int64(scaled)
        if n == 0 { return "0" }
        let p = Int64(scale)
        var text = String(n / p)
        if d > 0 {
            var frac = String(n % p)
            frac = String(repeating: "0", count: d - frac.count) + frac
            while frac.last == "0" { frac.removeLast() }
            if !frac.isEmpty { text += "." + frac }
        }
        return (v < 0 ? "-" : "") + text
    }

    /// A compact label for any value: up to 4 significant decimals, switching to `1.5e-07` style
    /// for very small or large magnitudes.
    static func compact(_ v: Double) -> String {
        guard v.isFinite, v != 0 else { return trimmed(v, decimals: 0) }
        let e = Int(Math.log10(abs(v)).rounded(.down))
        if e >= 6 || e <= -4 {
            let mantissa = v / Math.pow10(Double(e))
            return trimmed(mantissa, decimals: 2) + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        return trimmed(v, decimals: max(0, 3 - e))
    }

    /// `n` written with Unicode superscript digits and minus sign (`-3` → `⁻³`).
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).map { digits[Int(String($0)) ?? 0] }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}
