import Autograd

/// One row of a network summary (`analyzeNetwork`).
public struct LayerSummary: Sendable, Equatable {
    /// 1-based position.
    public let index: Int
    /// The layer's name.
    public let name: String
    /// MATLAB's class name.
    public let className: String
    /// The features per observation the layer outputs (for an image input, h·w·c).
    public let outputSize: Int
    /// The sizes of the layer's learnables, as `Weights 10×784`.
    public let learnables: [String]
    /// The number of learnable scalars.
    public let parameterCount: Int
}

extension Network {
    /// One row per layer: name, type, output size and learnables (`analyzeNetwork`'s table).
    public var summary: [LayerSummary] {
        var rows: [LayerSummary] = []
        var size = inputFeatureCount
        for (index, layer) in layers.enumerated() {
            size = (try? layer.outputSize(forInputSize: size)) ?? size
            let values = layer.learnableNames.compactMap { name in layer.learnable(name).map { (name, $0) } }
            rows.append(LayerSummary(
                index: index + 1, name: layer.name, className: layer.className, outputSize: size,
                learnables: values.map { "\($0.0) \($0.1.shape)" },
                parameterCount: values.reduce(0) { $0 + $1.1.count }))
        }
        return rows
    }
}
