import MatLang
import Plotting

extension GraphicsBuiltins {
    static let lineOptions = ["LineWidth", "Color", "DisplayName", "LineStyle", "Marker"]

    /// `plot`, `semilogy`, `loglog`, `bar`, `histogram`, `fill3`.
    static func plotFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            lineFunction("plot", m, scales: nil, summary: "2-D line plot"),
            lineFunction("semilogy", m, scales: (.linear, .log), summary: "Line plot with a logarithmic y axis"),
            lineFunction("loglog", m, scales: (.log, .log), summary: "Line plot with logarithmic x and y axes"),
            builtin("bar", m, help: """
                bar - Bar chart
                  bar(y)          one bar per element at 1…n
                  bar(x, y)       bars at x
                  bar(..., width) bar width as a fraction of the spacing (0.8 by default)
                  bar(..., FaceColor=c, DisplayName="…")
                A matrix y draws one series per column, grouped side by side at each row's x.
                Example: bar([3 1 4 1 5])
                """) { call in
                let options = try call.takeOptions(["FaceColor", "DisplayName", "BarWidth"], className: "Bar")
                let address = try call.targetAxes()
                try call.require(1...3)
                var data = call.arguments
                var width = 0.8
                if data.count == 3 || (data.count == 2 && data[1].isScalar && !data[0].isScalar) {
                    width = try data.removeLast().scalarDouble()
                }
                let y = try call.numbers(data.count == 2 ? data[1] : data[0])
                let x = data.count == 2 ? try call.numbers(data[0]).elements : nil
                let columns = y.isVector ? [y.elements] : (0..<y.columns).map { j in Array(y.elements[(j * y.rows)..<((j + 1) * y.rows)]) }
                var bars: [BarSeries] = []
                for (k, column) in columns.enumerated() where !column.isEmpty {
                    let xs = x ?? column.indices.map { Double($0 + 1) }
                    var series = try plotting("bar") { () throws(PlotError) in
                        try BarSeries(x: xs, y: column, barWidth: width, faceColor: RGB.colorOrder[k % RGB.colorOrder.count])
                    }
                    series.group(k, of: columns.count)
                    bars.append(series)
                }
                return try addSeries(bars.map(PlotSeries.bar), options: options, to: address, call)
            },
            builtin("histogram", m, help: """
                histogram - Histogram of data
                  histogram(X)           bins chosen automatically; NaN and Inf are left out
                  histogram(X, nbins)    nbins equal bins over the data range
                  histogram(X, edges)    bins between the given increasing edges
                  histogram(..., BinEdges=e, NumBins=n, FaceColor=c, DisplayName="…")
                Example: histogram(randn(1000, 1), 30)
                """) { call in
                let options = try call.takeOptions(["NumBins", "BinEdges", "FaceColor", "DisplayName"], className: "Histogram")
                let address = try call.targetAxes()
                try call.require(1...2)
                let data = try call.numbers(call.arguments[0]).elements
                var bins: Int?
                var edges: [Double]?
                if call.arguments.count == 2 {
                    if call.arguments[1].isScalar { bins = try call.arguments[1].scalarInt() } else {
                        edges = try call.numbers(call.arguments[1], what: "Bin edges").elements
                    }
                }
                var rest: [(String, Value)] = []
                for (key, value) in options {
                    switch key {
                    case "NumBins": bins = try value.scalarInt()
                    case "BinEdges": edges = try call.numbers(value, what: "BinEdges").elements
                    default: rest.append((key, value))
                    }
                }
                let color = RGB.colorOrder[0]
                let series: HistogramSeries = try plotting("histogram") { () throws(PlotError) in
                    if let edges {
                        guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
                            throw .invalidPropertyValue(property: "BinEdges", expected: "an increasing vector of at least two edges")
                        }
                        let counts = (0..<(edges.count - 1)).map { k in
                            Double(data.filter { $0 >= edges[k] && ($0 < edges[k + 1] || (k == edges.count - 2 && $0 == edges[k + 1])) }.count)
                        }
                        return try HistogramSeries(binEdges: edges, counts: counts, faceColor: color)
                    }
                    return try HistogramSeries(data: data, numBins: bins, faceColor: color)
                }
                return try addSeries([.histogram(series)], options: rest, to: address, call)
            },
            builtin("fill3", m, help: """
                fill3 - Filled 3-D polygons
                  fill3(X, Y, Z, C)    a polygon through the points (X(k), Y(k), Z(k)), closed back to the first,
                                       filled with colour C: an RGB triplet, a name ("r", "red") or "#RRGGBB";
                                       matrices draw one polygon per column
                  fill3(..., EdgeColor="#D9D9D9", FaceColor=c, DisplayName="…")
                Example: fill3([0 1 1], [0 0 1], [0 1 0], [0 0.4470 0.7410], EdgeColor="#D9D9D9")
                """) { call in
                let options = try call.takeOptions(["EdgeColor", "FaceColor", "DisplayName"], className: "Patch")
                let address = try call.targetAxes()
                guard call.arguments.count == 4 else {
                    throw call.arguments.count < 4 ? RuntimeError.notEnoughInputs(function: "fill3") : RuntimeError.tooManyInputs(function: "fill3")
                }
                let x = try call.numbers(call.arguments[0]), y = try call.numbers(call.arguments[1])
                let z = try call.numbers(call.arguments[2])
                let color = try plotting("fill3") { () throws(PlotError) in
                    try colorArgument(call.arguments[3]) ?? RGB.colorOrder[0]
                }
                let xs = polygonColumns(x), ys = polygonColumns(y), zs = polygonColumns(z)
                guard xs.count == ys.count, ys.count == zs.count else {
                    throw GraphicsError.runtime(.lengthMismatch(function: "fill3", counts: [x.count, y.count, z.count]), function: "fill3")
                }
                var patches: [PlotSeries] = []
                for k in xs.indices {
                    let patch = try plotting("fill3") { () throws(PlotError) in
                        try PatchSeries(x: xs[k], y: ys[k], z: zs[k], faceColor: color)
                    }
                    patches.append(.patch(patch))
                }
                return try addSeries(patches, options: options, to: address, call)
            },
        ]
    }

    /// The columns of a matrix as separate polygons, or a vector as one.
    static func polygonColumns(_ a: NDArray<Double>) -> [[Double]] {
        if a.isVector || a.isEmpty { return [a.elements] }
        return (0..<a.columns).map { j in Array(a.elements[(j * a.rows)..<((j + 1) * a.rows)]) }
    }

    /// A colour argument: an RGB triplet, a colour name or letter, a hex code; nil for `"none"`.
    static func colorArgument(_ value: Value) throws(PlotError) -> RGB? {
        if value.isText, let text = try? value.text() {
            if text.lowercased() == "none" { return nil }
            if let named = RGB.named(text) { return named }
            if text.hasPrefix("#") { return try RGB(hex: text) }
            throw .invalidColor(text)
        }
        guard let a = try? value.doubleArray(), a.count == 3, a.elements.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw .invalidPropertyValue(property: "Color", expected: "an RGB triplet with values in 0…1, a colour name or a hex code")
        }
        return RGB(a[linear: 0], a[linear: 1], a[linear: 2])
    }

    /// Adds series to the axes as one plotting command (replacing its contents unless held), applies
    /// `Name, value` options to each, and returns handles to them when asked.
    static func addSeries(_ series: [PlotSeries], options: [(String, Value)], to address: GraphicsHandle.AxesAddress,
                          _ call: GraphicsCall, explicitColors: [Bool] = [], scales: (AxisScale, AxisScale)? = nil) throws -> [Value] {
        var converted: [(String, PropertyValue)] = []
        for (key, value) in options { converted.append((key, try PropertyValue(value, property: key))) }
        var first = 0
        try call.update(address) { (axes: inout Axes) throws(PlotError) in
            var lines: [LineSeries] = []
            var others: [PlotSeries] = []
            for s in series { if case .line(let l) = s { lines.append(l) } else { others.append(s) } }
            let held = axes.NextPlot == .add
            if !held {
                axes = Axes()
                if series.contains(where: \.isThreeD) { axes.View = [-37.5, 30] }
            }
            axes.NextPlot = .add
            first = axes.Children.count
            axes.addLines(lines, explicitColors: explicitColors)
            for s in others { axes.add(s) }
            axes.NextPlot = held ? .add : .replace
            for k in first..<axes.Children.count {
                for (key, value) in converted { try axes.Children[k].setProperty(key, to: value) }
            }
            if let scales { axes.XScale = scales.0; axes.YScale = scales.1 }
        }
        guard call.nargout > 0 else { return [] }
        let handles: [Value] = (first..<(first + series.count)).map {
            .object(GraphicsHandle(.series(axes: address, index: $0), in: call.manager))
        }
        return [handles.count == 1 ? handles[0] : .cellRow(handles)]
    }
}
