import Foundation
import MatLang

/// The workspace commands: `who`, `whos`, `clear`, `clearvars`, `exist`, `openvar`.
///
/// They act on the workspace of the running unit (the base workspace at the prompt, a
/// function's scope inside a function), as MATLAB's do.
enum WorkspaceCommands {
    /// The commands as built-ins bound to a session.
    static func functions(link: SessionLink) -> [BuiltinFunction] {
        [
            LabCommands.command("who", link: link, help: """
                who - List the variables in the workspace
                  who              names, alphabetical
                  who PATTERN ...  only names matching (wildcards * and ?)
                  c = who          the names as a cell array
                Example: who net*
                """) { session, call in
                let names = WorkspaceListing.entries(of: session.currentWorkspace, matching: try patterns(call)).map(\.name)
                if call.nargout > 0 { return [WorkspaceListing.whoValue(names)] }
                call.context.write(WorkspaceListing.whoText(names, width: session.output.layoutWidth))
                return []
            },
            LabCommands.command("whos", link: link, help: """
                whos - List the variables with their size, bytes, class, min and max
                  whos              every variable, alphabetical
                  whos PATTERN ...  only names matching (wildcards * and ?)
                  S = whos          a struct array (name, size, bytes, class, …, min, max)
                Example: whos X* net
                """) { session, call in
                let entries = WorkspaceListing.entries(of: session.currentWorkspace, matching: try patterns(call))
                if call.nargout > 0 { return [WorkspaceListing.whosValue(entries)] }
                call.context.write(WorkspaceListing.whosText(entries))
                return []
            },
            LabCommands.command("clear", link: link, help: """
                clear - Remove variables from the workspace
                  clear                 every variable (also: clear all, clear variables)
                  clear NAME ...        the named variables; wildcards: clear net* x?
                  clear -regexp EXPR    names matching a regular expression
                Example: clear losses grads*
                """) { session, call in
                try clear(call, in: session.currentWorkspace, command: "clear")
                return []
            },
            LabCommands.command("clearvars", link: link, help: """
                clearvars - Remove variables, optionally keeping some
                  clearvars                      every variable
                  clearvars NAME ...             the named variables (wildcards * and ?)
                  clearvars -except NAME ...     every variable except these
                  clearvars NAME ... -except K   the named ones, except K
                Example: clearvars -except net X T
                """) { session, call in
                try clear(call, in: session.currentWorkspace, command: "clearvars")
                return []
            },
            LabCommands.command("exist", link: link, help: """
                exist - Whether a name is a variable, a file, a function or a folder
                  e = exist(name)     1 variable, 2 file or function file, 5 built-in, 7 folder, 0 none
                  e = exist(name, "var" | "file" | "builtin" | "dir")
                Example: if ~exist("net", "var"), net = dlnetwork(layers); end
                """) { session, call in
                guard (1...2).contains(call.arguments.count) else {
                    throw call.arguments.isEmpty ? RuntimeError.notEnoughInputs(function: "exist")
                                                 : RuntimeError.tooManyInputs(function: "exist")
                }
                let name = try call.arguments[0].text()
                let kind = call.arguments.count == 2 ? try call.arguments[1].text().lowercased() : "any"
                return [.number(Double(session.existCode(of: name, kind: kind)))]
            },
            LabCommands.command("openvar", link: link, help: """
                openvar - Show one variable in detail
                  openvar NAME    class and size; for numbers min, max, mean, std, NaN count,
                                  a histogram and the first rows and columns; fields of a struct;
                                  properties of an object
                Example: openvar losses
                """) { session, call in
                guard call.arguments.count == 1 else {
                    throw SessionError.badArgument(command: "openvar", reason: "openvar takes one variable name: openvar NAME")
                }
                let name = try call.arguments[0].text()
                let workspace = session.currentWorkspace
                guard let value = workspace.value(of: name) else {
                    throw SessionError.noSuchVariable(name: name, suggestion: NearestNames.nearest(to: name, among: workspace.variableNames).first)
                }
                call.context.write(VariableInspector(format: session.interpreter.format).text(name: name, value: value))
                return []
            },
        ]
    }

    /// The name patterns given as arguments.
    private static func patterns(_ call: BuiltinCall) throws -> [NamePattern] {
        try call.arguments.map { NamePattern(text: try $0.text()) }
    }

    /// `clear` and `clearvars`: removes the variables the arguments select.
    private static func clear(_ call: BuiltinCall, in workspace: Workspace, command: String) throws {
        let words = try call.arguments.map { try $0.text() }
        var selected: [NamePattern] = []
        var kept: [NamePattern] = []
        var regexes: [NSRegularExpression] = []
        var clearsAll = words.isEmpty
        var mode = 0
        for word in words {
            switch word {
            case "all", "-all", "variables", "-variables":
                clearsAll = true
            case "-except" where command == "clearvars":
                mode = 1
            case "-regexp":
                mode = 2
            default:
                if word.hasPrefix("-") { throw SessionError.unknownOption(command: command, option: word) }
                switch mode {
                case 1: kept.append(NamePattern(text: word))
                case 2:
                    guard let regex = try? NSRegularExpression(pattern: word) else {
                        throw SessionError.badArgument(command: command, reason: "'\(word)' is not a valid regular expression.")
                    }
                    regexes.append(regex)
                default: selected.append(NamePattern(text: word))
                }
            }
        }
        if command == "clearvars" && selected.isEmpty && regexes.isEmpty { clearsAll = true }
        for name in workspace.variableNames {
            let range = NSRange(name.startIndex..., in: name)
            let chosen = clearsAll || selected.contains { $0.matches(name) }
                || regexes.contains { $0.firstMatch(in: name, range: range) != nil }
            if chosen && !kept.contains(where: { $0.matches(name) }) {
                workspace.removeValue(of: name)
            }
        }
    }
}
