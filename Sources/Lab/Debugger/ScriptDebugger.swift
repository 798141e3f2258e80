import Foundation
import MatLang

/// MATLAB's script debugger: line breakpoints in script and function files, `dbstop if error`,
/// and stepping line by line through the call stack (bdb's half of it; the `K>>` talk is
/// ``ScriptCommandLoop`` and the built-ins in `ScriptDebugger+Commands.swift`).
///
/// It watches the interpreter through its two hooks, installed only while a script breakpoint
/// or a step is pending, so a session without breakpoints pays one `nil` check per statement.
/// Before each statement it records the running frame's workspace (for `dbup`/`dbdown` and
/// `dbstack`) and decides whether to stop, only at the first statement of a line: a step ends
/// there, or a breakpoint is on that line and its condition holds. Stopping runs a nested `K>>` loop on the same thread; `dbquit` throws
/// ``DebuggerError/quit`` out of the hook, which ends the run with the workspace as it is.
public final class ScriptDebugger {
    /// The debugger this belongs to (its reader, its backprop frame, its session).
    unowned let debugger: Debugger
    /// The session's interpreter, whose hooks this sets.
    private let interpreter: Interpreter
    /// The breakpoints set.
    public internal(set) var breakpoints = ScriptBreakpoints()
    /// The pause in progress, if any.
    var pause: ScriptPause?
    /// The pending `dbstep`, until it stops or the run ends.
    var stepper: ScriptStepper?
    /// The last step command typed at a script's `K>>`, which Enter repeats, until the run ends.
    var lastStepCommand: String?
    /// The workspace of each running frame, recorded as its statements start (index = depth).
    private var recent: [Workspace?] = []
    /// Files read for line texts and code lines, dropped when a run ends.
    private var sources: [String: ScriptSource] = [:]
    /// What the hook needs of the file the last statement came from, kept while a run stays in
    /// one file (a string comparison per statement instead of path lookups).
    private var lastFile: FileInfo?
    /// Paths the interpreter names files by, standardised, so breakpoints match any spelling.
    private var standardPaths: [String: String] = [:]
    /// The frame of the previous stop, to say where a step went only when it left that frame.
    private var lastStop: (file: String, function: String, depth: Int)?
    /// True while a breakpoint condition is evaluated (its own statements never stop).
    private var evaluatingCondition = false

    /// The script frames around a paused backward pass (the `dlgradient` line and its callers),
    /// listed above the backprop chain by `dbstack`.
    var enclosingFrames: [ScriptFrame]?

    init(debugger: Debugger) {
        self.debugger = debugger
        self.interpreter = debugger.session.interpreter
    }

    deinit {
        guard !breakpoints.isEmpty || stepper != nil else { return }
        interpreter.statementHook = nil
        interpreter.errorHook = nil
    }

    /// Registers the script verbs and the end-of-run reset in the session.
    func install() {
        registerCommands()
        session.runFinishedHandlers.append { [weak self] in self?.runFinished() }
    }

    var session: Session { debugger.session }

    /// Installs the interpreter hooks when something needs them and removes them otherwise.
    func updateHooks() {
        lastFile = nil
        if breakpoints.isEmpty && stepper == nil {
            interpreter.statementHook = nil
        } else {
            interpreter.statementHook = { [unowned self] location, workspace in
                try self.willExecute(location, in: workspace)
            }
        }
        interpreter.errorHook = breakpoints.stopsOnError
            ? { [unowned self] error, workspace in try self.didFail(error, in: workspace) }
            : nil
    }

    /// Forgets the finished run: a pending step, recorded frames and read files.
    func runFinished() {
        guard !session.isPaused else { return }
        stepper = nil
        lastStepCommand = nil
        recent = []
        sources = [:]
        lastStop = nil
        updateHooks()
    }

    // MARK: - The hooks

    private var isListening: Bool { pause == nil && debugger.frame == nil && !evaluatingCondition }

