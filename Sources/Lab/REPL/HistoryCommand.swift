/// The REPL's `history` command: `history` lists every entry, `history N` the last N.
struct HistoryCommand: Equatable {
    /// How many of the newest entries to list, or `nil` for all.
    var count: Int?

    /// Parses `history` or `history N` (N a non-negative whole number); anything else is not the command.
    init?(_ line: String) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first == "history" else { return nil }
        switch words.count {
        case 1:
            count = nil
        case 2:
            guard let number = Int(words[1]), number >= 0 else { return nil }
            count = number
        default:
            return nil
        }
    }

    /// The numbered listing of `history` (oldest first), numbers right-aligned as in shells.
    func listing(of history: [String]) -> String {
        let first = count.map { max(history.count - $0, 0) } ?? 0
        let width = String(history.count).count
        var text = ""
        for index in first..<history.count {
            let number = String(index + 1)
            text += String(repeating: " ", count: width - number.count + 2) + number + "  " + history[index] + "\n"
        }
        return text
    }
}
