/// One measured quantity: a stable key (used in `--json`), its value, a unit and, where the
/// design fixes one, the budget it must meet.
struct BenchmarkRow: Sendable {
    /// Which way a budget points.
    enum Budget: Sendable {
        /// The value must not exceed the limit.
        case atMost(Double)
        /// The value must reach at least the limit.
        case atLeast(Double)
    }

    /// The key, e.g. `example_loop_seconds`.
    var key: String
    /// The measured value.
    var value: Double
    /// The unit shown in the table (`s`, `µs`, `MB`, `GFLOP/s`).
    var unit: String
    /// The budget from the design, if any.
    var budget: Budget?
    /// A short note shown after the value (the shape measured, the iteration count).
    var note: String

    init(_ key: String, _ value: Double, unit: String, budget: Budget? = nil, note: String = "") {
        self.key = key
        self.value = value
        self.unit = unit
        self.budget = budget
        self.note = note
    }

    /// Whether the value meets its budget (`nil` when there is none).
    var meetsBudget: Bool? {
        switch budget {
        case .none: nil
        case .atMost(let limit)?: value <= limit
        case .atLeast(let limit)?: value >= limit
        }
    }
}

/// The benchmark's results: named rows in the order they were measured. Other parts add rows
/// (`example_script_seconds`, `lesson2_seconds`, `startup_ms`) by appending to the table.
struct BenchmarkTable: Sendable {
    private(set) var rows: [BenchmarkRow] = []

    /// Adds a row; a row with the same key replaces the earlier one.
    mutating func add(_ row: BenchmarkRow) {
        if let index = rows.firstIndex(where: { $0.key == row.key }) {
            rows[index] = row
        } else {
            rows.append(row)
        }
    }

    /// The value of the row with `key`, if it was measured.
    func value(of key: String) -> Double? {
        rows.first { $0.key == key }?.value
    }

    /// A plain-text table: key, value with unit, budget and verdict, note.
    func renderedText() -> String {
        let keyWidth = max(rows.map(\.key.count).max() ?? 0, 3)
        var lines = [pad("row", keyWidth) + "  " + pad("value", 16) + "  " + pad("budget", 12) + "  note"]
        for row in rows {
            let value = format(row.value) + " " + row.unit
            var budget = ""
            switch row.budget {
            case .atMost(let limit)?: budget = "≤ " + format(limit)
            case .atLeast(let limit)?: budget = "≥ " + format(limit)
            case nil: break
            }
            if let ok = row.meetsBudget { budget += ok ? " ok" : " MISS" }
            lines.append(pad(row.key, keyWidth) + "  " + pad(value, 16) + "  " + pad(budget, 12) + "  " + row.note)
        }
        return lines.joined(separator: "\n")
    }

    /// One JSON object mapping each key to its value.
    func renderedJSON() -> String {
        let fields = rows.map { row in
            "\"\(row.key)\": " + (row.value.isFinite ? jsonNumber(row.value) : "null")
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        if magnitude >= 100 { return String(Int(value.rounded())) }
        if magnitude >= 1 { return trimmed(value, digits: 3) }
        return trimmed(value, digits: 4)
    }

    private func trimmed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return "\(rounded)"
    }

    private func jsonNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