    private func willExecute(_ location: SourceLocation, in workspace: Workspace) throws {
        guard isListening else { return }
        let depth = interpreter.callDepth
        if recent.count == depth + 1 {
            recent[depth] = workspace
        } else {
            if recent.count > depth + 1 { recent.removeSubrange((depth + 1)...) }
            while recent.count <= depth { recent.append(nil) }
            recent[depth] = workspace
        }
        let file = fileInfo(location.file)
        guard file.isFile, file.source?.startsLine(location) ?? true else { return }
        var reason: ScriptPause.Reason?
        if var stepper {
            if stepper.shouldStop(depth: depth) { reason = .step }
            self.stepper = stepper
        }
        if reason == nil, !file.breakpoints.isEmpty, let breakpoint = file.breakpoints[location.line],
           conditionHolds(breakpoint, in: workspace) {
            reason = .breakpoint(breakpoint)
        }
        guard let reason else { return }
        try stop(at: location, in: workspace, reason: reason)
    }

    private func didFail(_ error: ExecutionError, in workspace: Workspace) throws {
        guard isListening, breakpoints.stopsOnError, Self.isFile(error.location.file) else { return }
        try stop(at: error.location, in: workspace, reason: .error(error))
    }

    private func conditionHolds(_ breakpoint: ScriptBreakpoint, in workspace: Workspace) -> Bool {
        guard let condition = breakpoint.condition else { return true }
        evaluatingCondition = true
        defer { evaluatingCondition = false }
        let prefix = "The condition `\(condition)` of the breakpoint at \(breakpoint.fileName):\(breakpoint.line)"
        do {
            return try interpreter.value(of: condition, in: workspace).isTrue()
        } catch let error as ExecutionError {
            session.output.write(prefix + " failed and was treated as false:\n"
                                 + ErrorReport(error: error, sources: [:]).text(style: .interactive), to: .error)
        } catch {
            session.output.write(prefix + " is not true or false; it was treated as false.\n", to: .error)
        }
        return false
    }

    // MARK: - Stopping

    /// Pauses at `location`: prints where and why, runs the `K>>` loop, then sets up how the
    /// run goes on.
    private func stop(at location: SourceLocation, in workspace: Workspace, reason: ScriptPause.Reason) throws {
        guard let reader = debugger.reader else { return }
        let state = ScriptPause(frames: frames(innermost: location, workspace: workspace), reason: reason,
                                depth: interpreter.callDepth)
        stepper = nil
        let wasPaused = session.isPaused
        pause = state
        session.isPaused = true
        defer {
            pause = nil
            session.isPaused = wasPaused
        }
        session.output.write(announcement(state))
        let depth = interpreter.callDepth
        if let frame = state.frames.last { lastStop = (frame.location.file, frame.function, depth) }
        var loop = ScriptCommandLoop(scripts: self, reader: reader)
        loop.run(state)
        switch state.resumption {
        case .quitting:
            throw DebuggerError.quit
        case .stepping(let kind, let count):
            stepper = ScriptStepper(kind, depth: depth, count: count)
        case .continuing, .paused:
            stepper = nil
        }
        updateHooks()
    }

    /// What a stop prints: why and where (for a step, only when it left the previous frame),
    /// then MATLAB's line `12  x = f(y);`.
    private func announcement(_ state: ScriptPause) -> String {
        guard let frame = state.frames.last else { return "" }
        let depth = interpreter.callDepth
        var text = ""
        switch state.reason {
        case .breakpoint(let breakpoint):
            text = "Breakpoint in \(frame.function) at \(frame.place)"
                + (breakpoint.condition.map { " (`\($0)` is true)" } ?? "") + ".\n"
        case .error(let error):
            var known = session.sourcesByFile
            if let source = sources[frame.location.file] { known[frame.location.file] = source.lines.joined(separator: "\n") }
            text = ErrorReport(error: error, sources: known).text(style: .interactive)
                + "Paused at the error in \(frame.function) at \(frame.place).\n"
        case .step:
            if let last = lastStop, last.file == frame.location.file, last.function == frame.function, last.depth == depth {
                break
            }
            text = "In \(frame.function) at \(frame.place).\n"
        }
        return text + frame.sourceLine
    }

