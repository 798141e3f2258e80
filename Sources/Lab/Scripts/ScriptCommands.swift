import MatLang

/// The script and lesson commands: `open`, `sections`, `runsection`, `runadvance` (`ra`),
/// `runtoend`, `run`, `reload`, `lessons`.
enum ScriptCommands {
    /// The commands as built-ins bound to a session.
    static func functions(link: SessionLink) -> [BuiltinFunction] {
        let advanceHelp = """
            runadvance - Run the section at the cursor, then move to the next (alias: ra)
              runadvance    shows the section's title and prose, echoes its code, runs it
              ra            the same
            The cursor stays on a section that fails, so it can be fixed and run again.
            Example: open 2, then ra, ra, ra
            """
        return [
            LabCommands.command("open", link: link, help: """
                open - Open a script or a lesson to run it section by section
                  open FILE      a script (.m may be left out), in the current folder or the open script's
                  open N         lesson number N (see lessons)
                  open NAME      a lesson by name, e.g. open vanishing-gradients
                Example: open 2
                """) { session, call in
                try session.open(try oneWord(call, command: "open"))
                return []
            },
            LabCommands.command("sections", link: link, help: """
                sections - List the open script's sections
                  sections    number, title and lines of each section; ▶ marks the next one
                              runadvance runs, • marks sections not run or edited since
                Example: sections
                """) { session, _ in
                _ = try session.requireOpenScript(for: "sections")
                session.output.write(session.sectionListing())
                return []
            },
            LabCommands.command("runsection", link: link, help: """
                runsection - Run one section of the open script in the base workspace
                  runsection N    section N (see sections); the cursor moves after it
                Example: runsection 3
                """) { session, call in
                let open = try session.requireOpenScript(for: "runsection")
                let word = try oneWord(call, command: "runsection")
                guard let number = Int(word), (1...open.sections.count).contains(number) else {
                    throw SessionError.sectionOutOfRange(requested: word, count: open.sections.count)
                }
                try session.runSection(at: number - 1, narrated: false)
                session.openScript?.cursor = number
                return []
            },
            LabCommands.command("runadvance", link: link, help: advanceHelp) { session, _ in
                try session.runAdvance()
                return []
            },
            LabCommands.command("ra", link: link, help: advanceHelp) { session, _ in
                try session.runAdvance()
                return []
            },
            LabCommands.command("runtoend", link: link, help: """
                runtoend - Run the open script from the cursor to its end
                  runtoend    runs each remaining section in order, stopping at the first error
                Example: runtoend
                """) { session, _ in
                try session.runToEnd()
                return []
            },
            LabCommands.command("run", link: link, help: """
                run - Run a whole script in the base workspace
                  run FILE    FILE or FILE.m, in the current folder or the open script's folder;
                              local functions at its end and function files beside it are callable
                Example: run train_once
                """) { session, call in
                try session.runFile(try oneWord(call, command: "run"))
                return []
            },
            LabCommands.command("reload", link: link, help: """
                reload - Read the open script again from disk
                  reload    re-parses the file; edited sections become stale, the cursor stays
                Example: reload
                """) { session, _ in
                _ = try session.requireOpenScript(for: "reload")
                session.openScript?.reload()
                session.output.write(session.sectionListing())
                return []
            },
            LabCommands.command("lessons", link: link, help: """
                lessons - List the lessons
                  lessons    number, name and title of each lesson in the Lessons folder
                Example: lessons, then open 2
                """) { session, _ in
                session.output.write(try session.lessons.listing())
                return []
            },
        ]
    }

    /// The single text argument of a command.
    static func oneWord(_ call: BuiltinCall, command: String) throws -> String {
        guard call.arguments.count == 1 else {
            throw SessionError.badArgument(command: command, reason: "\(command) takes one argument: help \(command) shows how.")
        }
        if let number = try? call.arguments[0].scalarDouble(), call.arguments[0].isNumeric, number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return try call.arguments[0].text()
    }
}
