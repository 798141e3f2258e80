import Foundation

/// The local functions visible to a unit of code and the folder its file lives in.
///
/// A script's local functions, a function file's main and local functions, or nothing for a
/// REPL line; handles created in the unit keep their scope so they still resolve later.
final class FunctionScope: Sendable {
    let functions: [String: FunctionDefinition]
    let folder: String?

    init(program: Program, folder: String?) {
        var table: [String: FunctionDefinition] = [:]
        for function in program.functions where table[function.name] == nil {
            table[function.name] = function
        }
        self.functions = table
        self.folder = folder
    }

    init(functions: [String: FunctionDefinition], folder: String?) {
        self.functions = functions
        self.folder = folder
    }

    static let empty = FunctionScope(functions: [:], folder: nil)

    /// The folder of a file path, or nil when the path names no folder (`<repl>`).
    static func folder(of file: String) -> String? {
        guard file.hasSuffix(".m") else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
    }
}

/// What a function handle calls: the payload the evaluator stores in `FunctionHandle`.
enum HandleTarget: Sendable {
    /// `@name`, resolved when called, with the scope it was created in.
    case named(String, FunctionScope)
    /// `@(x) body` with the values captured at creation.
    case anonymous(AnonymousFunction, captured: [(slot: Int, value: Value)], FunctionScope)
}

/// A parsed `NAME.m` file and the modification date it was read at: a function file (with its
/// main function) or a script (`main` is nil), which runs in the caller's workspace.
struct LoadedFunctionFile {
    let modified: Date
    let scope: FunctionScope
    let main: FunctionDefinition?
    let program: Program
}

/// What a name called as a function resolves to from one scope (see ``Interpreter/callees``).
enum Callee {
    /// A local function or a function file's main function, run in its own scope.
    case user(FunctionDefinition, FunctionScope)
    /// A script file, run in the caller's workspace.
    case script(LoadedFunctionFile)
    /// A built-in function.
    case builtin(BuiltinFunction)
}

/// A function name and the scope it is called from. The key holds the scope, so no other
/// scope can take its identity while the entry exists.
struct CalleeKey: Hashable {
    let name: String
    let scope: FunctionScope

    static func == (a: CalleeKey, b: CalleeKey) -> Bool { a.scope === b.scope && a.name == b.name }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(ObjectIdentifier(scope))
    }
}
