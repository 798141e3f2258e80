import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Locale {
    /// Sets the C character-type locale from the environment so libedit edits UTF-8 text,
    /// falling back to `C.UTF-8` when the environment's locale is not UTF-8. Numbers are unaffected.
    static func enableUTF8LineEditing() {
        _ = setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
