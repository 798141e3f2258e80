import Foundation
import Lab
import MatLang
import Testing

@Suite struct HelpTests {
    @Test func helpAloneListsTheTopics() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("help") == .completed)
        #expect(transcript.text == """
            GradLab help — topics:
              help language    the MATLAB-style language: syntax, values, built-in functions
              help workspace   who, whos, clear, exist, openvar
              help scripts     open a script and run it section by section
              help lessons     the lessons and how to open them
              help debugger    pause scripts and backpropagation, step layer by layer
            help NAME shows one function or command, e.g. `help zeros`, `help ra`.

            """)
    }

    @Test(arguments: ["who", "whos", "clear", "clearvars", "exist", "openvar", "open", "sections", "runsection",
                      "runadvance", "ra", "runtoend", "run", "reload", "lessons", "help"])
    func everyLabCommandHasHelpWithASummaryAndAnExample(command: String) throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        let text = try #require(session.interpreter.builtin(named: command)?.help)
        let first = try #require(text.split(separator: "\n").first)
        #expect(first.hasPrefix(command == "ra" ? "runadvance - " : "\(command) - "))
        #expect(text.contains("Example:"))
    }

    /// The core built-ins DESIGN.md §4 lists.
    static let coreBuiltins = """
        size numel length ndims isempty zeros ones eye rand randn randi rng linspace colon reshape permute \
        squeeze cat horzcat vertcat repmat sum prod mean std var max min abs sqrt exp log log10 log2 sin cos \
        tan tanh floor ceil round fix mod rem sign cumsum cumprod diff gradient find any all isnan isinf \
        isfinite sort unique norm dot histcounts double single logical char string num2str sprintf fprintf \
        disp display strcat strjoin join strsplit upper lower contains startsWith isfield fieldnames struct \
        cell cellfun arrayfun isa class tic toc error warning assert exist ismember categorical categories \
        onehotencode onehotdecode
        """.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }

    @Test(arguments: coreBuiltins)
    func everyCoreBuiltinHasASummaryTheSyntaxFormsAndAnExample(name: String) throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        let text = try #require(session.interpreter.builtin(named: name)?.help, "\(name) is not defined")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("\(name) - ") && lines[0].count > name.count + 6, "summary line of \(name)")
        let syntax = lines.dropFirst().filter { $0.hasPrefix("  ") && $0.contains(name) }
        #expect(!syntax.isEmpty, "no syntax form in the help of \(name)")
        let example = try #require(lines.first { $0.hasPrefix("Example:") }, "no example in the help of \(name)")
        #expect(example.contains(name), "the example of \(name) does not call it")
    }

    @Test func everyBuiltinHasHelpText() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        for name in session.interpreter.builtinNames {
            let text = session.helpText(for: name)
            #expect(!text.hasPrefix("help: nothing"), "no help for \(name)")
            #expect(text.count > name.count + 5, "help for \(name) is too short")
        }
    }

    @Test func helpForAFunctionPrintsItsRegisteredText() throws {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("help zeros") == .completed)
        #expect(transcript.text == (session.interpreter.builtin(named: "zeros")?.help ?? "?") + "\n")
    }

    @Test func helpForAFunctionFileShowsTheCommentsUnderItsFunctionLine() throws {
        let folder = try TemporaryFolder(files: [
            "scaleBy.m": "function y = scaleBy(x, k)\n% SCALEBY Multiply by k.\n%   y = scaleBy(x, k)\n\n% not help\ny = x * k;\nend\n",
            "before.m": "% BEFORE The block above the function line.\nfunction before()\nend\n",
            "bare.m": "function bare()\nend\n",
            "scripts/inScript.m": "function inScript()\n% INSCRIPT Beside the open script.\nend\n",
            "scripts/main.m": "%% One\nx = 1;\n",
        ])
        let (session, transcript) = makeSession(in: folder)
        #expect(session.execute("help scaleBy") == .completed)
        #expect(transcript.text == " SCALEBY Multiply by k.\n   y = scaleBy(x, k)\n")
        #expect(session.helpText(for: "before") == " BEFORE The block above the function line.\n")
        #expect(session.helpText(for: "bare") == "bare is defined in \(folder.file("bare.m")), which has no help comments.\n")
        #expect(session.helpText(for: "inScript").hasPrefix("help: nothing is named 'inScript'."))
        #expect(session.execute("open scripts/main.m") == .completed)
        #expect(session.helpText(for: "inScript") == " INSCRIPT Beside the open script.\n")
    }

    @Test func anUnknownNameSuggestsTheNearestNames() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        #expect(session.helpText(for: "zerso") == "help: nothing is named 'zerso'. Did you mean: zeros?\n`help` lists the topics.\n")
        #expect(session.helpText(for: "runadvanse").contains("Did you mean: runadvance?"))
        #expect(session.helpText(for: "qqqqqqq") == "help: nothing is named 'qqqqqqq'.\n`help` lists the topics.\n")
    }

    @Test func aTopicListsItsCommandsWithTheirSummaries() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        let text = session.helpText(for: "scripts")
        #expect(text.contains("  runtoend     Run the open script from the cursor to its end\n"))
        #expect(text.contains("  ra           Run the section at the cursor, then move to the next (alias: ra)\n"))
        let language = session.helpText(for: "language")
        #expect(language.contains(" zeros"))
        #expect(!language.contains(" whos"))
    }

    @Test func theDebuggerTopicListsOnlyCommandsThatExist() throws {
        let folder = try TemporaryFolder()
        let (session, _) = makeSession(in: folder)
        #expect(session.helpText(for: "debugger").hasSuffix("(This build has none of its commands yet.)\n"))
        session.register([BuiltinFunction(name: "dbcont", help: "dbcont - Continue a paused run\nExample: dbcont") { _ in [] }])
        #expect(session.helpText(for: "debugger").hasSuffix("\n  dbcont   Continue a paused run\n"))
    }
}
