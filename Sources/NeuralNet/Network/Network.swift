import Autograd

/// A sequential network, MATLAB's `dlnetwork(layers)`: an input layer followed by layers each
/// feeding the next, with MATLAB's automatic names and every learnable initialised.
///
/// The learnables are listed as MATLAB's `net.Learnables` table: one row per (layer,
/// parameter) in layer order, `Weights` before `Bias`.
public struct Network: Sendable {
    /// The layers, named and initialised.
    public internal(set) var layers: [any Layer]

    /// Builds a network: names the unnamed layers, checks that sizes agree from the input layer
    /// on, and draws every learnable that was not given from its initialiser using `generator`.
    /// - Throws: ``NetworkError/missingInputLayer``, ``NetworkError/misplacedInputLayer(layer:index:)``,
    ///   ``NetworkError/duplicateLayerName(_:)``, ``NetworkError/inputSizeMismatch(layer:expected:actual:)``.
    public init(layers: [any Layer], using generator: inout RandomGenerator) throws(NetworkError) {
        let names = try LayerNaming.resolve(names: layers.map(\.name),
                                            prefixes: layers.map { type(of: $0).namePrefix })
        var named = layers
        for index in named.indices { named[index].name = names[index] }
        let sizes = try Network.featureSizes(of: named)
        for index in named.indices {
            try named[index].initialize(inputSize: sizes[index], using: &generator)
        }
        self.layers = named
    }

    /// The number of features entering each layer, from the input layer's size on.
    ///
    /// Useful to size a custom initialiser before building the network.
    /// - Throws: ``NetworkError/missingInputLayer``, ``NetworkError/misplacedInputLayer(layer:index:)``,
    ///   ``NetworkError/inputSizeMismatch(layer:expected:actual:)``.
    public static func featureSizes(of layers: [any Layer]) throws(NetworkError) -> [Int] {
        guard let first = layers.first, let inputSize = Network.inputFeatureCount(of: first) else {
            throw .missingInputLayer
        }
        for (index, layer) in layers.enumerated().dropFirst() where Network.inputFeatureCount(of: layer) != nil {
            throw .misplacedInputLayer(layer: layer.name, index: index)
        }
        var sizes: [Int] = []
        var size = inputSize
        for layer in layers {
            sizes.append(size)
            size = try layer.outputSize(forInputSize: size)
        }
        return sizes
    }

    /// The values per observation an input layer takes, or `nil` for other layers.
    static func inputFeatureCount(of layer: any Layer) -> Int? {
        if let image = layer as? ImageInputLayer { return image.featureCount }
        if let feature = layer as? FeatureInputLayer { return feature.inputSize }
        return nil
    }

    /// The values per observation the network takes (784 for 28×28×1 images).
    public var inputFeatureCount: Int { Network.inputFeatureCount(of: layers[0]) ?? 0 }

    /// The layer names in order.
    public var layerNames: [String] { layers.map(\.name) }

    /// The layer named `name`, or a typed error.
    public func layer(named name: String) throws(NetworkError) -> any Layer {
        guard let layer = layers.first(where: { $0.name == name }) else { throw .unknownLayer(name) }
        return layer
    }
}
