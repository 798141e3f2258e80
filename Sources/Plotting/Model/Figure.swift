/// What a figure holds.
public enum FigureContent: Equatable, Sendable {
    /// Nothing yet (a new or cleared figure).
    case empty
    /// One axes filling the figure.
    case axes(Axes)
    /// A tiled layout.
    case layout(TiledLayout)
}

/// A figure window: a number, a size and its axes or tiled layout.
public struct Figure: Equatable, Sendable {
    /// The figure number (`figure(3)`), also its handle's value.
    public let Number: Int
    /// The window name.
    public var Name = ""
    /// Width and height in pixels, MATLAB's `Position(3:4)`; SVG output uses it.
    public var Size: [Double] = [560, 420]
    /// The axes or layout.
    public var content = FigureContent.empty

    /// A new, empty figure.
    public init(number: Int) { Number = number }

    /// `clf`: removes all axes and layouts.
    public mutating func clear() { content = .empty }

    /// Every axes in the figure in tile order, with its 1-based tile number (1 for a lone axes).
    public var allAxes: [(tile: Int, axes: Axes)] {
        switch content {
        case .empty: []
        case .axes(let a): [(1, a)]
        case .layout(let l): l.tiles.enumerated().compactMap { k, a in a.map { (k + 1, $0) } }
        }
    }

    /// Runs `change` on the current axes, as `gca` does: the current tile of a layout
    /// (moving to the first tile if none is current), or the lone axes, made if needed.
    public mutating func withCurrentAxes<T>(_ change: (inout Axes) throws(PlotError) -> T) throws(PlotError) -> T {
        switch content {
        case .empty:
            var axes = Axes()
            let result = try change(&axes)
            content = .axes(axes)
            return result
        case .axes(var axes):
            let result = try change(&axes)
            content = .axes(axes)
            return result
        case .layout(var layout):
            if layout.CurrentTile == 0 { try layout.nextTile() }
            var result: T?
            try layout.updateAxes(atTile: layout.CurrentTile) { (axes: inout Axes) throws(PlotError) in
                result = try change(&axes)
            }
            content = .layout(layout)
            guard let result else { throw .tileOutOfRange(index: layout.CurrentTile, count: layout.tiles.count) }
            return result
        }
    }

    /// `subplot(m, n, p)`: keeps an m×n layout (replacing a layout of another shape) and makes tile p current.
    public mutating func subplot(rows: Int, columns: Int, index: Int) throws(PlotError) {
        var layout: TiledLayout
        if case .layout(let existing) = content, !existing.isFlow, existing.grid == (rows, columns) {
            layout = existing
        } else {
            layout = try TiledLayout(rows: rows, columns: columns)
        }
        try layout.nextTile(index)
        content = .layout(layout)
    }
}
