import Autograd
import MatLang

/// The variables a paused backprop frame shows for its focused layer — `z`, `a`, `dz`, `da`,
/// `dW`, `db`, `sigmaPrime`, `layer` — bound into the workspace for one `K>>` entry and then
/// removed again, restoring any variable of the same name.
struct FrameVariables {
    let values: [(name: String, value: Value)]
    private final class Saved { var entries: [(String, Value?)] = [] }
    private let saved = Saved()

    init(frame: BackpropFrame) {
        guard let focus = frame.focus else { values = []; return }
        let span = frame.spans[focus]
        let tape = frame.stepper.tape
        var list: [(String, Value)] = [("layer", .string(NDArray(scalar: span.name)))]
        func add(_ name: String, _ tensor: Tensor?) {
            if let tensor { list.append((name, Self.value(tensor))) }
        }
        let inputValue = span.inputID.map { tape[$0].value }
        let inputGradient = span.inputID.flatMap { frame.stepper.gradient(of: $0) }
        let outputGradient = frame.stepper.gradient(of: span.outputID)
        if let activationID = span.activationID, let kind = ActivationFactor.kind(of: tape[activationID].op) {
            add("z", inputValue)
            add("a", tape[span.outputID].value)
            add("dz", inputGradient)
            add("da", outputGradient)
            let factor = ActivationFactor(kind: kind, output: tape[activationID].value)
            add("sigmaPrime", Tensor(shape: tape[activationID].value.shape, scalars: factor.derivatives))
        } else {
            add("a", inputValue)
            add("z", tape[span.outputID].value)
            add("da", inputGradient)
            add("dz", outputGradient)
        }
        add("dW", span.weightsID.flatMap { frame.stepper.gradient(of: $0) })
        add("db", span.biasID.flatMap { frame.stepper.gradient(of: $0) })
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
