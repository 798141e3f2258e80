import Foundation
import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `exportgraphics`, `saveas`, `print`, `gradlab_options`.
    static func exportFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            builtin("exportgraphics", m, help: """
                exportgraphics - Save a figure, layout or axes as an SVG file
                  exportgraphics(f, "file.svg")    f is a figure, tiled layout or axes handle
                Only SVG output is available; the file is a standalone document.
                Example: f = figure; plot(1:10); exportgraphics(f, "line.svg")
                """) { call in
                try call.require(1...1)
                guard let handle = call.handle else {
                    throw GraphicsError.argument("exportgraphics", "The first argument must be a figure, tiled layout or axes handle.")
                }
                let path = try svgPath(try call.text(0), function: "exportgraphics", call)
                try write(try exportedFigure(handle, m), to: path, function: "exportgraphics")
                return []
            },
            builtin("saveas", m, help: """
                saveas - Save a figure to a file
                  saveas(f, "file.svg")           SVG by the file's extension
                  saveas(f, "file", "svg")        the format given explicitly
                """) { call in
                try call.require(1...2)
                guard let handle = call.handle else { throw GraphicsError.argument("saveas", "The first argument must be a figure handle.") }
                var file = try call.text(0)
                if call.arguments.count == 2 {
                    let format = try call.text(1).lowercased()
                    guard format == "svg" else { throw GraphicsError.argument("saveas", "Unsupported format '\(format)'; use 'svg'.") }
                    if !file.lowercased().hasSuffix(".svg") { file += ".svg" }
                }
                try write(try exportedFigure(handle, m), to: try svgPath(file, function: "saveas", call), function: "saveas")
                return []
            },
            builtin("print", m, help: """
                print - Print a figure to a file
                  print -dsvg file         the current figure as file.svg (command syntax)
                  print(f, "-dsvg", "file")
                  print -f2 -dsvg file     figure 2
                """) { call in
                var number = call.handle?.figureNumber
                var format: String?
                var file: String?
                for k in call.arguments.indices {
                    let word = try call.text(k)
                    if word.hasPrefix("-d") {
                        format = String(word.dropFirst(2)).lowercased()
                    } else if word.hasPrefix("-f"), let n = Int(word.dropFirst(2)) {
                        number = n
                    } else if word.hasPrefix("-") {
                        continue
                    } else {
                        file = word
                    }
                }
                guard format == nil || format == "svg" else {
                    throw GraphicsError.argument("print", "Unsupported format '-d\(format!)'; use -dsvg.")
                }
                guard var file else { throw GraphicsError.argument("print", "Specify a file name: print -dsvg file.") }
                if !file.lowercased().hasSuffix(".svg") { file += ".svg" }
                let n = number ?? m.currentOrNew()
                guard let figure = m.figure(n) else { throw GraphicsError.argument("print", "Figure \(n) is not open.") }
                try write(figure, to: try svgPath(file, function: "print", call), function: "print")
                return []
            },
            BuiltinFunction(name: "gradlab_options", help: """
                gradlab_options - GradLab's display options for figures
                  gradlab_options("view3d", "heatmap")     draw 3-D gradient-distribution axes in the terminal
                                                           as a heat map (one row per epoch, shade = count)
                  gradlab_options("view3d", "projection")  a faithful 3-D projection (the default)
                  gradlab_options("figures", DIR)          write changed figures as DIR/figureN.svg instead of
                                                           drawing them ("" draws them again)
                  s = gradlab_options                      the current settings as a struct
                """) { call in
                guard call.arguments.count % 2 == 0 else {
                    throw GraphicsError.argument("gradlab_options", "Options come in name, value pairs.")
                }
                var settings = m.options
                for k in stride(from: 0, to: call.arguments.count, by: 2) {
                    guard call.arguments[k].isText, call.arguments[k + 1].isText else {
                        throw GraphicsError.argument("gradlab_options", "Option names and values must be text.")
                    }
                    let key = try call.arguments[k].text().lowercased(), value = try call.arguments[k + 1].text()
                    switch key {
                    case "view3d":
                        switch value.lowercased() {
                        case "heatmap": settings.threeD = .heatMap
                        case "projection": settings.threeD = .projection
                        default: throw GraphicsError.argument("gradlab_options", "view3d must be \"heatmap\" or \"projection\".")
                        }
                    case "figures": settings.folder = value.isEmpty ? nil : value
                    default: throw GraphicsError.argument("gradlab_options", "Unknown option '\(key)'; use \"view3d\" or \"figures\".")
                    }
                }
                m.options = settings
                return [.structScalar([
                    ("view3d", .charArray(settings.threeD == .heatMap ? "heatmap" : "projection")),
                    ("figures", .charArray(settings.folder ?? "")),
                ])]
            },
        ]
    }

    /// The figure to export for a handle: the figure itself, or a layout's figure, or a figure holding only that axes.
    static func exportedFigure(_ handle: GraphicsHandle, _ m: FigureManager) throws(RuntimeError) -> Figure {
        guard handle.isValid, let figure = m.figure(handle.figureNumber) else { throw GraphicsHandle.deleted }
        if let address = handle.axesAddress {
            var single = Figure(number: figure.Number)
            single.Size = figure.Size
            single.content = .axes(try handle.readAxes(address))
            return single
        }
        return figure
    }

    /// The absolute path of an SVG file name, relative names resolved against the current folder.
    static func svgPath(_ file: String, function: String, _ call: GraphicsCall) throws(RuntimeError) -> String {
        guard !file.isEmpty else { throw GraphicsError.argument(function, "The file name is empty.") }
        let ext = (file as NSString).pathExtension.lowercased()
        guard ext == "svg" else {
            throw GraphicsError.argument(function, "Unsupported file type '.\(ext)'; GradLab writes SVG files (.svg).")
        }
        if file.hasPrefix("/") { return file }
        let folder = (call.context as? Interpreter)?.currentFolder ?? FileManager.default.currentDirectoryPath
        return (folder as NSString).appendingPathComponent(file)
    }

    /// Writes a figure as a standalone SVG document.
    static func write(_ figure: Figure, to path: String, function: String) throws(RuntimeError) {
        let svg = SVGRenderer().render(figure)
        do {
            try svg.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw GraphicsError.argument(function, "Cannot write '\(path)': \(error.localizedDescription)")
        }
    }
}
