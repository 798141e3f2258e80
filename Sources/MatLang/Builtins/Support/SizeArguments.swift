/// Parsing of MATLAB's size arguments: `f(n)`, `f(m, n, …)`, `f([m n …])`, with an optional
/// trailing class name (`"double"`, `"single"`, `"logical"`).
extension BuiltinCall {
    /// The requested size and class from the arguments starting at `start`.
    ///
    /// A single `n` means `n×n`; negative extents count as 0; no size arguments means `1×1`.
    func sizeArguments(from start: Int, classes: [String]) throws(RuntimeError) -> (size: [Int], className: String?) {
        var end = arguments.count
        var className: String?
        if end > start, isText(end - 1) {
            let requested = try text(end - 1)
            guard classes.contains(requested) else {
                throw failure("Class name must be one of: " + classes.joined(separator: ", ") + ".", at: end - 1)
            }
            className = requested
            end -= 1
        }
        let count = end - start
        if count == 0 { return ([1, 1], className) }
        if count == 1 {
            let value = arguments[start]
            guard value.isArithmetic, !value.isEmpty else {
                throw failure("Size inputs must be numeric.", at: start)
            }
            let extents = try value.doubleArray().elements.map { (d: Double) throws(RuntimeError) -> Int in try extent(d) }
            if value.isScalar { return (try checked([extents[0], extents[0]]), className) }
            guard value.size.count == 2, value.size[0] == 1 || value.size[1] == 1 else {
                throw failure("Size vector must be a row vector with integer elements.", at: start)
            }
            return (try checked(extents), className)
        }
        var extents = [Int]()
        for k in start..<end {
            let value = arguments[k]
            guard value.isArithmetic else { throw failure("Size inputs must be numeric.", at: k) }
            guard value.isScalar else { throw failure("Size inputs must be scalar.", at: k) }
            extents.append(try extent(try value.scalarDouble()))
        }
        return (try checked(extents), className)
    }

    private func extent(_ d: Double) throws(RuntimeError) -> Int {
        guard !d.isNaN, d.isInfinite || d == d.rounded() else { throw failure("Size inputs must be integers.") }
        if d < 0 { return 0 }
        guard d < 1e15 else { throw RuntimeError.arrayTooLarge(elements: d) }
        return Int(d)
    }

    private func checked(_ extents: [Int]) throws(RuntimeError) -> [Int] {
        let total = extents.reduce(1.0) { $0 * Double($1) }
        try ArrayLimits.check(total)
        for extent in extents { try ArrayLimits.check(Double(extent)) }
        return extents
    }
}
