@testable import MatLang

/// Shorthand for building test values.
enum V {
    static func m(_ rows: [[Double]]) -> Value { .matrix(rows) }
    static func r(_ values: Double...) -> Value { .row(values) }
    static func c(_ values: Double...) -> Value { .column(values) }
    static func n(_ value: Double) -> Value { .number(value) }
    static func b(_ values: Bool...) -> Value { .logical(NDArray(row: values)) }
    static func s(_ text: String) -> Value { .stringScalar(text) }
    static func ch(_ text: String) -> Value { .charArray(text) }
}

extension Value {
    /// The elements as doubles, or an empty list for classes that are not arithmetic.
    var testDoubles: [Double] { (try? doubleArray().elements) ?? [] }

    /// Class, size and elements as one comparable description.
    var testSummary: String {
        "\(className) \(size.map(String.init).joined(separator: "x")) \(testDoubles)"
    }
}
