/// One self-contained HTML page for a published script: no external files, figures as inline SVG,
/// and a print style sheet so that the browser's "Print to PDF" gives a clean hand-in.
public struct HTMLPage: Sendable {
    /// The published script.
    public let script: PublishedScript

    /// A page for `script`.
    public init(_ script: PublishedScript) { self.script = script }

    /// The whole document.
    public var html: String {
        var body = "<header>\n<h1>\(HTMLPage.escape(script.title))</h1>\n<p class=\"file\">\(HTMLPage.escape(script.file))</p>\n</header>\n"
        for (k, block) in script.blocks.enumerated() {
            body += "<section>\n"
            if !block.title.isEmpty && !(k == 0 && block.title == script.title) {
                body += "<h2>\(HTMLPage.escape(block.title))</h2>\n"
            }
            for paragraph in block.paragraphs { body += "<p>\(HTMLPage.escape(paragraph))</p>\n" }
            if !block.code.isEmpty { body += "<pre class=\"code\"><code>\(HTMLPage.escape(block.code))</code></pre>\n" }
            if !block.output.isEmpty { body += "<pre class=\"output\">\(HTMLPage.escape(block.output))</pre>\n" }
            if let error = block.error { body += "<pre class=\"error\">\(HTMLPage.escape(error))</pre>\n" }
            for svg in block.figures { body += "<figure>\n\(svg)</figure>\n" }
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="GradLab publish">
            <title>\(HTMLPage.escape(script.title))</title>
            <style>
            \(HTMLPage.style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The page's style: readable on screen, and on paper code wraps, figures fit the page and
    /// never split, headings stay with what follows them.
    static let style = """
        body { font-family: Helvetica, Arial, sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; line-height: 1.45; }
        h1 { font-size: 1.8em; margin-bottom: 0.1em; color: #c45400; }
        h2 { font-size: 1.3em; margin-top: 1.6em; color: #c45400; border-bottom: 1px solid #ddd; }
        p.file { color: #666; margin-top: 0; font-size: 0.9em; }
        pre { font-family: Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85em; padding: 0.6em 0.8em; overflow-x: auto; white-space: pre; }
        pre.code { background: #f7f7f7; border: 1px solid #e0e0e0; }
        pre.output { background: #fff; border-left: 3px solid #bbb; color: #333; }
        pre.error { background: #fff4f4; border-left: 3px solid #d00; color: #a00; }
        figure { margin: 1em 0; text-align: center; }
        figure svg { max-width: 100%; height: auto; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10.5pt; }
          pre { white-space: pre-wrap; word-break: break-all; overflow: visible; }
          figure, pre.output, pre.error { break-inside: avoid; page-break-inside: avoid; }
          h1, h2 { break-after: avoid; page-break-after: avoid; }
          @page { margin: 1.6cm; }
        }
        """

    /// Text with `&`, `<`, `>` and `"` escaped for HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
