import MatLang

/// The text and values of `who` and `whos`.
enum WorkspaceListing {
    /// The variables of `workspace` whose names match any of `patterns` (all when empty),
    /// alphabetical as `who` sorts them.
    static func entries(of workspace: Workspace, matching patterns: [NamePattern] = []) -> [WorkspaceEntry] {
        workspace.variableNames
            .filter { name in patterns.isEmpty || patterns.contains { $0.matches(name) } }
            .compactMap { name in workspace.value(of: name).map { WorkspaceEntry(name: name, value: $0) } }
    }

    /// `whos`: a header (Name, Size, Bytes, Class, Min, Max), a blank line, one row per variable,
    /// a blank line; nothing for an empty list.
    static func whosText(_ entries: [WorkspaceEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let rows = entries.map { entry in
            [entry.name, entry.sizeText, String(entry.bytes), entry.className,
             entry.minimum.map(WorkspaceEntry.numberText) ?? "", entry.maximum.map(WorkspaceEntry.numberText) ?? ""]
        }
        let header = ["Name", "Size", "Bytes", "Class", "Min", "Max"]
        let rightAligned: Set<Int> = [2, 4, 5]
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = " "
            for (column, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                text += (column == 1 ? "    " : " ") + (rightAligned.contains(column) ? pad + cell : cell + pad)
                text += " "
            }
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        return line(header) + "\n" + rows.map(line).joined() + "\n"
    }

    /// `S = whos`: an n×1 struct array with MATLAB's fields name, size, bytes, class, global,
    /// sparse, complex, persistent, plus GradLab's min and max (`[]` when not numeric).
    static func whosValue(_ entries: [WorkspaceEntry]) -> Value {
        let fieldNames = ["name", "size", "bytes", "class", "global", "sparse", "complex", "persistent", "min", "max"]
        let records: [[Value]] = entries.map { entry in
            [.charArray(entry.name), .row(entry.size.map(Double.init)), .number(Double(entry.bytes)),
             .charArray(entry.className), .bool(false), .bool(false), .bool(false), .bool(false),
             entry.minimum.map(Value.number) ?? .empty, entry.maximum.map(Value.number) ?? .empty]
        }
        return .structure(StructArray(fieldNames: fieldNames, records: NDArray(size: [records.count, 1], elements: records)))
    }

    /// `who`: `Your variables are:`, a blank line, the names in rows that fit `width`, a blank line.
    static func whoText(_ names: [String], width: Int) -> String {
        guard !names.isEmpty else { return "" }
        let cell = (names.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        var text = "Your variables are:\n\n"
        for start in stride(from: 0, to: names.count, by: perRow) {
            let row = names[start..<min(start + perRow, names.count)]
            var line = row.map { $0 + String(repeating: " ", count: cell - $0.count) }.joined()
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text + "\n"
    }

    /// `c = who`: the names as an n×1 cell array of char vectors.
    static func whoValue(_ names: [String]) -> Value {
        .cell(NDArray(size: [names.count, 1], elements: names.map(Value.charArray)))
    }
}
