/// The table of built-in functions, looked up by name, listed for completion, and asked for help.
///
/// ``standard()`` holds every core family (construction, constants, shape, reductions, elementwise
/// maths, search, conversion, text and text matching, predicates, flipping, structs and cells,
/// categorical, error records, function handles, matrices as text, control); later layers (deep learning, graphics, the Lab's commands) register
/// their own families into the same table.
public final class BuiltinRegistry {
    private var table: [String: BuiltinFunction] = [:]

    /// Creates an empty registry.
    public init() {}

    /// A registry holding every core MatLang built-in.
    public static func standard() -> BuiltinRegistry {
        let registry = BuiltinRegistry()
        registry.register(ConstructionBuiltins.functions)
        registry.register(ConstantBuiltins.functions)
        registry.register(ShapeBuiltins.functions)
        registry.register(ReductionBuiltins.functions)
        registry.register(ElementwiseBuiltins.functions)
        registry.register(SearchBuiltins.functions)
        registry.register(ConversionBuiltins.functions)
        registry.register(TextBuiltins.functions)
        registry.register(TextMatchingBuiltins.functions)
        registry.register(PredicateBuiltins.functions)
        registry.register(FlipBuiltins.functions)
        registry.register(ExceptionBuiltins.functions)
        registry.register(FunctionHandleBuiltins.functions)
        registry.register(MatrixTextBuiltins.functions)
        registry.register(StructBuiltins.functions)
        registry.register(CategoricalBuiltins.functions)
        registry.register(ControlBuiltins.functions(clock: TicTocClock()))
        return registry
    }

    /// Adds a family of functions; a function with a name already present replaces it.
    public func register(_ functions: [BuiltinFunction]) {
        for function in functions { table[function.name] = function }
    }

    /// Adds one function, replacing any function of the same name.
    public func register(_ function: BuiltinFunction) {
        table[function.name] = function
    }

    /// The function registered under `name`, if any.
    public func lookup(_ name: String) -> BuiltinFunction? { table[name] }

    /// Whether a function is registered under `name`.
    public func contains(_ name: String) -> Bool { table[name] != nil }

    /// Every registered name in alphabetical order (for completion and `help`).
    public var names: [String] { table.keys.sorted() }

    /// The `help NAME` text of a function, if it is registered.
    public func help(for name: String) -> String? { table[name]?.help }

    /// Calls the function registered under `name`.
    ///
    /// Argument errors raised without a function name (for example by a value conversion) are
    /// attributed to this function, so the message reads `Error using NAME`.
    /// - Throws: `RuntimeError.undefined` when no such function exists, or whatever the body throws.
    public func call(_ name: String, arguments: [Value], nargout: Int, context: any BuiltinContext) throws -> [Value] {
        guard let function = table[name] else { throw RuntimeError.undefined(name: name, suggestion: nil) }
        let call = BuiltinCall(name: name, arguments: arguments, nargout: nargout, context: context)
        do {
            return try function.body(call)
        } catch let error as RuntimeError {
            if case .invalidArgument(nil, let position, let reason) = error {
                throw RuntimeError.invalidArgument(function: name, position: position, reason: reason)
            }
            throw error
        }
    }
}
