import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `plot`, `semilogy` or `loglog`: data groups `Y`, `X, Y` or `X, Y, LineSpec`, repeated, then options.
    static func lineFunction(_ name: String, _ m: FigureManager, scales: (AxisScale, AxisScale)?, summary: String) -> BuiltinFunction {
        builtin(name, m, help: """
            \(name) - \(summary)
              \(name)(Y)              Y against its indices; a matrix draws one line per column
              \(name)(X, Y)           a vector X with a matrix Y draws the columns (or the rows) that match X
              \(name)(X, Y, LineSpec) with a line specification such as "r--o" (colour, line style, marker)
              \(name)(X1, Y1, X2, Y2, ...)
              \(name)(ax, ...)        in axes ax
              \(name)(..., LineWidth=2, Color=[0 0 1], DisplayName="…", LineStyle="--", Marker="o")
            NaN and Inf values leave gaps in the lines.
            Example: x = linspace(0, 1, 50); \(name)(x, [x; x.^2])
            """) { call in
            let options = try call.takeOptions(lineOptions, className: "Line")
            let address = try call.targetAxes()
            var lines: [LineSeries] = []
            var explicit: [Bool] = []
            var k = 0
            let args = call.arguments
            if args.isEmpty { throw RuntimeError.notEnoughInputs(function: name) }
            while k < args.count {
                guard !args[k].isText else {
                    throw GraphicsError.runtime(.invalidLineSpec((try? args[k].text()) ?? ""), function: name)
                }
                var x: NDArray<Double>?
                let y: NDArray<Double>
                if k + 1 < args.count, !args[k + 1].isText {
                    x = try call.numbers(args[k])
                    y = try call.numbers(args[k + 1])
                    k += 2
                } else {
                    guard k == 0 else { throw GraphicsError.argument(name, "Data must be given as X, Y pairs.") }
                    y = try call.numbers(args[k])
                    k += 1
                }
                var spec: LineSpec?
                if k < args.count, args[k].isText {
                    let text = try args[k].text()
                    spec = try plotting(name) { () throws(PlotError) in try LineSpec(text) }
                    k += 1
                }
                for var line in try lineSeries(x: x, y: y, function: name) {
                    if let spec { line.apply(spec) }
                    lines.append(line)
                    explicit.append(spec?.color != nil)
                }
            }
            return try addSeries(lines.map(PlotSeries.line), options: options, to: address, call,
                                 explicitColors: explicit, scales: scales)
        }
    }

    /// The lines of one `X, Y` group, as MATLAB pairs vectors and matrices.
    static func lineSeries(x: NDArray<Double>?, y: NDArray<Double>, function: String) throws(RuntimeError) -> [LineSeries] {
        func columns(_ a: NDArray<Double>) -> [[Double]] {
            (0..<a.columns).map { j in Array(a.elements[(j * a.rows)..<((j + 1) * a.rows)]) }
        }
        func rows(_ a: NDArray<Double>) -> [[Double]] {
            (0..<a.rows).map { i in (0..<a.columns).map { j in a[linear: i + j * a.rows] } }
        }
        func mismatch(_ counts: [Int]) -> RuntimeError {
            GraphicsError.runtime(.lengthMismatch(function: function, counts: counts), function: function)
        }
        guard y.size.count <= 2, (x?.size.count ?? 2) <= 2 else {
            throw GraphicsError.argument(function, "Data cannot have more than 2 dimensions.")
        }
        guard let x else {
            if y.isEmpty { return [] }
            if y.isVector { return [LineSeries(y: y.elements)] }
            return columns(y).map { LineSeries(y: $0) }
        }
        if x.isEmpty && y.isEmpty { return [] }
        let ys: [[Double]]
        var xs: [[Double]]
        if x.isVector && y.isVector {
            guard x.count == y.count else { throw mismatch([x.count, y.count]) }
            xs = [x.elements]
            ys = [y.elements]
        } else if x.isVector {
            if y.rows == x.count { ys = columns(y) } else if y.columns == x.count { ys = rows(y) } else { throw mismatch([x.count, y.rows]) }
            xs = Array(repeating: x.elements, count: ys.count)
        } else if y.isVector {
            if x.rows == y.count { xs = columns(x) } else if x.columns == y.count { xs = rows(x) } else { throw mismatch([x.rows, y.count]) }
            ys = Array(repeating: y.elements, count: xs.count)
        } else {
            guard x.size == y.size else { throw mismatch([x.count, y.count]) }
            xs = columns(x)
            ys = columns(y)
        }
        var out: [LineSeries] = []
        for (a, b) in zip(xs, ys) {
            out.append(try plotting(function) { () throws(PlotError) in try LineSeries(x: a, y: b) })
        }
        return out
    }
}
