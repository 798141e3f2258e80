/// A matrix of doubles stored column-major, as MATLAB stores one: element (row, column)
/// (0-based) is `values[row + rows·column]`.
public struct NumericMatrix: Sendable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements, column after column.
    public let values: [Double]

    /// Creates a matrix; `values.count` must equal `rows·columns`.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(rows >= 0 && columns >= 0 && values.count == rows * columns,
                     "NumericMatrix: \(values.count) values for \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The element at a 0-based row and column.
    public subscript(row: Int, column: Int) -> Double {
        values[row + rows * column]
    }
}

extension NumericMatrix: Equatable {
    /// Equal sizes and equal elements, counting NaN equal to NaN (a read-back file
    /// equals what was written).
    public static func == (lhs: NumericMatrix, rhs: NumericMatrix) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns
            && zip(lhs.values, rhs.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}
