/// Adapter: the interpreter's conformance to `BuiltinContext.displayText(of:name:)`, built on
/// its result display (`displayText(_:named:)`). The evaluator may take this over; the file then
/// goes away.
extension Interpreter {
    /// The text MATLAB shows for `value`: with `name`, the interpreter's `name = …` display;
    /// without (`disp`), text as is, nothing for an empty value, and otherwise the display
    /// without its `name =` header.
    public func displayText(of value: Value, name: String?) -> String {
        if let name { return displayText(value, named: name) }
        if value.isEmpty { return "" }
        switch value {
        case .char(let a) where a.rows == 1:
            return String(decoding: a.elements, as: UTF16.self) + "\n"
        case .string(let a) where a.count == 1:
            return (a.elements[0] ?? "<missing>") + "\n"
        default:
            let shown = displayText(value, named: "ans")
            if shown.hasPrefix("ans = ") { return String(shown.dropFirst(6)) }
            let body = shown.drop { $0 != "\n" }.drop { $0 == "\n" }
            return String(body)
        }
    }
}
