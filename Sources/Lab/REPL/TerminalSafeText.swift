/// Text made safe to write to a terminal.
public enum TerminalSafeText {
    /// `text` with control characters other than newline and tab shown as `^X` / `\u{…}`, so an
    /// error about binary input cannot send escape sequences to the terminal.
    public static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)) {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 {
                result += "^" + String(UnicodeScalar(UInt8(scalar.value) + 0x40))
            } else {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result
    }
}
