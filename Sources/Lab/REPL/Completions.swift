/// The answer to a Tab press: the word being completed and the words it could become.
///
/// `stem` is the text immediately before the cursor that each candidate replaces: for
/// `net.L` it is `L`, with candidates `Layers` and `Learnables`. An empty candidate list
/// means nothing matches.
public struct Completions: Equatable, Sendable {
    /// The text before the cursor that a chosen candidate replaces.
    public var stem: String
    /// The possible replacements for ``stem``, each a whole word.
    public var candidates: [String]

    /// Creates completions replacing `stem` with one of `candidates`.
    public init(stem: String, candidates: [String]) {
        self.stem = stem
        self.candidates = candidates
    }

    /// No completion available.
    public static let none = Completions(stem: "", candidates: [])

    /// The longest text every candidate starts with (at least ``stem`` when all candidates extend it).
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return stem }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) {
                prefix.removeLast()
            }
        }
        return prefix
    }

    /// The candidates as a listing shows them: file paths without the folder already typed
    /// (`data/digits.csv` lists as `digits.csv` after `load data/d`), other words unchanged.
    public var listedCandidates: [String] {
        guard let slash = stem.lastIndex(of: "/") else { return candidates }
        let folder = stem[...slash]
        return candidates.map { $0.hasPrefix(folder) ? String($0.dropFirst(folder.count)) : $0 }
    }

    /// What a Tab press should do with the line.
    public var action: CompletionAction {
        switch candidates.count {
        case 0:
            return .nothing
        case 1:
            return .replace(with: candidates[0])
        default:
            let prefix = commonPrefix
            if prefix.count > stem.count && prefix.hasPrefix(stem) {
                return .replace(with: prefix)
            }
            return .list(candidates)
        }
    }
}

/// The effect of a Tab press, decided from ``Completions``.
public enum CompletionAction: Equatable, Sendable {
    /// Nothing matches: leave the line alone (the reader may beep).
    case nothing
    /// Replace the stem with this text (a unique candidate or the candidates' longer common prefix).
    case replace(with: String)
    /// Several candidates share no longer prefix: show them.
    case list([String])
}
