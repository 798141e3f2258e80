/// Builds SVG markup: numbers written short, all text escaped, so the document is always well-formed XML.
struct SVGDocument {
    private(set) var body = ""
    private var nextID = 0

    /// A fresh id for clip paths.
    mutating func uniqueID(_ prefix: String) -> String {
        nextID += 1
        return "\(prefix)\(nextID)"
    }

    /// A coordinate with at most two decimals.
    static func number(_ v: Double) -> String { NumberFormat.trimmed(v.isFinite ? v : 0, decimals: 2) }

    /// Text made safe for XML character data and attribute values: `& < > " '` escaped, control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    mutating func raw(_ markup: String) { body += markup }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                       strokeWidth: Double = 1, extra: String = "") {
        let n = SVGDocument.number
        body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { body += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" }
        body += extra + "/>\n"
    }

    mutating func line(_ a: Point2, _ b: Point2, stroke: String, width: Double = 1) {
        let n = SVGDocument.number
        body += "<line x1=\"\(n(a.x))\" y1=\"\(n(a.y))\" x2=\"\(n(b.x))\" y2=\"\(n(b.y))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>\n"
    }

    mutating func polyline(_ points: [Point2], stroke: String, width: Double, dash: String? = nil) {
        guard points.count >= 2 else { return }
        body += "<polyline points=\"" + SVGDocument.points(points) + "\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(SVGDocument.number(width))\" stroke-linejoin=\"round\""
        if let dash { body += " stroke-dasharray=\"\(dash)\"" }
        body += "/>\n"
    }

    mutating func polygon(_ points: [Point2], fill: String, stroke: String, width: Double = 0.5) {
        guard points.count >= 2 else { return }
        body += "<polygon points=\"" + SVGDocument.points(points) + "\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(SVGDocument.number(width))\" stroke-linejoin=\"round\"/>\n"
    }

    /// Text at (x, y); `anchor` is start, middle or end; `rotate` in degrees about the anchor point.
    mutating func text(_ string: String, x: Double, y: Double, size: Double = 10, anchor: String = "middle",
                       bold: Bool = false, rotate: Double = 0, baseline: String = "auto", fill: String = "#262626") {
        guard !string.isEmpty else { return }
        let n = SVGDocument.number
        body += "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if baseline != "auto" { body += " dominant-baseline=\"\(baseline)\"" }
        if bold { body += " font-weight=\"bold\"" }
        if rotate != 0 { body += " transform=\"rotate(\(n(rotate)) \(n(x)) \(n(y)))\"" }
        body += ">" + SVGDocument.escape(string) + "</text>\n"
    }

    private static func points(_ points: [Point2]) -> String {
        var text = ""
        text.reserveCapacity(points.count * 14)
        for (k, p) in points.enumerated() {
            if k > 0 { text += " " }
            text += number(p.x) + "," + number(p.y)
        }
        return text
    }
}
