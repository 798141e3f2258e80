import MatLang

/// Why a Lab command (workspace, scripts, lessons, help) could not do what was asked.
///
/// Causes are data; ``message`` is the one place that words them. Commands throw them as
/// ``runtimeError`` so the interpreter reports them like any other `Error using NAME`.
public enum SessionError: Error, Sendable, Equatable {
    /// A file given to `open`, `run` or `load` does not exist; `searched` lists the paths tried.
    case fileNotFound(name: String, searched: [String])
    /// A file exists but could not be read as text.
    case unreadableFile(path: String, reason: String)
    /// A command that needs an open script (`sections`, `ra`, `reload`) was used with none open.
    case noScriptOpen(command: String)
    /// `runsection N` with `N` outside `1...count`.
    case sectionOutOfRange(requested: String, count: Int)
    /// `open N` / `open NAME` matched no lesson; `available` lists what exists as `N name`.
    case lessonNotFound(name: String, available: [String])
    /// No `Lessons/` folder was found; `searched` lists the folders tried.
    case lessonsFolderMissing(searched: [String])
    /// `openvar NAME` or `clear -except NAME` named a variable that does not exist.
    case noSuchVariable(name: String, suggestion: String?)
    /// An option the command does not understand (`clearvars -foo`).
    case unknownOption(command: String, option: String)
    /// A command argument of the wrong kind (`runsection` without a number).
    case badArgument(command: String, reason: String)

    /// The message in MATLAB's tone, without the `Error using` prefix.
    public var message: String {
        switch self {
        case .fileNotFound(let name, let searched):
            return "File '\(name)' not found (looked in: \(searched.joined(separator: ", ")))."
        case .unreadableFile(let path, let reason):
            return "Cannot read '\(path)': \(reason)."
        case .noScriptOpen(let command):
            return "No script is open; use `open FILE` or `open N` (see `lessons`) before `\(command)`."
        case .sectionOutOfRange(let requested, let count):
            return "Section \(requested) does not exist; the open script has \(count) section\(count == 1 ? "" : "s")."
        case .lessonNotFound(let name, let available):
            if available.isEmpty { return "No lesson '\(name)'; the lessons folder has no lessons." }
            return "No lesson '\(name)'. Available lessons:\n" + available.map { "  " + $0 }.joined(separator: "\n")
        case .lessonsFolderMissing(let searched):
            return "No Lessons folder found (set GRADLAB_LESSONS; looked in: \(searched.joined(separator: ", ")))."
        case .noSuchVariable(let name, let suggestion):
            let base = "No variable named '\(name)'."
            return suggestion.map { base + " Did you mean '\($0)'?" } ?? base
        case .unknownOption(let command, let option):
            return "Unknown option '\(option)' for \(command)."
        case .badArgument(_, let reason):
            return reason
        }
    }

    /// The error as the interpreter reports it.
    public var runtimeError: RuntimeError {
        .user(identifier: "gradlab:" + identifier, message: message)
    }

    private var identifier: String {
        switch self {
        case .fileNotFound: return "fileNotFound"
        case .unreadableFile: return "unreadableFile"
        case .noScriptOpen: return "noScriptOpen"
        case .sectionOutOfRange: return "sectionOutOfRange"
        case .lessonNotFound: return "lessonNotFound"
        case .lessonsFolderMissing: return "lessonsFolderMissing"
        case .noSuchVariable: return "noSuchVariable"
        case .unknownOption: return "unknownOption"
        case .badArgument: return "badArgument"
        }
    }
}
