import Foundation
import Plotting

/// The open figures of one session, which one is current, and which changed since they were last shown.
///
/// Graphics built-ins change figures only through this object, so every change marks its figure
/// dirty; the session shows dirty figures once a statement (or section) has finished, never on every
/// intermediate call. Handles (`f = figure`, `ax = nexttile`) name figures by number and layouts and
/// axes by a generation id, so a handle to a closed or cleared figure fails cleanly.
///
/// The manager belongs to the thread running the interpreter; it is marked `Sendable` so that
/// built-in closures can hold it, and guards its state with a lock.
public final class FigureManager: @unchecked Sendable {
    private let lock = NSLock()
    private var figures: [Int: Figure] = [:]
    private var layoutIDs: [Int: Int] = [:]
    private var generation = 0
    private var current: Int?
    private var dirty: Set<Int> = []
    private var settings = FigureSettings()

    /// A manager with no figures.
    public init() {}

    /// How figures are shown and where they are written (the 3-D style, the figures folder).
    public var options: FigureSettings {
        get { lock.withLock { settings } }
        set { lock.withLock { settings = newValue } }
    }

    /// The numbers of the open figures, increasing.
    public var figureNumbers: [Int] { lock.withLock { figures.keys.sorted() } }

    /// The current figure's number, if any figure is open.
    public var currentNumber: Int? { lock.withLock { current } }

    /// The figure with that number, if open.
    public func figure(_ number: Int) -> Figure? { lock.withLock { figures[number] } }

    /// Whether figure `number` is open.
    public func isOpen(_ number: Int) -> Bool { lock.withLock { figures[number] != nil } }

    /// Opens a new figure with the lowest free number (or `number`), makes it current and returns its number.
    @discardableResult
    public func open(_ number: Int? = nil) -> Int {
        lock.withLock {
            let n = number ?? (1...).first { figures[$0] == nil }!
            if figures[n] == nil { figures[n] = Figure(number: n) }
            current = n
            dirty.insert(n)
            return n
        }
    }

    /// Makes an open figure current (`figure(f)`), without marking it changed.
    public func makeCurrent(_ number: Int) {
        lock.withLock { if figures[number] != nil { current = number } }
    }

    /// The current figure's number, opening figure 1 (or the lowest free number) when none is open, as `gcf` does.
    public func currentOrNew() -> Int {
        if let n = currentNumber { return n }
        return open()
    }

    /// Closes one figure; the most recently numbered remaining figure becomes current.
    public func close(_ number: Int) {
        lock.withLock {
            figures[number] = nil
            layoutIDs[number] = nil
            dirty.remove(number)
            if current == number { current = figures.keys.max() }
        }
    }

    /// Closes every figure (`close all`).
    public func closeAll() {
        lock.withLock {
            figures.removeAll()
            layoutIDs.removeAll()
            dirty.removeAll()
            current = nil
        }
    }

    /// Changes figure `number` and marks it dirty; a new layout or `clf` gets a new generation id.
    public func update<T>(_ number: Int, _ change: (inout Figure) throws(PlotError) -> T) throws(PlotError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard var figure = figures[number] else { throw .invalidPropertyValue(property: "Figure", expected: "an open figure") }
        let before = layoutKey(figure)
        let result = try change(&figure)
        if layoutKey(figure) != before {
            generation += 1
            layoutIDs[number] = generation
        }
        figures[number] = figure
        dirty.insert(number)
        return result
    }

    /// Replaces the content of a figure with a new layout or axes and returns the new generation id.
    public func replaceContent(_ number: Int, with content: FigureContent) -> Int {
        lock.withLock {
            generation += 1
            figures[number, default: Figure(number: number)].content = content
            layoutIDs[number] = generation
            dirty.insert(number)
            return generation
        }
    }

    /// The generation id of the figure's current content (changes when a layout is replaced or the figure cleared).
    public func contentID(_ number: Int) -> Int? {
        lock.withLock {
            guard figures[number] != nil else { return nil }
            if let id = layoutIDs[number] { return id }
            generation += 1
            layoutIDs[number] = generation
            return generation
        }
    }

    /// Marks a figure changed without changing it (`drawnow` after an external change).
    public func markChanged(_ number: Int) { _ = lock.withLock { dirty.insert(number) } }

    /// The figures changed since the last call, by increasing number, and forgets that they changed.
    public func takeChangedFigures() -> [Figure] {
        lock.withLock {
            let list = dirty.sorted().compactMap { figures[$0] }
            dirty.removeAll()
            return list
        }
    }

    /// Whether any figure changed since the last ``takeChangedFigures()``.
    public var hasChanges: Bool { lock.withLock { !dirty.isEmpty } }

    private func layoutKey(_ figure: Figure) -> Int {
        switch figure.content {
        case .empty: 0
        case .axes: 1
        case .layout(let l): 2 + (l.isFlow ? 0 : 1000 * l.grid.rows + l.grid.columns)
        }
    }
}
