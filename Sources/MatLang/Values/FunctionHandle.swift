/// A MATLAB function handle: its display text plus an opaque payload owned by the evaluator.
///
/// `text` is what MATLAB shows: `@sin` for a named handle, `@(x)x.^2` for an anonymous function.
/// The payload is whatever the evaluator needs to call it (a name, or parameters, body and
/// captured values); values never look inside it.
public struct FunctionHandle: Sendable {
    /// The text shown for the handle (`@sin`, `@(x)x.^2`).
    public let text: String
    /// The evaluator's representation of the callable.
    public let payload: any Sendable

    /// Creates a handle from its display text and the evaluator's payload.
    public init(text: String, payload: any Sendable) {
        self.text = text
        self.payload = payload
    }

    /// Whether this is a handle to a named function (`@sin`) rather than an anonymous one.
    public var isNamed: Bool { !text.hasPrefix("@(") }
}
