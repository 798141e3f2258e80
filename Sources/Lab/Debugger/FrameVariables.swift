import Autograd
import MatLang

/// The variables a paused backprop frame shows for its focused step, bound into the workspace
/// for one `K>>` entry and then removed again, restoring any variable of the same name:
///
/// - `layer`: the step's layer with weights (`fc_3`), else its only layer;
/// - `z`, `dz`: the pre-activation (the fully connected layer's output, the activation's input)
///   and ∂L/∂z;
/// - `a`, `da`: the activation's output and ∂L/∂a (for a lone fully connected layer: its input);
/// - `sigmaPrime`: the activation's derivative at every unit;
/// - `dW`, `db`: the gradients of the step's weights and bias;
/// - `aPrev`, `daPrev`: the input of the step's fully connected layer and its gradient (the
///   card's `out` line).
struct FrameVariables {
    let values: [(name: String, value: Value)]
    private final class Saved { var entries: [(String, Value?)] = [] }
    private let saved = Saved()

    init(frame: BackpropFrame) {
        guard let focus = frame.focus, let top = frame.cardSteps[focus].spanIndices.first else { values = []; return }
        let indices = frame.cardSteps[focus].spanIndices
        let tape = frame.stepper.tape
        let weighted = indices.first { frame.spans[$0].weightsID != nil }.map { frame.spans[$0] }
        let activation = frame.spans[top].activationID == nil ? nil : frame.spans[top]
        var list: [(String, Value)] = [("layer", .string(NDArray(scalar: (weighted ?? frame.spans[top]).name)))]
        func add(_ name: String, value id: Int?) {
            if let id { list.append((name, Self.value(tape[id].value))) }
        }
        func add(_ name: String, gradient id: Int?) {
            if let id, let g = frame.stepper.gradient(of: id) { list.append((name, Self.value(g))) }
        }
        if let activation, let id = activation.activationID, let kind = ActivationFactor.kind(of: tape[id].op) {
            add("z", value: activation.inputID)
            add("dz", gradient: activation.inputID)
            add("a", value: activation.outputID)
            add("da", gradient: activation.outputID)
            let factor = ActivationFactor(kind: kind, output: tape[id].value)
            list.append(("sigmaPrime", Self.value(Tensor(shape: tape[id].value.shape, scalars: factor.derivatives))))
        } else if let weighted {
            add("z", value: weighted.outputID)
            add("dz", gradient: weighted.outputID)
            add("a", value: weighted.inputID)
            add("da", gradient: weighted.inputID)
        } else {
            let span = frame.spans[top]
            add("z", value: span.inputID)
            add("dz", gradient: span.inputID)
            add("a", value: span.outputID)
            add("da", gradient: span.outputID)
        }
        if let weighted {
            add("dW", gradient: weighted.weightsID)
            add("db", gradient: weighted.biasID)
            add("aPrev", value: weighted.inputID)
            add("daPrev", gradient: weighted.inputID)
        }
        values = list
    }

    /// A tensor as a MATLAB `single` array (both are column-major).
    static func value(_ tensor: Tensor) -> Value {
        var dims = tensor.shape.dims
        while dims.count < 2 { dims.append(1) }
        return .single(NDArray(size: dims, elements: tensor.scalars))
    }

    func bind(in workspace: Workspace) {
        for (name, value) in values {
            saved.entries.append((name, workspace.value(of: name)))
            workspace.setValue(value, of: name)
        }
    }

    func unbind(from workspace: Workspace) {
        for (name, previous) in saved.entries.reversed() {
            if let previous { workspace.setValue(previous, of: name) } else { _ = workspace.removeValue(of: name) }
        }
        saved.entries.removeAll()
    }
}
