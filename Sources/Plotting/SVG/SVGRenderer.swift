/// Renders figures as standalone SVG documents that look like MATLAB figures: white axes boxes,
/// inward ticks at nice numbers, tick and axis labels, titles, legend boxes, tiled layouts and
/// 3-D axes projected with MATLAB's view convention. A pure function: no file I/O.
public struct SVGRenderer: Sendable {
    /// Size and font.
    public var options: SVGOptions

    /// Makes a renderer with the given options.
    public init(options: SVGOptions = SVGOptions()) { self.options = options }

    /// The figure as a complete SVG document, always well-formed XML.
    public func render(_ figure: Figure) -> String {
        let w = max(50, options.width ?? figure.Size.first ?? 560)
        let h = max(50, options.height ?? (figure.Size.count > 1 ? figure.Size[1] : 420))
        var doc = SVGDocument()
        doc.rect(x: 0, y: 0, width: w, height: h, fill: "#FFFFFF")
        switch figure.content {
        case .empty:
            break
        case .axes(let axes):
            draw(axes, in: Frame(x: 0, y: 0, width: w, height: h), into: &doc)
        case .layout(let layout):
            var top = 0.0
            if !layout.Title.isEmpty {
                doc.text(layout.Title.String, x: w / 2, y: 22, size: 13, bold: true)
                top = 30
            }
            let (rows, columns) = layout.grid
            let gap: Double = switch layout.TileSpacing {
            case .loose: 24
            case .compact: 12
            case .tight: 4
            case .none: 0
            }
            let tileW = (w - 8 - gap * Double(columns - 1)) / Double(columns)
            let tileH = (h - top - 4 - gap * Double(rows - 1)) / Double(rows)
            for (k, tile) in layout.tiles.enumerated() {
                guard let axes = tile else { continue }
                let frame = Frame(x: 4 + Double(k % columns) * (tileW + gap), y: top + Double(k / columns) * (tileH + gap),
                                  width: tileW, height: tileH)
                draw(axes, in: frame, into: &doc)
            }
        }
        let n = SVGDocument.number
        return (options.includesXMLDeclaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(n(w))\" height=\"\(n(h))\" "
            + "viewBox=\"0 0 \(n(w)) \(n(h))\" font-family=\"\(SVGDocument.escape(options.fontFamily))\">\n"
            + doc.body + "</svg>\n"
    }

    private func draw(_ axes: Axes, in frame: Frame, into doc: inout SVGDocument) {
        if axes.is3D { axes3D(axes, in: frame, into: &doc) } else { axes2D(axes, in: frame, into: &doc) }
    }
}

/// A rectangle in SVG pixels.
struct Frame {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}
