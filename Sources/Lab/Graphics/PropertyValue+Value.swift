import MatLang
import Plotting

extension PropertyValue {
    /// The language value of a property: numbers as double rows or matrices, text as a char row,
    /// several texts as a cell row of char rows.
    var value: Value {
        switch self {
        case .number(let v): return .number(v)
        case .numbers(let v): return v.isEmpty ? .empty : .row(v)
        case .matrix(let rows, let columns, let values):
            return .matrix((0..<rows).map { i in Array(values[(i * columns)..<((i + 1) * columns)]) })
        case .text(let s): return .charArray(s)
        case .texts(let list): return .cellRow(list.map { .charArray($0) })
        case .object(let name): return .charArray(name)
        }
    }

    /// The property value a language value stands for: text (a string array of several elements
    /// becomes `.texts`), a scalar, a row of numbers or an n×k matrix read row by row.
    init(_ value: Value, property: String) throws(RuntimeError) {
        switch value {
        case .char, .string:
            if case .string(let a) = value, a.count != 1 {
                self = .texts(a.elements.map { $0 ?? "" })
            } else {
                self = .text(try value.text())
            }
        case .cell(let cells):
            var texts: [String] = []
            for cell in cells.elements {
                guard cell.isText else {
                    throw GraphicsError.argument("set", "Invalid value for '\(property)': expected text in each cell.")
                }
                texts.append(try cell.text())
            }
            self = .texts(texts)
        case .double, .single, .logical:
            let array = try value.doubleArray()
            if array.count == 1 {
                self = .number(array[linear: 0])
            } else if array.isVector || array.isEmpty {
                self = .numbers(array.elements)
            } else if array.size.count == 2 {
                let rows = array.size[0], columns = array.size[1]
                var rowMajor = [Double]()
                rowMajor.reserveCapacity(array.count)
                for i in 0..<rows { for j in 0..<columns { rowMajor.append(array[linear: i + j * rows]) } }
                self = .matrix(rows: rows, columns: columns, values: rowMajor)
            } else {
                throw GraphicsError.argument("set", "Invalid value for '\(property)': expected a vector or a matrix.")
            }
        default:
            throw GraphicsError.argument("set", "Invalid value for '\(property)': a \(value.className) is not a property value.")
        }
    }
}
