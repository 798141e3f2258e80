import Foundation

/// The help text of a user's `NAME.m` file, as MATLAB shows it for `help NAME`: the first block
/// of comment lines after the `function` line (or, when there is none, the block before it; for a
/// script, the block at its top), with the leading `%` removed.
enum FunctionFileHelp {
    /// The help text of `NAME.m` in the first of `folders` that has one, ending in a newline;
    /// nil when no folder has the file. A file without comments says so.
    static func text(for name: String, in folders: [String]) -> String? {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name + ".m")
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let source = String(decoding: data, as: UTF8.self)
            guard let block = commentBlock(in: source) else {
                return "\(name) is defined in \(path), which has no help comments.\n"
            }
            return block.map { $0 + "\n" }.joined()
        }
        return nil
    }

    /// The help comment lines of `source` without their `%`, or nil when it has none.
    static func commentBlock(in source: String) -> [String]? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let isComment = { (k: Int) in trimmed[k].hasPrefix("%") && !trimmed[k].hasPrefix("%%") && trimmed[k] != "%{" }
        guard let first = trimmed.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var start = first
        if trimmed[first].hasPrefix("function") {
            start = first + 1
        } else if isComment(first), let function = trimmed.firstIndex(where: { $0.hasPrefix("function") }),
                  !(start..<function).contains(where: { !isComment($0) && !trimmed[$0].isEmpty }) {
            let after = function + 1
            if after < trimmed.count, isComment(after) { start = after }
        }
        var block = [String]()
        var k = start
        while k < trimmed.count, isComment(k) {
            block.append(String(trimmed[k].dropFirst()))
            k += 1
        }
        return block.isEmpty ? nil : block
    }
}
