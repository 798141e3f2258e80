import Foundation

/// MATLAB's `sprintf`/`fprintf` formatting: escape sequences, conversions `%d %i %u %f %e %g
/// %E %G %x %X %o %c %s %%` with flags, width, precision and `*`, and format recycling.
///
/// The arguments are flattened in column-major order into one list of items. A char array is a
/// single text item for `%s` and a run of character codes for numeric conversions; each string
/// element is a text item. The format is applied again and again while items remain; output
/// stops at the first conversion that has no item left (the literal text before it is written).
/// With no items at all the format is written once with every conversion empty. A non-integer
/// given to `%d`, `%i`, `%u`, `%x`, `%o` or `%c` is written with `%e`, as MATLAB does; NaN and Inf
/// are written as `NaN`, `Inf`, `-Inf` in the conversion's width. Widths and precisions are
/// limited to 10000 characters.
struct FormatEngine {
    private enum Item {
        case number(Double)
        case text([UInt16])
    }

    private enum Piece {
        case literal(String)
        case conversion(flags: String, width: String, precision: String?, kind: Character)
    }

    private let pieces: [Piece]

    /// Parses `format`, replacing escape sequences (`\n`, `\t`, `\\`, `\xHH`, octal) first.
    init(_ format: String) {
        let text = FormatEngine.unescaped(format)
        var pieces = [Piece]()
        var literal = ""
        var chars = Array(text)
        chars.append("\0")
        var k = 0
        while k < chars.count - 1 {
            let c = chars[k]
            guard c == "%" else {
                literal.append(c)
                k += 1
                continue
            }
            if chars[k + 1] == "%" {
                literal.append("%")
                k += 2
                continue
            }
            var j = k + 1
            var flags = ""
            while "-+ 0#".contains(chars[j]) { flags.append(chars[j]); j += 1 }
            var width = ""
            while chars[j].isNumber || chars[j] == "*" { width.append(chars[j]); j += 1 }
            width = FormatEngine.limited(width)
            var precision: String?
            if chars[j] == "." {
                j += 1
                var p = ""
                while chars[j].isNumber || chars[j] == "*" { p.append(chars[j]); j += 1 }
                precision = FormatEngine.limited(p)
            }
            while "lhLqjzt".contains(chars[j]) { j += 1 }
            let kind = chars[j]
            if "diufeEgGxXocs".contains(kind) {
                if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
                pieces.append(.conversion(flags: flags, width: width, precision: precision, kind: kind))
                k = j + 1
            } else {
                literal.append(contentsOf: chars[k..<j])
                k = j
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// Formats `arguments` (numbers, logicals, char arrays, string arrays).
    ///
    /// - Throws: `invalidArgument` for cells, structs and other classes that cannot be printed.
    func format(_ arguments: [Value]) throws(RuntimeError) -> String {
        var items = [Item]()
        for argument in arguments {
            switch argument {
            case .char(let a):
                if !a.isEmpty { items.append(.text(a.elements)) }
            case .string(let a):
                items.append(contentsOf: a.elements.map { .text(Array(($0 ?? "<missing>").utf16)) })
            case .double, .single, .logical:
                items.append(contentsOf: try argument.doubleArray().elements.map { .number($0) })
            default:
                throw .invalidArgument(function: nil, position: nil,
                                       reason: "Only numeric, logical, char and string arguments can be formatted; found \(argument.className).")
            }
        }
        let conversions = pieces.filter { if case .conversion = $0 { true } else { false } }.count
        var out = ""
        if conversions == 0 || items.isEmpty {
            for piece in pieces {
                if case .literal(let s) = piece { out += s }
                if case .conversion(_, _, _, _) = piece, !items.isEmpty { break }
            }
            return out
        }
        var queue = items[...]
        var pending: [UInt16] = []
        func next(forText: Bool) -> Item? {
            if !pending.isEmpty {
                if forText { defer { pending = [] }; return .text(pending) }
                return .number(Double(pending.removeFirst()))
            }
            guard let item = queue.popFirst() else { return nil }
            if case .text(let units) = item, !forText {
                guard let first = units.first else { return next(forText: false) }
                pending = Array(units.dropFirst())
                return .number(Double(first))
            }
            return item
        }
        var hasMore: Bool { !pending.isEmpty || !queue.isEmpty }
        while true {
            for piece in pieces {
                switch piece {
                case .literal(let s):
                    out += s
                case .conversion(let flags, var width, var precision, let kind):
                    guard hasMore else { return out }
                    if width == "*" { width = next(forText: false).map(FormatEngine.starValue) ?? "" }
                    if precision == "*" { precision = next(forText: false).map(FormatEngine.starValue) ?? "" }
                    guard hasMore, let item = next(forText: kind == "s" || kind == "c") else { return out }
                    out += FormatEngine.convert(item, flags: flags, width: width, precision: precision, kind: kind)
                }
            }
            if !hasMore { return out }
        }
    }

    private static func starValue(_ item: Item) -> String {
        if case .number(let d) = item, d.isFinite, d >= 0 { return String(Int(min(d, 10_000))) }
        return ""
    }

    /// A width or precision of digits, at most 10000 (a `*` is kept for the argument list).
    private static func limited(_ digits: String) -> String {
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits.prefix(6)) else { return digits }
        return digits.count > 5 ? "10000" : String(min(value, 10_000))
    }

    private static func convert(_ item: Item, flags: String, width: String, precision: String?, kind: Character) -> String {
        let dot = precision.map { "." + $0 } ?? ""
        switch item {
        case .text(let units):
            let text = String(decoding: units, as: UTF16.self)
            if kind == "c" || kind == "s" {
                return pad(kind == "s" && precision != nil ? String(text.prefix(Int(precision!) ?? text.count)) : text, flags, width)
            }
            return pad(text, flags, width)
        case .number(let d):
            if kind == "s" || kind == "c" {
                if d == d.rounded(), d >= 0, d < 1_114_112, let scalar = Unicode.Scalar(UInt32(d)) {
                    return pad(String(Character(scalar)), flags, width)
                }
                return pad(cFormat(d, "%" + flags + width + dot + (kind == "s" ? "e" : "e")), "", "")
            }
            if !d.isFinite {
                let text = d.isNaN ? "NaN" : (d < 0 ? "-Inf" : (flags.contains("+") ? "+Inf" : "Inf"))
                return pad(text, flags.replacingOccurrences(of: "0", with: ""), width)
            }
            switch kind {
            case "d", "i", "u":
                if d == d.rounded(), abs(d) < 9.2e18 { return String(format: "%" + flags + width + "lld", Int64(d)) }
                return cFormat(d, "%" + flags + width + dot + "e")
            case "x", "X", "o":
                if d == d.rounded(), d >= 0, d < 1.8e19 { return String(format: "%" + flags + width + "ll" + String(kind), UInt64(d)) }
                return cFormat(d, "%" + flags + width + dot + "e")
            default:
                return cFormat(d, "%" + flags + width + dot + String(kind))
            }
        }
    }

    private static func cFormat(_ d: Double, _ spec: String) -> String { String(format: spec, d) }

    private static func pad(_ text: String, _ flags: String, _ width: String) -> String {
        guard let w = Int(width), text.count < w else { return text }
        let fill = String(repeating: " ", count: w - text.count)
        return flags.contains("-") ? text + fill : fill + text
    }

    /// The format text with MATLAB's escape sequences replaced.
    static func unescaped(_ format: String) -> String {
        var out = ""
        var chars = Array(format)[...]
        while let c = chars.popFirst() {
            guard c == "\\", let e = chars.first else { out.append(c); continue }
            chars.removeFirst()
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "\\": out.append("\\")
            case "x":
                var hex = ""
                while let h = chars.first, h.isHexDigit, hex.count < 4 { hex.append(h); chars.removeFirst() }
                if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { out.append(Character(s)) } else { out += "\\x" + hex }
            case "0"..."7":
                var oct = String(e)
                while let h = chars.first, ("0"..."7").contains(h), oct.count < 3 { oct.append(h); chars.removeFirst() }
                if let v = UInt32(oct, radix: 8), let s = Unicode.Scalar(v) { out.append(Character(s)) }
            default:
                out.append("\\")
                out.append(e)
            }
        }
        return out
    }
}
