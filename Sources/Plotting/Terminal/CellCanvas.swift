/// One character cell: a character and optional foreground and background colours.
struct Cell: Equatable {
    var character: Character = " "
    var foreground: RGB?
    var background: RGB?
}

/// A rectangle of character cells that the terminal renderer draws into; clips everything outside.
struct CellCanvas {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets one cell's character (and colour) if inside.
    mutating func put(_ c: Character, _ x: Int, _ y: Int, _ color: RGB? = nil) {
        guard contains(x, y) else { return }
        cells[y * width + x].character = c
        cells[y * width + x].foreground = color
    }

    /// Writes text from (x, y) to the right, clipped.
    mutating func write(_ text: String, _ x: Int, _ y: Int, _ color: RGB? = nil) {
        for (k, c) in text.enumerated() { put(c, x + k, y, color) }
    }

    /// Writes text centred in columns x0 ..< x0 + span, truncated to fit.
    mutating func writeCentred(_ text: String, _ x0: Int, span: Int, _ y: Int, _ color: RGB? = nil) {
        let shown = String(text.prefix(max(0, span)))
        write(shown, x0 + max(0, (span - shown.count) / 2), y, color)
    }

    /// Whether the columns x ..< x + count on row y are all blank.
    func isBlank(_ x: Int, _ y: Int, count: Int) -> Bool {
        (x..<(x + count)).allSatisfy { !contains($0, y) || self[$0, y].character == " " }
    }

    /// Copies another canvas onto this one with its top-left corner at (x, y).
    mutating func blit(_ other: CellCanvas, _ x: Int, _ y: Int) {
        for j in 0..<other.height {
            for i in 0..<other.width where contains(x + i, y + j) {
                self[x + i, y + j] = other[i, j]
            }
        }
    }

    /// The canvas as lines of text, escape-coded for the colour mode, trailing blanks trimmed.
    func lines(_ mode: ColorMode) -> [String] {
        (0..<height).map { y in
            var row = Array(cells[(y * width)..<((y + 1) * width)])
            while let last = row.last, last.character == " ", last.background == nil || mode == .off { row.removeLast() }
            guard mode != .off else { return String(row.map(\.character)) }
            var text = ""
            var current: (RGB?, RGB?) = (nil, nil)
            for cell in row {
                let wanted = (cell.foreground, cell.character == " " && cell.background == nil ? nil : cell.background)
                if wanted.0 != current.0 || wanted.1 != current.1 {
                    if current.0 != nil || current.1 != nil { text += ANSI.reset }
                    if let f = wanted.0 { text += ANSI.foreground(f, mode) }
                    if let b = wanted.1 { text += ANSI.background(b, mode) }
                    current = wanted
                }
                text.append(cell.character)
            }
            if current.0 != nil || current.1 != nil { text += ANSI.reset }
            return text
        }
    }
}
