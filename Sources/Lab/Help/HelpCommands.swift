import Foundation
import MatLang

/// `help`: the topics overview, a topic page, or the help text of one function or command.
enum HelpCommands {
    /// The command as a built-in bound to a session.
    static func functions(link: SessionLink) -> [BuiltinFunction] {
        [
            LabCommands.command("help", link: link, help: """
                help - Show help for a topic, a function or a command
                  help           the topics: language, workspace, scripts, lessons, debugger
                  help TOPIC     one topic and its commands
                  help NAME      one function or command, e.g. help zeros, help ra; for your own
                                 NAME.m, the comment lines under its function line
                  t = help(NAME) the text, without printing it
                Example: help whos
                """) { session, call in
                let name = call.arguments.isEmpty ? nil : try call.arguments[0].text()
                let text = session.helpText(for: name)
                if call.nargout > 0 { return [.charArray(text)] }
                call.context.write(text)
                return []
            },
        ]
    }
}

extension Session {
    /// The text `help NAME` prints (the overview when `name` is nil), ending in a newline: a
    /// topic, a built-in's help, or the help comments of `NAME.m` in the current folder or the
    /// open script's folder.
    public func helpText(for name: String?) -> String {
        guard let name, !name.isEmpty else { return helpOverview() }
        if let topic = HelpTopic.all.first(where: { $0.name == name }) { return helpPage(topic) }
        if let function = interpreter.builtin(named: name) {
            return function.help.hasSuffix("\n") ? function.help : function.help + "\n"
        }
        let scriptFolder = openScript.map { ($0.script.path as NSString).deletingLastPathComponent }
        let folders = [interpreter.currentFolder] + (scriptFolder.map { [$0] } ?? [])
        if let text = FunctionFileHelp.text(for: name, in: folders) { return text }
        let candidates = interpreter.builtinNames + HelpTopic.all.map(\.name)
        let nearest = NearestNames.nearest(to: name, among: candidates)
        var text = "help: nothing is named '\(name)'."
        if !nearest.isEmpty { text += " Did you mean: " + nearest.joined(separator: ", ") + "?" }
        return text + "\n`help` lists the topics.\n"
    }

    private func helpOverview() -> String {
        let width = HelpTopic.all.map(\.name.count).max() ?? 0
        return "GradLab help — topics:\n"
            + HelpTopic.all.map { topic in
                "  help \(topic.name)" + String(repeating: " ", count: width - topic.name.count + 3) + topic.summary + "\n"
            }.joined()
            + "help NAME shows one function or command, e.g. `help zeros`, `help ra`.\n"
    }

    private func helpPage(_ topic: HelpTopic) -> String {
        var text = topic.text + "\n"
        if topic.name == "language" {
            let labNames = Set(HelpTopic.all.flatMap(\.commands)).union(LabCommands.names)
            let names = interpreter.builtinNames.filter { !labNames.contains($0) }
            return text + wrapped(names, width: output.layoutWidth)
        }
        let available = topic.commands.filter { interpreter.builtin(named: $0) != nil }
        guard !available.isEmpty else { return text + "(This build has none of its commands yet.)\n" }
        let width = available.map(\.count).max() ?? 0
        text += "\n"
        for command in available {
            let summary = interpreter.builtin(named: command).map { summaryLine(of: $0.help, name: command) } ?? ""
            text += "  " + command + String(repeating: " ", count: width - command.count + 3) + summary + "\n"
        }
        return text
    }

    /// The summary of a help text: its first line without the leading `NAME - `.
    private func summaryLine(of help: String, name: String) -> String {
        let first = help.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        guard let dash = first.range(of: " - ") else { return first }
        return String(first[dash.upperBound...])
    }

    private func wrapped(_ names: [String], width: Int) -> String {
        var lines: [String] = []
        var line = " "
        for name in names {
            if line.count + name.count + 1 > width, line.count > 1 {
                lines.append(line)
                line = " "
            }
            line += " " + name
        }
        if line.count > 1 { lines.append(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}
