/// One step of an indexing chain such as `s.a(3).b{2}`: `()`, `{}` or `.name`.
///
/// The evaluator evaluates subscripts (resolving `end` against the value reached so far) and
/// passes the chain to ``Value/assign(_:path:)``.
public enum IndexStep: Sendable {
    /// `(s₁, …, sₙ)`
    case paren([Value])
    /// `{s₁, …, sₙ}`
    case brace([Value])
    /// `.name` (a struct field or an object property)
    case field(String)
}
