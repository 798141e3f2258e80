import Autograd

/// One row of `net.Learnables`: which layer, which parameter, and its value.
public struct Learnable: Sendable {
    /// The layer's name, e.g. `fc_1`.
    public var layer: String
    /// The parameter's name, `Weights` or `Bias`.
    public var parameter: String
    /// The current value.
    public var value: Tensor

    /// Creates a row.
    public init(layer: String, parameter: String, value: Tensor) {
        self.layer = layer
        self.parameter = parameter
        self.value = value
    }
}

extension Network {
    /// The learnables in MATLAB's order: layer by layer, `Weights` before `Bias`.
    public var learnables: [Learnable] {
        var rows: [Learnable] = []
        for layer in layers {
            for parameter in layer.learnableNames {
                if let value = layer.learnable(parameter) {
                    rows.append(Learnable(layer: layer.name, parameter: parameter, value: value))
                }
            }
        }
        return rows
    }

    /// The learnables' values alone, in the order of ``learnables``.
    public var learnableValues: [Tensor] { learnables.map(\.value) }

    /// The number of learnable tensors (8 for the example network).
    public var learnableCount: Int { layers.reduce(0) { $0 + $1.learnableNames.count } }

    /// The total number of learnable scalars (8180 for the example network).
    public var parameterCount: Int { learnables.reduce(0) { $0 + $1.value.count } }

    /// Replaces every learnable's value, in the order of ``learnables`` (after an optimizer step).
    /// - Throws: ``NetworkError/learnableCountMismatch(expected:actual:)`` or
    ///   ``NetworkError/shapeMismatch(operation:expected:actual:)``.
    public mutating func setLearnableValues(_ values: [Tensor]) throws(NetworkError) {
        guard values.count == learnableCount else {
            throw .learnableCountMismatch(expected: learnableCount, actual: values.count)
        }
        var updated = layers
        var next = 0
        for index in updated.indices {
            for parameter in updated[index].learnableNames {
                try updated[index].setLearnable(parameter, to: values[next])
                next += 1
            }
        }
        layers = updated
    }

    /// Mutates every learnable in place, in the order of ``learnables``: `update(index, &value)`.
    ///
    /// A layer's values are not copied when the network holds the only reference to them (the
    /// training loop clears its tape first), so an optimizer step costs no allocation.
    /// `update` must keep each value's shape.
    /// - Throws: what `update` throws; values already updated stay updated.
    public mutating func updateLearnables(_ update: (Int, inout Tensor) throws(NetworkError) -> Void) throws(NetworkError) {
        var next = 0
        for index in layers.indices {
            for parameter in layers[index].learnableNames {
                let position = next
                try layers[index].updateLearnable(parameter) { (value: inout Tensor) throws(NetworkError) in
                    try update(position, &value)
                }
                next += 1
            }
        }
    }

    /// Replaces one learnable's value.
    /// - Throws: ``NetworkError/unknownLearnable(layer:parameter:)`` or
    ///   ``NetworkError/shapeMismatch(operation:expected:actual:)``.
    public mutating func setLearnable(layer name: String, parameter: String, to value: Tensor) throws(NetworkError) {
        guard let index = layers.firstIndex(where: { $0.name == name }),
              layers[index].learnableNames.contains(parameter) else {
            throw .unknownLearnable(layer: name, parameter: parameter)
        }
        try layers[index].setLearnable(parameter, to: value)
    }
}
