import Foundation
import MatLang

/// The detailed view `openvar NAME` prints: class and size, then what fits the value —
/// statistics, a text histogram and the first rows and columns for numbers; the fields of a
/// struct; the properties of an object; the first elements of a cell array.
struct VariableInspector {
    /// The display settings (width and `format`).
    let format: DisplayFormat
    /// The most rows and columns of a matrix shown.
    let previewRows = 8
    let previewColumns = 8
    /// The number of histogram bins.
    let binCount = 10

    /// The full view of variable `name`.
    func text(name: String, value: Value) -> String {
        var lines = ["\(name): \(value.summary)"]
        switch value {
        case .double, .single, .logical:
            lines += numericLines(value)
        case .structure(let structs):
            lines += structLines(structs)
        case .object(let object):
            lines += objectLines(object)
        case .cell(let cells):
            lines += cells.elements.prefix(previewRows * previewColumns).enumerated().map { index, element in
                "  {\(index + 1)}  \(inline(element))"
            }
            if cells.count > previewRows * previewColumns { lines.append("  …") }
        default:
            lines += preview(value)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func numericLines(_ value: Value) -> [String] {
        guard let elements = try? value.doubleArray().elements, !elements.isEmpty else { return ["  (empty)"] }
        let finite = elements.filter { !$0.isNaN }
        let nanCount = elements.count - finite.count
        var lines: [String] = []
        if finite.isEmpty {
            lines.append("  every element is NaN (\(nanCount))")
        } else {
            let mean = finite.reduce(0, +) / Double(finite.count)
            let variance = finite.count > 1
                ? finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count - 1) : 0
            let low = finite.min() ?? 0
            let high = finite.max() ?? 0
            lines.append("  min \(number(low))   max \(number(high))   mean \(number(mean))   "
                         + "std \(number(variance.squareRoot()))   NaN \(nanCount)")
            if elements.count > 1 && low < high && low.isFinite && high.isFinite {
                lines.append("  histogram (\(binCount) bins):")
                lines += histogram(finite, low: low, high: high)
            }
        }
        lines += preview(value)
        return lines
    }

    /// One line per bin: its lower edge, a bar of `█` scaled to the fullest bin, the count.
    func histogram(_ values: [Double], low: Double, high: Double) -> [String] {
        var counts = [Int](repeating: 0, count: binCount)
        let width = (high - low) / Double(binCount)
        for x in values where x.isFinite {
            let position = (x - low) / width
            let bin = position.isFinite ? min(binCount - 1, max(0, Int(min(position, Double(binCount))))) : binCount - 1
            counts[bin] += 1
        }
        let fullest = max(counts.max() ?? 1, 1)
        let edges = (0..<binCount).map { number(low + Double($0) * width) }
        let edgeWidth = edges.map(\.count).max() ?? 0
        let barWidth = 30
        return counts.enumerated().map { bin, count in
            let bar = String(repeating: "█", count: (count * barWidth + fullest - 1) / fullest)
            let edge = String(repeating: " ", count: edgeWidth - edges[bin].count) + edges[bin]
            return "    \(edge) │\(bar) \(count)"
        }
    }

    /// The first rows and columns of a matrix in MATLAB's display, with a note when cut.
    private func preview(_ value: Value) -> [String] {
        let size = value.size
        guard size.count == 2, !value.isEmpty else {
            return size.count == 2 ? [] : ["  (first page of \(value.sizeText()) not shown; index a page to view it)"]
        }
        let rows = min(size[0], previewRows)
        let columns = min(size[1], previewColumns)
        var shown = value
        if rows < size[0] || columns < size[1] {
            shown = (try? value.indexed([.row((1...rows).map(Double.init)), .row((1...columns).map(Double.init))])) ?? value
        }
        var body = shown.dispText(format: format).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while body.last?.isEmpty == true { body.removeLast() }
        let cut = rows < size[0] || columns < size[1]
        var lines = [cut ? "  first \(rows)×\(columns) of \(value.sizeText()):" : "  values:"] + body.map { "  " + $0 }
        if cut { lines.append("  …") }
        return lines
    }

    private func structLines(_ structs: StructArray) -> [String] {
        guard structs.count >= 1 else { return ["  fields: " + structs.fieldNames.joined(separator: ", ")] }
        let width = structs.fieldNames.map(\.count).max() ?? 0
        let header = structs.count == 1 ? "  fields:" : "  fields (element 1 of \(structs.count)):"
        return [header] + structs.fieldNames.map { field in
            let value = structs.value(of: field, at: 0) ?? .empty
            return "    " + String(repeating: " ", count: width - field.count) + field + ": " + inline(value)
        }
    }

    private func objectLines(_ object: any MatObject) -> [String] {
        let names = object.propertyNames
        guard !names.isEmpty else { return [] }
        let width = names.map(\.count).max() ?? 0
        return ["  properties:"] + names.map { property in
            let text: String
            do throws(RuntimeError) {
                text = inline(try object.property(property))
            } catch {
                text = "(\(error.message))"
            }
            return "    " + String(repeating: " ", count: width - property.count) + property + ": " + text
        }
    }

    /// A value on one line: short numeric rows and text in full, everything else as a summary.
    func inline(_ value: Value) -> String {
        switch value {
        case .char where value.isText:
            return "'" + ((try? value.text()) ?? "") + "'"
        case .string(let strings) where strings.isScalar:
            return strings[linear: 0].map { "\"\($0)\"" } ?? "<missing>"
        case .double, .single, .logical:
            if value.isScalar, let x = try? value.scalarDouble() { return number(x) }
            if value.size.count == 2, value.size[0] == 1, value.count <= 6,
               let elements = try? value.doubleArray().elements {
                return "[" + elements.map(number).joined(separator: " ") + "]"
            }
            return value.summary
        case .functionHandle(let handle):
            return handle.text
        default:
            return value.summary
        }
    }

    private func number(_ x: Double) -> String {
        WorkspaceEntry.numberText(x)
    }
}
