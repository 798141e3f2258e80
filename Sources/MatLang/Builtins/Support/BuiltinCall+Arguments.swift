/// Checked access to a call's arguments: every failure is a `RuntimeError` naming the function.
extension BuiltinCall {
    /// Throws unless the number of inputs lies in `range`.
    func requireInputs(_ range: ClosedRange<Int>) throws(RuntimeError) {
        if arguments.count < range.lowerBound { throw .notEnoughInputs(function: name) }
        if arguments.count > range.upperBound { throw .tooManyInputs(function: name) }
    }

    /// Throws unless the number of inputs is at least `minimum`.
    func requireInputs(atLeast minimum: Int) throws(RuntimeError) {
        if arguments.count < minimum { throw .notEnoughInputs(function: name) }
    }

    /// Throws when more than `maximum` outputs are requested.
    func requireOutputs(atMost maximum: Int) throws(RuntimeError) {
        if nargout > maximum { throw .tooManyOutputs(function: name) }
    }

    /// An argument error of this function; `index` is 0-based and reported 1-based.
    func failure(_ reason: String, at index: Int? = nil) -> RuntimeError {
        .invalidArgument(function: name, position: index.map { $0 + 1 }, reason: reason)
    }

    /// The text of argument `index` (a char row vector or a string scalar).
    func text(_ index: Int) throws(RuntimeError) -> String {
        guard arguments[index].isText else {
            throw failure("Argument must be a character vector or string scalar.", at: index)
        }
        return try arguments[index].text()
    }

    /// Whether argument `index` exists and is text.
    func isText(_ index: Int) -> Bool { index < arguments.count && arguments[index].isText }

    /// Argument `index` as a real scalar.
    func scalar(_ index: Int) throws(RuntimeError) -> Double {
        let value = arguments[index]
        guard value.isArithmetic, value.isScalar else { throw failure("Value must be a numeric scalar.", at: index) }
        return try value.scalarDouble()
    }

    /// Argument `index` as a whole-number scalar.
    func integer(_ index: Int) throws(RuntimeError) -> Int {
        let d = try scalar(index)
        guard d.isFinite, d == d.rounded(), abs(d) < 9.0e15 else {
            throw failure("Value must be an integer.", at: index)
        }
        return Int(d)
    }

    /// Argument `index` as a dimension: a positive whole-number scalar.
    func dimension(_ index: Int) throws(RuntimeError) -> Int {
        let value = arguments[index]
        guard value.isArithmetic, value.isScalar, let d = try? value.scalarDouble(),
              d.isFinite, d >= 1, d == d.rounded(), d <= 1024 else {
            throw failure("Dimension argument must be a positive integer scalar within indexing range.", at: index)
        }
        return Int(d)
    }

    /// Argument `index` as numbers (double, single, logical or char).
    func numeric(_ index: Int) throws(RuntimeError) -> Numeric {
        let value = arguments[index]
        guard value.isArithmetic else {
            throw failure("Invalid data type. Argument must be numeric, char, or logical.", at: index)
        }
        return try Numeric(value)
    }

    /// Splits trailing `"Name", value` pairs whose names are in `names` (case-insensitive) off
    /// the arguments from `start` on; returns the other arguments and the options by canonical name.
    func options(from start: Int, names: [String]) throws(RuntimeError) -> (positional: [Value], options: [String: Value]) {
        var positional = Array(arguments.prefix(start))
        var options = [String: Value]()
        var k = start
        while k < arguments.count {
            if arguments[k].isText, let key = try? arguments[k].text(),
               let canonical = names.first(where: { $0.lowercased() == key.lowercased() }) {
                guard k + 1 < arguments.count else { throw failure("Name-value arguments must come in pairs.", at: k) }
                options[canonical] = arguments[k + 1]
                k += 2
            } else {
                positional.append(arguments[k])
                k += 1
            }
        }
        return (positional, options)
    }

    /// Removes a trailing NaN flag (`"omitnan"`, `"includenan"`, or the `…missing` spellings) and
    /// returns the remaining call and whether NaN values are omitted (nil when no flag was given).
    func withoutNaNFlag() throws(RuntimeError) -> (call: BuiltinCall, omitNaN: Bool?) {
        guard arguments.count > 1, let last = arguments.last, last.isText else { return (self, nil) }
        let flag = try text(arguments.count - 1).lowercased()
        let omit: Bool
        switch flag {
        case "omitnan", "omitmissing": omit = true
        case "includenan", "includemissing": omit = false
        default: return (self, nil)
        }
        return (BuiltinCall(name: name, arguments: Array(arguments.dropLast()), nargout: nargout, context: context), omit)
    }
}