    /// The call stack from the interpreter's call sites and the recorded workspaces, outermost
    /// first, without frames of typed lines (`<repl>`).
    func frames(innermost location: SourceLocation, workspace: Workspace?) -> [ScriptFrame] {
        let sites = interpreter.callSites
        var frames: [ScriptFrame] = []
        for (depth, site) in sites.enumerated() where Self.isFile(site.file) {
            var known = recent.indices.contains(depth) ? recent[depth] : nil
            if known == nil && depth == 0 { known = session.workspace }
            frames.append(frame(at: site, workspace: known))
        }
        if Self.isFile(location.file) { frames.append(frame(at: location, workspace: workspace)) }
        return frames
    }

    /// The script frames running now: a paused script's stack and any frames code typed at its
    /// `K>>` entered, or the interpreter's stack down to the running statement.
    func currentFrames() -> [ScriptFrame] {
                guard let pause else {
            guard let location = interpreter.currentLocation else { return [] }
            return frames(innermost: location, workspace: interpreter.currentWorkspace)
        }
        let entered = interpreter.callSites.dropFirst(pause.depth + 1) + [interpreter.currentLocation].compactMap { $0 }
        return pause.frames + entered.filter { Self.isFile($0.file) }.map { frame(at: $0, workspace: nil) }
    }

    private func frame(at location: SourceLocation, workspace: Workspace?) -> ScriptFrame {
        let source = try? self.source(of: location.file)
        return ScriptFrame(location: location,
                           function: source?.functionName(atLine: location.line) ?? ScriptSource.scriptName(of: location.file),
                           workspace: workspace, lineText: source?.text(ofLine: location.line) ?? "")
    }

    // MARK: - Files

    /// The file at `path`, read once per run.
    func source(of path: String) throws(ScriptDebuggerError) -> ScriptSource {
        if let known = sources[path] { return known }
        let source = try ScriptSource(path: path)
        sources[path] = source
        return source
    }

    /// Drops the cached reading of `path` (a `dbstop` re-reads the file as it is now).
    func forget(_ path: String) {
        sources[path] = nil
        lastFile = nil
    }

    /// Whether statements of a file can stop, its source (which statements start a line) and
    /// its breakpoints by line.
    private final class FileInfo {
        let name: String
        let isFile: Bool
        let source: ScriptSource?
        let breakpoints: [Int: ScriptBreakpoint]

        init(name: String, isFile: Bool, source: ScriptSource?, breakpoints: [Int: ScriptBreakpoint]) {
            self.name = name
            self.isFile = isFile
            self.source = source
            self.breakpoints = breakpoints
        }
    }

    private func fileInfo(_ name: String) -> FileInfo {
        if let lastFile, lastFile.name == name { return lastFile }
        let isFile = Self.isFile(name)
        let info = FileInfo(name: name, isFile: isFile, source: isFile ? try? source(of: name) : nil,
                            breakpoints: isFile ? breakpoints.breakpoints(path: standardPath(name)) : [:])
        lastFile = info
        return info
    }

    /// `path` with `.` and `..` resolved and symbolic links followed, remembered per spelling.
    func standardPath(_ path: String) -> String {
        if let known = standardPaths[path] { return known }
        let standard = (path as NSString).resolvingSymlinksInPath
        standardPaths[path] = standard
        return standard
    }

    /// Whether statements from `file` can stop: files, not typed lines (`<repl>`, `command line`).
    static func isFile(_ file: String) -> Bool { file.hasSuffix(".m") }
}
