import Plotting

/// A small deterministic generator (SplitMix64) so test figures never change between runs.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) / Double(1 << 53)
    }

    /// A standard normal value (Box–Muller, approximated with a sum of twelve uniforms to stay in the standard library).
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }
}

/// Figures shaped like the MathWorks example's, built from synthetic data.
enum ExampleFigures {
    /// Figure 1: ReLU and sigmoid with their derivatives, two tiles side by side.
    static func activations() throws -> Figure {
        let x = (0..<200).map { -5 + Double($0) * 0.05 }
        let relu = x.map { max(0, $0) }
        let reluGrad = x.map { $0 > 0 ? 1.0 : 0.0 }
        let sigmoid = x.map { 1 / (1 + exponential(-$0)) }
        let sigmoidGrad = sigmoid.map { $0 * (1 - $0) }
        var figure = Figure(number: 1)
        var layout = try TiledLayout(rows: 1, columns: 2)
        for (k, pair) in [(relu, reluGrad, "ReLU"), (sigmoid, sigmoidGrad, "Sigmoid")].enumerated() {
            try layout.nextTile()
            try layout.updateAxes(atTile: k + 1) { (axes: inout Axes) throws(PlotError) in
                axes.addLines([try LineSeries(x: x, y: pair.0), try LineSeries(x: x, y: pair.1)])
                axes.setLegend([pair.2, "Gradient of \(pair.2)"])
                axes.XLabel.String = "x"
            }
        }
        figure.content = .layout(layout)
        return figure
    }

    /// Figure 4: two noisy decaying loss curves over 2000 iterations with a legend.
    static func losses() throws -> Figure {
        var rng = SeededNumbers(seed: 4)
        let n = 2000
        let relu = (0..<n).map { i in 0.3 + 2.0 * exponential(-Double(i) / 250) + 0.08 * rng.normal() }
        var sigmoid: [Double] = []
        for i in 0..<n {
            let t = Double(i)
            let trend: Double = i < 450 ? 2.3 - 0.0002 * t : 2.21 - 0.00065 * (t - 450)
            let noise: Double = (i < 450 ? 0.02 : 0.04) * rng.normal()
            sigmoid.append(trend + noise)
        }
        var axes = Axes()
        axes.addLines([LineSeries(y: relu), LineSeries(y: sigmoid)])
        axes.setLegend(["ReLU", "Sigmoid"])
        axes.XLabel.String = "Iteration"
        axes.YLabel.String = "Loss"
        var figure = Figure(number: 4)
        figure.content = .axes(axes)
        return figure
    }

    private static let sigmoid50 = Result { try buildGradientDistributions(activation: "Sigmoid", epochs: 50) }
    private static let relu50 = Result { try buildGradientDistributions(activation: "ReLU", epochs: 50) }

    /// Figure 2/3: the 3-D gradient distributions, 2×2 flow tiles of `epochs` fill3 polygons of 30-bin histograms
    /// (the 50-epoch figures are built once and shared).
    static func gradientDistributions(activation: String = "Sigmoid", epochs: Int = 50) throws -> Figure {
        if epochs == 50 && activation == "Sigmoid" { return try sigmoid50.get() }
        if epochs == 50 && activation == "ReLU" { return try relu50.get() }
        return try buildGradientDistributions(activation: activation, epochs: epochs)
    }

