import Testing
@testable import NeuralNet

@Suite("CSV files")
struct CSVFileTests {
    @Test("rows and columns come back column-major")
    func columnMajor() throws {
        let matrix = try CSVFile.parse("1,2,3\n4,5,6\n", path: "m.csv")
        #expect(matrix.rows == 2 && matrix.columns == 3)
        #expect(matrix.values == [1, 4, 2, 5, 3, 6])
        #expect(matrix[1, 2] == 6)
    }

    @Test("a non-numeric first row is a header and is skipped")
    func headerSkipped() throws {
        let matrix = try CSVFile.parse("Iteration,Loss\n1,2.5\n2,1.25\n", path: "h.csv")
        #expect(matrix == NumericMatrix(rows: 2, columns: 2, values: [1, 2, 2.5, 1.25]))
    }

    @Test("empty cells are NaN and NaN/Inf spellings are numbers")
    func emptyCellsAndSpecials() throws {
        let matrix = try CSVFile.parse("1,,NaN\nInf,-Inf,\n", path: "n.csv")
        #expect(matrix[0, 0] == 1)
        #expect(matrix[0, 1].isNaN && matrix[0, 2].isNaN && matrix[1, 2].isNaN)
        #expect(matrix[1, 0] == .infinity && matrix[1, 1] == -.infinity)
    }

    @Test("CRLF endings, blank lines, spaces and quoted numbers are accepted")
    func lenientLayout() throws {
        let matrix = try CSVFile.parse("\r\n 1 , \"2\"\r\n\r\n3,\t4e-1 \r\n", path: "w.csv")
        #expect(matrix == NumericMatrix(rows: 2, columns: 2, values: [1, 3, 2, 0.4]))
    }

    @Test("a header with a quoted comma is still one header row")
    func quotedHeader() throws {
        let matrix = try CSVFile.parse("\"loss, relu\",\"loss, sigmoid\"\n0.5,1.5\n", path: "q.csv")
        #expect(matrix == NumericMatrix(rows: 1, columns: 2, values: [0.5, 1.5]))
    }

    @Test("an empty file and a header-only file are 0×0")
    func emptyFiles() throws {
        #expect(try CSVFile.parse("", path: "e.csv") == NumericMatrix(rows: 0, columns: 0, values: []))
        #expect(try CSVFile.parse("a,b\n", path: "e.csv") == NumericMatrix(rows: 0, columns: 0, values: []))
    }

    @Test("numbers survive a write and read exactly")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("round.csv")
        let values: [Double] = [0, -0.0, 1, -7, 0.1, 1e-300, 123_456_789_012, 2.5e20, .nan, .infinity, -.infinity, 1 / 3]
        let matrix = NumericMatrix(rows: 3, columns: 4, values: values)
        try CSVFile.write(matrix, to: path)
        let back = try CSVFile.read(from: path)
        #expect(back == matrix)
        #expect(back.values[1].sign == .minus)
        #expect(CSVFile.format(NumericMatrix(rows: 1, columns: 3, values: [1, 0.5, .nan])) == "1,0.5,NaN\n")
    }
}

@Suite("CSV files: bad input")
struct CSVBadInputTests {
    @Test("a non-numeric cell names the file, line, column and field")
    func nonNumeric() {
        let error = #expect(throws: DataError.self) { try CSVFile.parse("1,2\n3, x4\n", path: "d.csv") }
        #expect(error == .nonNumericCell(at: TextLocation(path: "d.csv", line: 2, column: 3), field: 2, text: "x4"))
        #expect(error?.description == "d.csv:2:3: field 2 \"x4\" is not a number")
    }

    @Test("a non-numeric cell after the header is an error, not a second header")
    func secondHeader() {
        #expect(throws: DataError.nonNumericCell(at: TextLocation(path: "d.csv", line: 3, column: 1), field: 1, text: "b")) {
            try CSVFile.parse("a\n1\nb\n", path: "d.csv")
        }
    }

    @Test("numbers with trailing junk or hexadecimal are not numbers", arguments: ["1.2.3", "0x10", "1e", "--1", "3 4"])
    func malformedNumbers(cell: String) {
        #expect(throws: DataError.nonNumericCell(at: TextLocation(path: "m.csv", line: 2, column: 1), field: 1, text: cell)) {
            try CSVFile.parse("1\n\(cell)\n", path: "m.csv")
        }
    }

    @Test("a short row names the line and the column past its end")
    func shortRow() {
        let error = #expect(throws: DataError.self) { try CSVFile.parse("1,2,3\n4,5\n", path: "r.csv") }
        #expect(error == .raggedRow(at: TextLocation(path: "r.csv", line: 2, column: 4), expected: 3, found: 2))
        #expect(error?.description == "r.csv:2:4: row has 2 fields, expected 3 like the first data row")
    }

    @Test("a long row names the column of its first extra field")
    func longRow() {
        #expect(throws: DataError.raggedRow(at: TextLocation(path: "r.csv", line: 3, column: 7), expected: 2, found: 3)) {
            try CSVFile.parse("x,y\n1,2\n10,20,30\n", path: "r.csv")
        }
    }

    @Test("a missing file is unreadable")
    func missingFile() {
        #expect(throws: DataError.self) { try CSVFile.read(from: "/nonexistent/losses.csv") }
    }
}
