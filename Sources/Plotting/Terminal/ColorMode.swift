/// Whether and how terminal output is coloured. Passed in by the caller, never global.
public enum ColorMode: Equatable, Sendable {
    /// Plain text: no escape sequences at all.
    case off
    /// The xterm 256-colour palette (`ESC[38;5;Nm`).
    case ansi256
    /// 24-bit colour (`ESC[38;2;R;G;Bm`).
    case trueColor
}

/// The ANSI escape sequences, in one place.
enum ANSI {
    static let reset = "\u{1B}[0m"

    static func foreground(_ c: RGB, _ mode: ColorMode) -> String { sequence(c, mode, layer: 38) }
    static func background(_ c: RGB, _ mode: ColorMode) -> String { sequence(c, mode, layer: 48) }

    private static func sequence(_ c: RGB, _ mode: ColorMode, layer: Int) -> String {
        switch mode {
        case .off: return ""
        case .trueColor:
            let (r, g, b) = c.bytes
            return "\u{1B}[\(layer);2;\(r);\(g);\(b)m"
        case .ansi256:
            return "\u{1B}[\(layer);5;\(palette256(c))m"
        }
    }

    /// The nearest xterm-256 entry: a grey-ramp entry for near-greys, else the 6×6×6 cube.
    static func palette256(_ c: RGB) -> Int {
        let (r, g, b) = c.bytes
        if abs(r - g) < 10 && abs(g - b) < 10 {
            let grey = (r + g + b) / 3
            if grey < 4 { return 16 }
            if grey > 246 { return 231 }
            return 232 + min(23, (grey - 8) / 10)
        }
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        return 16 + 36 * level(r) + 6 * level(g) + level(b)
    }
}
