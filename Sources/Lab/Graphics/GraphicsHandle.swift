import MatLang
import Plotting

/// A handle to a graphics object, as `figure`, `tiledlayout`, `nexttile`, `gca` and `plot` return.
///
/// Handles behave like MATLAB's: copies refer to the same object, and setting a property through
/// any copy (`t.Title.String = "…"`) changes the figure in the ``FigureManager``. A handle whose
/// figure was closed, cleared or given a new layout reports `Invalid or deleted object.`
public struct GraphicsHandle: MatObject {
    /// What the handle points at.
    public enum Target: Equatable, Sendable {
        /// A figure, by number.
        case figure(Int)
        /// The tiled layout of a figure whose content has the generation id `content`.
        case layout(figure: Int, content: Int)
        /// An axes: tile `tile` of a layout (0 for a figure's lone axes).
        case axes(figure: Int, content: Int, tile: Int)
        /// A text object (title or label) inside an axes or layout, named by its property path.
        case text(owner: Owner, property: String)
        /// The `index`-th child series (0-based) of an axes.
        case series(axes: AxesAddress, index: Int)
    }

    /// The owner of a text object.
    public enum Owner: Equatable, Sendable {
        /// A layout's title.
        case layout(figure: Int, content: Int)
        /// An axes' title or label.
        case axes(AxesAddress)
    }

    /// Where an axes lives: its figure, the figure's content generation and the tile (0 for a lone axes).
    public struct AxesAddress: Equatable, Sendable {
        /// The figure number.
        public let figure: Int
        /// The generation id of the figure's content when the handle was made.
        public let content: Int
        /// The tile number, 0 for a figure's lone axes.
        public let tile: Int
    }

    /// The object pointed at.
    public let target: Target
    /// The figures the handle lives in.
    let manager: FigureManager

    /// A handle to `target` in `manager`.
    public init(_ target: Target, in manager: FigureManager) {
        self.target = target
        self.manager = manager
    }

    /// MATLAB's class names: `matlab.ui.Figure`, `matlab.graphics.layout.TiledChartLayout`, ….
    public var className: String {
        switch target {
        case .figure: "matlab.ui.Figure"
        case .layout: "matlab.graphics.layout.TiledChartLayout"
        case .axes: "matlab.graphics.axis.Axes"
        case .text: "matlab.graphics.primitive.Text"
        case .series(let address, let index):
            "matlab.graphics.chart.primitive." + ((try? series(address, index).className) ?? "Line")
        }
    }

    /// The figure number the handle belongs to.
    public var figureNumber: Int {
        switch target {
        case .figure(let n), .layout(let n, _): n
        case .axes(let n, _, _): n
        case .text(.layout(let n, _), _): n
        case .text(.axes(let a), _): a.figure
        case .series(let a, _): a.figure
        }
    }

    /// The address of the axes this handle is, or nil for other objects.
    public var axesAddress: AxesAddress? {
        if case .axes(let figure, let content, let tile) = target {
            return AxesAddress(figure: figure, content: content, tile: tile)
        }
        return nil
    }

    /// Whether the object still exists.
    public var isValid: Bool {
        switch target {
        case .figure(let n): manager.isOpen(n)
        case .layout(let n, let content), .text(.layout(let n, let content), _):
            manager.contentID(n) == content && isLayout(n)
        case .axes(let figure, let content, let tile):
            (try? readAxes(AxesAddress(figure: figure, content: content, tile: tile))) != nil
        case .text(.axes(let address), _): (try? readAxes(address)) != nil
        case .series(let address, let index): (try? series(address, index)) != nil
        }
    }

    private func isLayout(_ n: Int) -> Bool {
        if case .layout = manager.figure(n)?.content { return true }
        return false
    }

    /// The axes at `address`, or the deleted-object error.
    func readAxes(_ address: AxesAddress) throws(RuntimeError) -> Axes {
        guard manager.contentID(address.figure) == address.content, let figure = manager.figure(address.figure) else {
            throw GraphicsHandle.deleted
        }
        switch figure.content {
        case .axes(let axes) where address.tile == 0: return axes
        case .layout(let layout) where address.tile > 0:
            if let axes = layout.axes(atTile: address.tile) { return axes }
        default: break
        }
        throw GraphicsHandle.deleted
    }

    /// Changes the axes at `address` in its figure.
    func updateAxes(_ address: AxesAddress, _ change: (inout Axes) throws(PlotError) -> Void) throws(RuntimeError) {
        _ = try readAxes(address)
        do {
            try manager.update(address.figure) { (figure: inout Figure) throws(PlotError) in
                switch figure.content {
                case .axes(var axes):
                    try change(&axes)
                    figure.content = .axes(axes)
                case .layout(var layout):
                    try layout.updateAxes(atTile: address.tile, change)
                    figure.content = .layout(layout)
                case .empty:
                    break
                }
            }
        } catch {
            throw GraphicsError.runtime(error, function: "set")
        }
    }

    private func series(_ address: AxesAddress, _ index: Int) throws(RuntimeError) -> PlotSeries {
        let axes = try readAxes(address)
        guard axes.Children.indices.contains(index) else { throw GraphicsHandle.deleted }
        return axes.Children[index]
    }

    static let deleted = RuntimeError.invalidArgument(function: nil, position: nil, reason: "Invalid or deleted object.")
}
