import Foundation
import MatLang

/// The text form of values used by the Octave fixture table (see scripts/octave/generate_fixtures.m):
/// `CLASS RxC VALUES`, numbers at full precision, text quoted with escapes, cells nested by indent.
enum FixtureEncoding {
    /// The lines encoding `value`, indented by `indent` spaces.
    static func lines(_ value: Value, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let size = value.size.map(String.init).joined(separator: "x")
        func joined(_ items: [String]) -> String {
            ([pad + value.className, size] + items).joined(separator: " ")
        }
        switch value {
        case .double(let a): return [joined(a.elements.map(number))]
        case .single(let a): return [joined(a.elements.map { number(Double($0)) })]
        case .logical(let a): return [joined(a.elements.map { $0 ? "1" : "0" })]
        case .char(let a): return [joined([quote(a.elements)])]
        case .string(let a): return [joined(a.elements.map { quote(Array(($0 ?? "<missing>").utf16)) })]
        case .cell(let a): return [joined([])] + a.elements.flatMap { lines($0, indent: indent + 2) }
        default: return [joined([])]
        }
    }

    /// A number as the fixture table writes it.
    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "Inf" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(format: "%.17g", d)
    }

    /// Text in double quotes with `\"`, `\\`, `\n`, `\t` and `\xHH` escapes.
    static func quote(_ units: [UInt16]) -> String {
        var out = "\""
        for u in units {
            switch u {
            case 34: out += "\\\""
            case 92: out += "\\\\"
            case 10: out += "\\n"
            case 9: out += "\\t"
            case 32...126: out.append(Character(Unicode.Scalar(u)!))
            default: out += String(format: "\\x%02X", u)
            }
        }
        return out + "\""
    }

    /// Whether an actual encoding matches the expected one: the same tokens, numbers equal to a
    /// relative tolerance (1e-12 for double, 1e-6 for single).
    static func matches(_ actual: [String], _ expected: [String]) -> Bool {
        guard actual.count == expected.count else { return false }
        for (a, e) in zip(actual, expected) {
            let at = tokens(a)
            let et = tokens(e)
            guard at.count == et.count else { return false }
            let tolerance = e.trimmingCharacters(in: .whitespaces).hasPrefix("single") ? 1e-6 : 1e-12
            for (x, y) in zip(at, et) where x != y {
                guard let dx = Double(x), let dy = Double(y) else { return false }
                if dx.isNaN && dy.isNaN { continue }
                guard abs(dx - dy) <= tolerance * max(abs(dx), abs(dy), 1e-300) || abs(dx - dy) < 1e-300 else { return false }
            }
        }
        return true
    }

    /// Splits a line at spaces outside double-quoted text.
    private static func tokens(_ line: String) -> [String] {
        var result = [String]()
        var current = ""
        var quoted = false
        var escaped = false
        for c in line.trimmingCharacters(in: .whitespaces) {
            if quoted {
                current.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { quoted = false }
            } else if c == " " {
                if !current.isEmpty { result.append(current); current = "" }
            } else {
                if c == "\"" { quoted = true }
                current.append(c)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
