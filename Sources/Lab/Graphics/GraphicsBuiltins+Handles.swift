import MatLang
import Plotting

extension GraphicsBuiltins {
    /// `get` and `set`: MATLAB's function forms of reading and setting a graphics object's properties.
    static func handleFunctions(_ m: FigureManager) -> [BuiltinFunction] {
        [
            BuiltinFunction(name: "get", help: """
                get - Query properties of a graphics object
                  v = get(h, "Name")    the property's value, as h.Name gives it
                  s = get(h)            the object's properties as a struct
                Example: f = figure(Name="Losses"); get(f, "Name")
                """) { call in
                let handle = try graphicsHandle(call, function: "get")
                switch call.arguments.count {
                case 1:
                    var fields: [(String, Value)] = []
                    for name in handle.propertyNames { fields.append((name, try handle.property(name))) }
                    return [.structScalar(fields)]
                case 2:
                    guard call.arguments[1].isText else {
                        throw GraphicsError.argument("get", "The property name must be text.", position: 2)
                    }
                    return [try handle.property(try call.arguments[1].text())]
                default:
                    throw RuntimeError.tooManyInputs(function: "get")
                }
            },
            BuiltinFunction(name: "set", help: """
                set - Set properties of a graphics object
                  set(h, "Name", value, ...)    as h.Name = value, for each pair
                  set(h, Name=value)
                Example: p = plot(1:3); set(p, "LineWidth", 2, "Color", "r")
                """) { call in
                let handle = try graphicsHandle(call, function: "set")
                guard call.arguments.count >= 3 else { throw RuntimeError.notEnoughInputs(function: "set") }
                guard call.arguments.count % 2 == 1 else {
                    throw GraphicsError.argument("set", "Properties come in name, value pairs.")
                }
                for k in stride(from: 1, to: call.arguments.count, by: 2) {
                    guard call.arguments[k].isText else {
                        throw GraphicsError.argument("set", "Invalid argument at position \(k + 1). Expected a property name.",
                                                    position: k + 1)
                    }
                    _ = try handle.settingProperty(try call.arguments[k].text(), to: call.arguments[k + 1])
                }
                return []
            },
        ]
    }

    /// The graphics handle a `get`/`set` call starts with, valid, or the MATLAB-like error.
    private static func graphicsHandle(_ call: BuiltinCall, function: String) throws(RuntimeError) -> GraphicsHandle {
        guard let first = call.arguments.first else { throw RuntimeError.notEnoughInputs(function: function) }
        guard case .object(let handle as GraphicsHandle) = first else {
            throw GraphicsError.argument(function, "The first argument must be a graphics object, not a \(first.className).",
                                         position: 1)
        }
        guard handle.isValid else { throw GraphicsHandle.deleted }
        return handle
    }
}
