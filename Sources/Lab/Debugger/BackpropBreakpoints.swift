/// The backprop breakpoints `dbstop` set and `dbclear` removes.
public struct BackpropBreakpoints: Equatable, Sendable {
    /// `dbstop in backprop`: pause every backward pass.
    public var always = false
    /// `dbstop in backprop at iteration N`: pause the Nth backward pass.
    public var iterations: Set<Int> = []
    /// `dbstop in backprop if EXPR`: pause when EXPR, evaluated after the pass, is true.
    public var conditions: [String] = []
    /// `dbstop if naninf`: pause at the first non-finite value.
    public var nanInf = false

    /// Whether any breakpoint is set (when none is, backward passes run with no debugger cost).
    public var isEmpty: Bool { !always && iterations.isEmpty && conditions.isEmpty && !nanInf }

    /// The lines `dbstatus` prints.
    public var statusLines: [String] {
        var lines: [String] = []
        if always { lines.append("dbstop in backprop") }
        lines += iterations.sorted().map { "dbstop in backprop at iteration \($0)" }
        lines += conditions.map { "dbstop in backprop if \($0)" }
        if nanInf { lines.append("dbstop if naninf") }
        return lines
    }
}
