import ArgumentParser
import CEditLine
import Foundation
import Lab

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `gradlab` command: the REPL on a terminal, batch mode for a file, `-e CODE` or piped input.
@main
struct GradlabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradlab",
        abstract: "Step through backpropagation: a MATLAB-flavoured REPL around a tensor and autodiff engine.",
        discussion: """
            With no arguments on a terminal, gradlab starts the REPL. With FILE.m, -e CODE, or input \
            from a pipe it runs in batch mode and stops at the first error.

            Exit status: 0 success, 1 runtime error, 2 syntax error, 64 bad usage, 65 input that is not \
            UTF-8 text, 66 a file that cannot be read, 130 interrupted.
            """,
        version: GradLabVersion.string
    )

    @Argument(help: ArgumentHelp("A script to run in batch mode.", valueName: "FILE.m"))
    var file: String?

    @Option(
        name: [.customShort("e"), .customLong("eval")], parsing: .unconditional,
        help: ArgumentHelp("Run CODE in batch mode, then exit.", valueName: "CODE"))
    var code: String?

    @Option(
        name: .customLong("figures"),
        help: ArgumentHelp("Write changed figures as SVG files into DIR instead of drawing them.", valueName: "DIR"))
    var figuresFolder: String?

    @Option(
        name: .customLong("publish"),
        help: ArgumentHelp("Run FILE.m and write it as one self-contained HTML page (prose, code, output, figures).",
                           valueName: "FILE.m"))
    var publishFile: String?

    @Flag(name: .customLong("no-color"), help: "Never write ANSI colour codes (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        if [file != nil, code != nil, publishFile != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Give one of FILE.m, -e CODE or --publish FILE.m.")
        }
    }

    func run() throws {
        StandardDescriptors.reopenClosedOnes()
        let environment = ProcessInfo.processInfo.environment
        let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        let output = StandardStreamOutput(
            isTerminal: stdoutIsTerminal,
            usesColor: ColorPolicy.usesColor(
                noColorFlag: noColor, isTerminal: stdoutIsTerminal, environment: environment))
        if let publishFile {
            do {
                let page = try ScriptPublisher(environment: Session.standardPublishing()).publish(path: publishFile)
                output.write("Published \(page)\n", to: .standard)
                return
            } catch {
                output.write("gradlab: cannot publish \(publishFile): \(error)\n", to: .error)
                throw ExitCode(1)
            }
        }
        let session = EngineConnection.makeSession(output: output, figuresFolder: figuresFolder)
        let relay = InterruptRelay.install()
        let engine = InterruptibleEngine(session, relay: relay)
        let status: Int32
        if let code {
            status = ExitStatus.of(engine.runScript(code, file: "command line"))
        } else if let file {
            status = runFile(file, engine: engine, output: output)
        } else if isatty(STDIN_FILENO) == 1 {
            status = runInteractive(
                engine: engine, relay: relay, session: session, output: output, environment: environment)
        } else {
            let reader = CountingLineReader(StandardInputReader())
            session.readsPipedInput(from: reader)
            session.debugger?.reader = reader
            let repl = REPL(engine: engine, reader: reader, output: output, configuration: .batch)
            status = ExitStatus.of(repl.run())
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func runFile(_ path: String, engine: any REPLEngine, output: any OutputSink) -> Int32 {
        do {
            let source = try ScriptFile.text(at: path)
            return ExitStatus.of(engine.runScript(source, file: path))
        } catch {
            output.write(error.message + "\n", to: .error)
            return error.exitStatus
        }
    }

    private func runInteractive(engine: any REPLEngine, relay: InterruptRelay?, session: Session,
                                output: any OutputSink, environment: [String: String]) -> Int32 {
        Locale.enableUTF8LineEditing()
        let historyFile = HistoryFile.defaultLocation(environment: environment).map {
            HistoryFile(path: $0, limit: EditLineReader.historyLimit)
        }
        guard
            let reader = EditLineReader(
                historyFile: historyFile, relay: relay,
                complete: { line, cursor in REPL.completions(line: line, cursor: cursor, engine: engine) })
        else {
            let fallback = StandardInputReader()
            session.debugger?.reader = fallback
            let repl = REPL(engine: engine, reader: fallback, output: output, configuration: .interactive)
            return ExitStatus.of(repl.run())
        }
        session.debugger?.reader = reader
        return ExitStatus.of(REPL(engine: engine, reader: reader, output: output).run())
    }
}
