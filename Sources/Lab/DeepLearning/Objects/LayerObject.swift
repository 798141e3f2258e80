import Autograd
import MatLang
import NeuralNet

/// A Deep Learning Toolbox layer, or a column of layers built with `[ … ]` (MATLAB's `Layer`
/// array).
public struct LayerArray: MatObject {
    /// The layers, in order.
    public var layers: [any Layer]
    /// The `WeightsInitializer`/`BiasInitializer` function handles of each layer (nil when it has
    /// none), called by `dlnetwork` once the layer's input size is known.
    public var initializerHandles: [InitializerHandles?]

    /// Wraps layers.
    public init(_ layers: [any Layer], initializerHandles: [InitializerHandles?]? = nil) {
        self.layers = layers
        self.initializerHandles = initializerHandles ?? Array(repeating: nil, count: layers.count)
    }

    /// `nnet.cnn.layer.ReLULayer` for one layer, `nnet.cnn.layer.Layer` for an array.
    public var className: String {
        layers.count == 1 ? "nnet.cnn.layer." + layers[0].className : "nnet.cnn.layer.Layer"
    }

    /// `n×1`.
    public var size: [Int] { [layers.count, 1] }

    /// `9×1 Layer array` or `1×1 ReLULayer`.
    public var summary: String {
        layers.count == 1 ? "1×1 " + layers[0].className : "\(layers.count)×1 Layer array"
    }

    /// One line per layer, as MATLAB lists a layer array.
    public func displayBody(format: DisplayFormat) -> String? {
        var text = "  \(summary)" + (layers.count == 1 ? "" : " with layers:") + "\n\n"
        for (i, layer) in layers.enumerated() {
            text += "     \(i + 1)   \(layer.description)\n"
        }
        return text
    }

    /// `Name` and, for fully connected layers, `OutputSize`, `Weights`, `Bias`.
    public var propertyNames: [String] { ["Name"] }

    /// Reads `Name`, `Weights`, `Bias`, `OutputSize` of a single layer.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        guard layers.count == 1 else { throw .unknownProperty(name: name, className: className) }
        let layer = layers[0]
        if name == "Name" { return .stringScalar(layer.name) }
        if layer.learnableNames.contains(name) {
            guard let t = layer.learnable(name) else { return .empty }
            return .single(NDArray(size: DLArray.matlabSize(t.shape), elements: t.scalars))
        }
        if name == "OutputSize", let fc = layer as? FullyConnectedLayer {
            return .number(Double(fc.outputSize))
        }
        throw .unknownProperty(name: name, className: className)
    }

    /// `layers(i)`: the selected layers.
    public func indexed(_ subscripts: [IndexSubscript]) throws(RuntimeError) -> Value {
        guard let first = subscripts.first else { return .object(self) }
        switch first {
        case .all: return .object(self)
        case .indices(let list):
            for i in list where i < 1 || i > layers.count {
                throw .indexOutOfBounds(position: nil, count: 1, index: i, extent: layers.count)
            }
            return .object(LayerArray(list.map { layers[$0 - 1] }, initializerHandles: list.map { initializerHandles[$0 - 1] }))
        }
    }

    /// `[a; b]` and `[a, b]`: a layer array (MATLAB stores both as a column).
    public func concatenated(with values: [Value], along dimension: Int) throws(RuntimeError) -> Value {
        var all: [any Layer] = []
        var handles: [InitializerHandles?] = []
        for value in values {
            switch value {
            case .object(let o as LayerArray):
                all += o.layers
                handles += o.initializerHandles
            case .double(let a) where a.count == 0: continue
            default: throw .conversion(from: value.className, to: "nnet.cnn.layer.Layer")
            }
        }
        return .object(LayerArray(all, initializerHandles: handles))
    }
}
