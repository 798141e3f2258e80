/// Even-odd scanline filling of a polygon on an integer grid.
enum PolygonFill {
    /// Calls `visit(x, y)` for every grid point (x, y) with y in `rows` and x in `columns` whose
    /// position (x + offset.x, y + offset.y) in `scale` units lies inside the polygon.
    static func scan(_ polygon: [Point2], rows: Range<Int>, columns: Range<Int>, scaleX: Double = 1, scaleY: Double = 1,
                     offsetX: Double = 0, offsetY: Double = 0, _ visit: (Int, Int) -> Void) {
        guard polygon.count >= 3 else { return }
        let minY = polygon.map(\.y).min() ?? 0, maxY = polygon.map(\.y).max() ?? 0
        let firstRow = max(rows.lowerBound, Int(((minY / scaleY) - offsetY).rounded(.down)))
        let lastRow = min(rows.upperBound - 1, Int(((maxY / scaleY) - offsetY).rounded(.up)))
        guard firstRow <= lastRow else { return }
        var crossings: [Double] = []
        for row in firstRow...lastRow {
            let y = (Double(row) + offsetY) * scaleY
            crossings.removeAll(keepingCapacity: true)
            for k in polygon.indices {
                let a = polygon[k], b = polygon[(k + 1) % polygon.count]
                if (a.y <= y && b.y > y) || (b.y <= y && a.y > y) {
                    crossings.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x))
                }
            }
            crossings.sort()
            var k = 0
            while k + 1 < crossings.count {
                let from = max(columns.lowerBound, Int((crossings[k] / scaleX - offsetX).rounded(.up)))
                let to = min(columns.upperBound - 1, Int((crossings[k + 1] / scaleX - offsetX).rounded(.down)))
                if from <= to { for x in from...to { visit(x, row) } }
                k += 2
            }
        }
    }
}
