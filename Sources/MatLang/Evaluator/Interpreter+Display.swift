extension Interpreter {
    /// The text shown for an unsuppressed result `name = value`.
    ///
    /// Scalars, char rows and string scalars show on one line as MATLAB does (`x = 5`,
    /// `s = 'abc'`); anything else shows its size and class under the header. The full matrix
    /// layout belongs to the values' display and replaces this once it exists.
    func displayText(_ value: Value, named name: String) -> String {
        let blank = format.spacing == .compact ? "" : "\n"
        switch value {
        case .double(let array) where array.count == 1:
            return "\(name) = \(NumberText.compact(array.elements[0]))\n"
        case .single(let array) where array.count == 1:
            return "\(name) = \(NumberText.compact(Double(array.elements[0])))\n"
        case .logical(let array) where array.count == 1:
            return "\(name) = \(array.elements[0] ? 1 : 0)\n"
        case .char(let array) where array.size[0] == 1:
            return "\(name) = '\(String(decoding: array.elements, as: UTF16.self))'\n"
        case .string(let array) where array.count == 1:
            return "\(name) = " + (array.elements[0].map { "\"\($0)\"" } ?? "<missing>") + "\n"
        case .functionHandle(let handle):
            return "\(name) =\(blank)\n  function_handle with value:\n\n    \(handle.text)\n\(blank)"
        default:
            let size = value.size.map(String.init).joined(separator: "×")
            return "\(name) =\(blank)\n  \(size) \(value.className)\n\(blank)"
        }
    }
}