    private static func buildGradientDistributions(activation: String, epochs: Int) throws -> Figure {
        var figure = Figure(number: 2)
        var layout = TiledLayout.flow()
        layout.TileSpacing = .tight
        layout.Title.String = "Gradient Distributions with \(activation) Layers"
        let colors = Colormap.parula(epochs)
        for w in 1...4 {
            try layout.nextTile(w)
            try layout.updateAxes(atTile: w) { (axes: inout Axes) throws(PlotError) in
                axes.XLabel.String = "Gradients"
                axes.YLabel.String = "Epochs"
                axes.ZLabel.String = "Counts"
                axes.Title.String = "fc_\(w) Weights"
                try axes.setView([-130, 50])
                try axes.setLimits(.x, [-0.5, 0.5])
                try axes.setLimits(.y, [1, .infinity])
            }
        }
        var rng = SeededNumbers(seed: 7)
        for epoch in 1...epochs {
            for w in 1...4 {
                let count = w == 1 ? 7840 : 100
                let spread = activation == "Sigmoid"
                    ? 0.002 * Double(w * w) * (1 + Double(epoch) / 25)
                    : 0.05 + 0.04 * Double(w) + 0.002 * Double(epoch)
                let values = (0..<count).map { _ in spread * rng.normal() }
                let histogram = try HistogramSeries(data: values, numBins: 30)
                let centres = (0..<30).map { (histogram.BinEdges[$0] + histogram.BinEdges[$0 + 1]) / 2 }
                try layout.nextTile(w)
                try layout.updateAxes(atTile: w) { (axes: inout Axes) throws(PlotError) in
                    axes.NextPlot = .add
                    axes.add(.patch(try PatchSeries(
                        x: centres, y: Array(repeating: Double(epoch), count: 30), z: histogram.Values,
                        faceColor: colors.colors[epoch - 1], edgeColor: try RGB(hex: "#D9D9D9"))))
                    axes.NextPlot = .replace
                }
            }
        }
        figure.content = .layout(layout)
        return figure
    }

    /// A histogram of 1000 normal values.
    static func histogram() throws -> Figure {
        var rng = SeededNumbers(seed: 11)
        var axes = Axes()
        axes.add(.histogram(try HistogramSeries(data: (0..<1000).map { _ in rng.normal() })))
        axes.Title.String = "Gradient values"
        var figure = Figure(number: 5)
        figure.content = .axes(axes)
        return figure
    }

    /// A bar chart with a negative bar.
    static func bars() throws -> Figure {
        var axes = Axes()
        axes.add(.bar(try BarSeries(x: [1, 2, 3, 4], y: [0.8, 0.25, -0.3, 1.6])))
        axes.Title.String = "Mean |g| per layer"
        axes.XLabel.String = "Layer"
        var figure = Figure(number: 6)
        figure.content = .axes(axes)
        return figure
    }

    /// Two bar series grouped side by side at each x, as `bar` draws a 3×2 matrix.
    static func groupedBars() throws -> Figure {
        var axes = Axes()
        axes.NextPlot = .add
        for (k, heights) in [[1.0, 3, 5], [2.0, 4, 6]].enumerated() {
            var bars = try BarSeries(x: [1, 2, 3], y: heights, faceColor: RGB.colorOrder[k])
            bars.group(k, of: 2)
            axes.add(.bar(bars))
        }
        axes.setLegend(["first", "second"])
        var figure = Figure(number: 7)
        figure.content = .axes(axes)
        return figure
    }

    /// A 12×12 grey image of a ring, shown like `imshow` (no axes).
    static func ring() throws -> Figure {
        let n = 12
        var data: [Double] = []
        for i in 0..<n {
            for j in 0..<n {
                let dx = Double(i) - 5.5, dy = Double(j) - 5.5
                let r = (dx * dx + dy * dy).squareRoot()
                data.append(max(0, 1 - abs(r - 4) / 1.5))
            }
        }
        var axes = Axes()
        axes.add(.image(try ImageSeries(rows: n, columns: n, data: data, coloring: .grey(black: 0, white: 1))))
        axes.Visible = false
        axes.Title.String = "digit"
        var figure = Figure(number: 7)
        figure.content = .axes(axes)
        return figure
    }

    /// e^x by its series, enough for test data without Foundation.
    static func exponential(_ x: Double) -> Double {
        let halvings = max(0, Int(abs(x).rounded(.up)))
        var y = x / Double(1 << min(halvings, 40))
        var term = 1.0, sum = 1.0
        for k in 1..<20 {
            term *= y / Double(k)
            sum += term
        }
        y = sum
        for _ in 0..<min(halvings, 40) { y *= y }
        return y
    }
}
