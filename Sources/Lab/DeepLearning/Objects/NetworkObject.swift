import Autograd
import MatLang
import NeuralNet

/// MATLAB's `dlnetwork`: a named, initialised network. Inside `dlfeval` it carries tape
/// variables for its learnables so that `forward` and `net.Learnables` refer to the same leaves.
///
/// NOTE: `@unchecked Sendable` because traced learnables refer to their tape; values only ever
/// live on the interpreter's thread.
public struct NetworkObject: MatObject, @unchecked Sendable {
    /// The engine network.
    public var network: Network
    /// The learnables as traced leaves, one per row of `Learnables`, inside `dlfeval`.
    public var tracedLearnables: [Autograd.Variable]?

    /// Wraps a network.
    public init(_ network: Network) { self.network = network }

    /// `dlnetwork`.
    public var className: String { "dlnetwork" }
    /// The properties MATLAB shows.
    public var propertyNames: [String] { ["Layers", "Learnables", "InputNames", "OutputNames", "Initialized"] }

    /// The learnables as a table of dlarrays (traced inside `dlfeval`).
    public var learnablesTable: LearnablesTable {
        let rows = network.learnables
        let values: [DLArray] = rows.indices.map { i in
            if let traced = tracedLearnables, i < traced.count { return DLArray(traced: traced[i]) }
            return DLArray(rows[i].value)
        }
        return LearnablesTable(layers: rows.map(\.layer), parameters: rows.map(\.parameter), values: values)
    }

    /// `net.Layers`, `net.Learnables`, `net.InputNames`, `net.OutputNames`, `net.Initialized`.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "Layers": .object(LayerArray(network.layers))
        case "Learnables": .object(learnablesTable)
        case "InputNames": .cellRow([.charArray(network.layers.first?.name ?? "")])
        case "OutputNames": .cellRow([.charArray(network.layers.last?.name ?? "")])
        case "Initialized": .bool(true)
        default: throw .unknownProperty(name: name, className: className)
        }
    }

    /// `net.Learnables = t` replaces every learnable value (sizes must match).
    public func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject {
        guard name == "Learnables", case .object(let t as LearnablesTable) = value else {
            throw .unknownProperty(name: name, className: className)
        }
        var copy = self
        copy.tracedLearnables = nil
        do { try copy.network.setLearnableValues(t.values.map(\.tensor)) } catch {
            throw .invalidArgument(function: "dlnetwork", position: nil, reason: "\(error)")
        }
        return copy
    }

    /// The network's properties, as MATLAB displays a dlnetwork.
    public func displayBody(format: DisplayFormat) -> String? {
        let rows = network.learnables
        return """
              dlnetwork with properties:

                     Layers: [\(network.layers.count)×1 nnet.cnn.layer.Layer]
                 Learnables: [\(rows.count)×3 table]
                 InputNames: {'\(network.layers.first?.name ?? "")'}
                OutputNames: {'\(network.layers.last?.name ?? "")'}
                Initialized: 1

            """
    }
}
