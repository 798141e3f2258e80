/// MATLAB's automatic layer names.
///
/// `dlnetwork` names every layer whose `Name` is empty from its type's prefix: a prefix that
/// occurs once among the unnamed layers gives the bare prefix (`imageinput`, `softmax`), a
/// prefix that occurs several times gives `prefix_1`, `prefix_2`, … in layer order (`fc_1` …
/// `fc_4`, `relu_1` … `relu_3`). Generated names skip any name a layer already has. Names the
/// user gave must be unique.
public enum LayerNaming {
    /// The final names for layers whose current names are `names` (empty = automatic) and whose
    /// automatic-name prefixes are `prefixes`.
    /// - Throws: ``NetworkError/duplicateLayerName(_:)`` when two explicit names are equal.
    public static func resolve(names: [String], prefixes: [String]) throws(NetworkError) -> [String] {
        precondition(names.count == prefixes.count, "LayerNaming: one prefix per layer")
        var taken = Set<String>()
        for name in names where !name.isEmpty {
            guard taken.insert(name).inserted else { throw .duplicateLayerName(name) }
        }
        var unnamedCount: [String: Int] = [:]
        for (name, prefix) in zip(names, prefixes) where name.isEmpty {
            unnamedCount[prefix, default: 0] += 1
        }
        var nextSuffix: [String: Int] = [:]
        var result = names
        for index in names.indices where names[index].isEmpty {
            let prefix = prefixes[index]
            if unnamedCount[prefix] == 1, !taken.contains(prefix) {
                result[index] = prefix
            } else {
                var suffix = nextSuffix[prefix, default: 1]
                while taken.contains("\(prefix)_\(suffix)") { suffix += 1 }
                result[index] = "\(prefix)_\(suffix)"
                nextSuffix[prefix] = suffix + 1
            }
            taken.insert(result[index])
        }
        return result
    }
}
