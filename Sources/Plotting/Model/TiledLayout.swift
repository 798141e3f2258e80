/// Space between tiles, as `TileSpacing` names it.
public enum TileSpacing: String, Equatable, Sendable {
    /// Most space.
    case loose
    /// Less space.
    case compact
    /// Room for tick labels only.
    case tight
    /// No space.
    case none
}

/// A grid of axes (`tiledlayout`, also used for `subplot`), with an optional overall title.
public struct TiledLayout: Equatable, Sendable {
    /// `[rows columns]` of a fixed grid; for a flow layout, the grid the current tiles fit in.
    public var GridSize: [Int] {
        let (r, c) = grid
        return [r, c]
    }
    /// Whether the grid grows near-square with the tiles (`tiledlayout("flow")`).
    public let isFlow: Bool
    /// The title above all tiles (`t.Title.String = "…"`).
    public var Title = TextLabel()
    /// Space between tiles.
    public var TileSpacing = Plotting.TileSpacing.loose
    /// The axes in tile order; nil for tiles not yet made.
    public private(set) var tiles: [Axes?]
    /// The 1-based number of the current tile, 0 before the first `nexttile`.
    public private(set) var CurrentTile = 0
    private let fixedRows: Int
    private let fixedColumns: Int

    /// A fixed `rows × columns` grid.
    public init(rows: Int, columns: Int) throws(PlotError) {
        guard rows >= 1, columns >= 1, rows <= 100, columns <= 100 else {
            throw .invalidGridSize(rows: rows, columns: columns)
        }
        isFlow = false
        fixedRows = rows
        fixedColumns = columns
        tiles = Array(repeating: nil, count: rows * columns)
    }

    /// A flow layout: the grid is the near-square one that fits the tiles made so far (4 tiles → 2×2).
    public static func flow() -> TiledLayout { TiledLayout() }

    private init() {
        isFlow = true
        fixedRows = 0
        fixedColumns = 0
        tiles = []
    }

    /// Rows and columns: fixed, or for a flow layout `ceil(√n)` columns and as many rows as needed.
    public var grid: (rows: Int, columns: Int) {
        guard isFlow else { return (fixedRows, fixedColumns) }
        let n = max(1, tiles.count)
        let columns = Int(Double(n).squareRoot().rounded(.up))
        return ((n + columns - 1) / columns, columns)
    }

    /// `nexttile` / `nexttile(i)`: makes tile `index` current (creating its axes) and returns its 1-based number.
    /// Without an index it moves to the tile after the current one.
    @discardableResult
    public mutating func nextTile(_ index: Int? = nil) throws(PlotError) -> Int {
        let target = index ?? CurrentTile + 1
        if isFlow {
            guard target >= 1, target <= 10_000 else { throw .tileOutOfRange(index: target, count: tiles.count) }
            while tiles.count < target { tiles.append(nil) }
        } else {
            guard target >= 1, target <= tiles.count else { throw .tileOutOfRange(index: target, count: tiles.count) }
        }
        if tiles[target - 1] == nil { tiles[target - 1] = Axes() }
        CurrentTile = target
        return target
    }

    /// The axes in tile `index` (1-based), if made.
    public func axes(atTile index: Int) -> Axes? {
        tiles.indices.contains(index - 1) ? tiles[index - 1] : nil
    }

    /// Changes the axes in tile `index` (1-based), if made.
    public mutating func updateAxes(atTile index: Int, _ change: (inout Axes) throws(PlotError) -> Void) throws(PlotError) {
        guard tiles.indices.contains(index - 1), var axes = tiles[index - 1] else {
            throw .tileOutOfRange(index: index, count: tiles.count)
        }
        try change(&axes)
        tiles[index - 1] = axes
    }
}
