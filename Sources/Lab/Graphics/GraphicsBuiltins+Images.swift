import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `imshow`, `imagesc`, `montage`, `colormap`, `parula`.
    static func imageFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            builtin("imshow", m, help: """
                imshow - Display an image
                  imshow(I)            a grey image with 0 black and 1 white, or an m×n×3 true-colour image
                  imshow(I, [])        grey scaled to the data range
                  imshow(I, [lo hi])   grey with lo black and hi white
                Axes lines are hidden; pixels are square.
                Example: imshow(XTrain(:, :, 1, 1))
                """) { call in
                try call.require(1...2)
                let a = try call.numbers(call.arguments[0], what: "Image data")
                var coloring = ImageColoring.grey(black: 0, white: 1)
                if a.size.count == 3 && a.size[2] == 3 {
                    coloring = .trueColor
                } else if call.arguments.count == 2 {
                    let range = try call.numbers(call.arguments[1], what: "Display range").elements
                    let finite = a.elements.filter(\.isFinite)
                    if range.isEmpty {
                        coloring = .grey(black: finite.min() ?? 0, white: finite.max() ?? 1)
                    } else if range.count == 2, range[0] < range[1] {
                        coloring = .grey(black: range[0], white: range[1])
                    } else {
                        throw GraphicsError.argument("imshow", "The display range must be [] or [low high] with low < high.")
                    }
                }
                let image = try imageSeries(a, coloring: coloring, function: "imshow")
                return try showImage(image, call, axesVisible: false)
            },
            builtin("imagesc", m, help: """
                imagesc - Display an image with scaled colours
                  imagesc(C)            values mapped through the colormap over their range
                  imagesc(C, [lo hi])   over the given colour limits
                Example: imagesc(magic(4)); colormap("hot")
                """) { call in
                try call.require(1...2)
                let a = try call.numbers(call.arguments[0], what: "Image data")
                var image = try imageSeries(a, coloring: .scaled, function: "imagesc")
                if call.arguments.count == 2 {
                    let limits = try call.numbers(call.arguments[1], what: "Colour limits").elements
                    guard limits.count == 2, limits[0] < limits[1] else {
                        throw GraphicsError.argument("imagesc", "Colour limits must be [low high] with low < high.")
                    }
                    image.CLim = limits
                }
                return try showImage(image, call, axesVisible: true)
            },
            builtin("montage", m, help: """
                montage - Display several images tiled in one
                  montage(X)                 X is h×w×1×N (or h×w×N): N grey images in a near-square grid
                  montage(X, Size=[r c])     r rows and c columns of images
                Example: montage(XTrain(:, :, :, 1:16))
                """) { call in
                let options = try call.takeOptions(["Size"], className: "montage")
                try call.require(1...1)
                let a = try call.numbers(call.arguments[0], what: "Images")
                let size = a.size + [1, 1]
                let h = size[0], w = size[1]
                var count = size[2] * size[3]
                if a.size.count == 4 && size[2] != 1 {
                    throw GraphicsError.argument("montage", "Images must be h×w×1×N (grey); got \(a.size.map(String.init).joined(separator: "×")).")
                }
                if a.isEmpty { count = 0 }
                var columns: Int?
                for (_, value) in options {
                    let s = try call.numbers(value, what: "Size").elements
                    guard s.count == 2, s.allSatisfy({ $0 >= 1 && $0 == $0.rounded() && $0 <= 10_000 }) else {
                        throw GraphicsError.argument("montage", "Size must be [rows columns] of positive integers.")
                    }
                    columns = Int(s[1])
                    count = min(count, Int(s[0]) * Int(s[1]))
                }
                var images: [ImageSeries] = []
                for k in 0..<count {
                    let slice = NDArray(size: [h, w], elements: Array(a.elements[(k * h * w)..<((k + 1) * h * w)]))
                    images.append(try imageSeries(slice, coloring: .grey(black: 0, white: 1), function: "montage"))
                }
                let image = try plotting("montage") { () throws(PlotError) in try ImageSeries.montage(images, columns: columns) }
                return try showImage(image, call, axesVisible: false)
            },
            builtin("colormap", m, help: """
                colormap - Colormap of the current axes
                  colormap(name)       "parula", "gray", "hot" or "jet"
                  colormap(map)        an n×3 matrix of RGB rows in 0…1
                  colormap(ax, ...)
                  cmap = colormap      the current colormap as an n×3 matrix
                Example: imagesc(peaks); colormap("hot")
                """) { call in
                try call.require(0...1)
                let address = try call.targetAxes()
                if let value = call.arguments.first {
                    let map: Colormap = try plotting("colormap") { () throws(PlotError) in
                        if value.isText, let name = try? value.text() { return try Colormap.named(name) }
                        guard let a = try? value.doubleArray(), a.size.count == 2, a.size[1] == 3, a.rows >= 1,
                              a.elements.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                            throw .invalidColormap("expected an n×3 matrix of values in 0…1 or a colormap name")
                        }
                        return try Colormap(colors: (0..<a.rows).map { RGB(a[$0, 0], a[$0, 1], a[$0, 2]) })
                    }
                    try call.update(address) { (axes: inout Axes) throws(PlotError) in axes.Colormap = map }
                    return call.nargout > 0 ? [matrix(map)] : []
                }
                let axes = try GraphicsHandle(.axes(figure: address.figure, content: address.content, tile: address.tile), in: m)
                    .readAxes(address)
                return [matrix(axes.Colormap)]
            },
            BuiltinFunction(name: "parula", help: """
                parula - Parula colormap: dark blue through teal and green to yellow
                  c = parula        256×3
                  c = parula(n)     n×3 double, row 1 dark blue, row n yellow
                Example: c = parula(50); c(50, :)
                """) { call in
                guard call.arguments.count <= 1 else { throw RuntimeError.tooManyInputs(function: "parula") }
                var n = 256
                if let first = call.arguments.first {
                    n = try first.scalarInt()
                    guard n >= 0, n <= 1_000_000 else {
                        throw GraphicsError.argument("parula", "The number of colours must be a non-negative integer.")
                    }
                }
                if n == 0 { return [.zeros([0, 3])] }
                return [matrix(Colormap.parula(n))]
            },
        ]
    }

    /// An n×3 double matrix of a colormap's rows.
    static func matrix(_ map: Colormap) -> Value {
        .matrix(map.colors.map { [$0.r, $0.g, $0.b] })
    }

    /// An image from a 2-D array (or m×n×3 for true colour), turned to row-major pixels.
    static func imageSeries(_ a: NDArray<Double>, coloring: ImageColoring, function: String) throws(RuntimeError) -> ImageSeries {
        let channels = coloring == .trueColor ? 3 : 1
        guard a.size.count == 2 || (a.size.count == 3 && a.size[2] == channels) else {
            throw GraphicsError.argument(function, "Image data must be m×n\(channels == 3 ? "×3" : ""); got \(a.size.map(String.init).joined(separator: "×")).")
        }
        let rows = a.size[0], columns = a.size[1]
        var data = [Double](repeating: 0, count: rows * columns * channels)
        for c in 0..<channels {
            for j in 0..<columns {
                for i in 0..<rows { data[(i * columns + j) * channels + c] = a[linear: i + j * rows + c * rows * columns] }
            }
        }
        return try plotting(function) { () throws(PlotError) in
            try ImageSeries(rows: rows, columns: columns, data: data, coloring: coloring)
        }
    }

    /// Shows an image in the target axes (replacing its contents unless held).
    static func showImage(_ image: ImageSeries, _ call: GraphicsCall, axesVisible: Bool) throws -> [Value] {
        let address = try call.targetAxes()
        let result = try addSeries([.image(image)], options: [], to: address, call)
        try call.update(address) { (axes: inout Axes) throws(PlotError) in
            axes.Visible = axesVisible
            axes.YLim = [-.infinity, .infinity]
        }
        return result
    }
}
