import Autograd
import MatLang
import NeuralNet

/// Losses, activations and the core math functions on dlarrays: crossentropy mse l2loss softmax
/// sigmoid relu, and dlarray-aware mean sum exp log abs sqrt tanh.
enum LossBuiltins {
    static var functions: [BuiltinFunction] {
        var list: [BuiltinFunction] = [
            loss("crossentropy", """
                crossentropy - Cross-entropy loss of probabilities against one-hot targets
                  loss = crossentropy(Y, T)     mean over observations of -sum(T .* log(Y))
                Y holds probabilities (softmax output, "CB"), T one-hot targets of the same size.
                Example: loss = crossentropy(forward(net, X), T)
                """) { tape, y, t throws(TensorError) in try tape.crossEntropy(y, t) },
            loss("mse", """
                mse - Half mean squared error
                  loss = mse(Y, T)     sum((Y - T).^2) / (2 * numObservations)
                Example: loss = mse(Y, T)
                """) { tape, y, t throws(TensorError) in try tape.meanSquaredError(y, t) },
            loss("l2loss", """
                l2loss - L2 loss, sum of squared differences over observations
                  loss = l2loss(Y, T)     sum((Y - T).^2) / numObservations
                Example: loss = l2loss(Y, T)
                """) { tape, y, t throws(TensorError) in
                try tape.multiply(try tape.meanSquaredError(y, t), tape.constant(Tensor(scalar: 2)))
            },
            activation("softmax", "Softmax over the channel (first) dimension") { t, x throws(TensorError) in try t.softmax(x) },
            activation("sigmoid", "Logistic sigmoid, 1 ./ (1 + exp(-X))") { t, x throws(TensorError) in try t.sigmoid(x) },
            activation("relu", "Rectified linear unit, max(X, 0)") { t, x throws(TensorError) in try t.relu(x) },
        ]
        let core = BuiltinRegistry.standard()
        let unary: [(String, @Sendable (Tape, Autograd.Variable) throws(TensorError) -> Autograd.Variable)] = [
            ("exp", { t, x throws(TensorError) in try t.exp(x) }),
            ("log", { t, x throws(TensorError) in try t.log(x) }),
            ("abs", { t, x throws(TensorError) in try t.abs(x) }),
            ("sqrt", { t, x throws(TensorError) in try t.sqrt(x) }),
            ("tanh", { t, x throws(TensorError) in try t.tanh(x) }),
        ]
        for (name, body) in unary {
            guard let base = core.lookup(name) else { continue }
            list.append(BuiltinFunction(name: name, help: base.help + "\n  On a dlarray the operation is traced inside dlfeval.") { call in
                guard case .object(let d as DLArray)? = call.arguments.first else { return try base.body(call) }
                return [.object(try d.map(name, body))]
            })
        }
        for name in ["mean", "sum"] {
            guard let base = core.lookup(name) else { continue }
            list.append(BuiltinFunction(name: name, help: base.help + "\n  On a dlarray: \(name)(X, \"all\") or \(name)(X, dim), traced inside dlfeval.") { call in
                guard case .object(let d as DLArray)? = call.arguments.first else { return try base.body(call) }
                var axis: Int? = d.size[0] == 1 ? 1 : 0
                if call.arguments.count > 1 {
                    if let text = try? call.arguments[1].text(), text == "all" || text.lowercased() == "all" {
                        axis = nil
                    } else {
                        axis = try DeepLearningArguments.positiveInteger(call.arguments[1], function: name, name: "dim") - 1
                    }
                }
                if d.tensor.shape.rank <= 1 && axis != nil { axis = nil }
                let isMean = name == "mean"
                // Outside dlfeval nothing is recorded, so the value is computed without a tape
                // (a training loop takes the mean of every gradient at every iteration).
                if case .tensor(let t) = d.storage {
                    let value = try DLArray.engine(name) { () throws(TensorError) -> Tensor in
                        switch (isMean, axis) {
                        case (true, nil): t.mean()
                        case (true, let a?): try t.mean(alongAxis: a)
                        case (false, nil): t.summed()
                        case (false, let a?): try t.summed(alongAxis: a)
                        }
                    }
                    return [.object(DLArray(value, format: d.format))]
                }
                let result = try d.map(name) { t, x throws(TensorError) in
                    isMean ? try t.mean(x, axis: axis) : try t.sum(x, axis: axis)
                }
                return [.object(result)]
            })
        }
        for name in ["double", "single"] {
            guard let base = core.lookup(name) else { continue }
            list.append(BuiltinFunction(name: name, help: base.help) { call in
                guard case .object(let d as DLArray)? = call.arguments.first else { return try base.body(call) }
                if name == "single" { return [.object(d)] }
                return [.double(NDArray(size: d.size, elements: d.tensor.doubleScalars))]
            })
        }
        return list
    }

    /// A two-input loss on dlarrays (traced when either is).
    static func loss(_ name: String, _ help: String,
                     _ body: @escaping @Sendable (Tape, Autograd.Variable, Autograd.Variable) throws(TensorError) -> Autograd.Variable) -> BuiltinFunction {
        BuiltinFunction(name: name, help: help) { call in
            guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
            if case .categorical = call.arguments[1] {
                throw RuntimeError.invalidArgument(function: name, position: 2, reason:
                    "Targets must be numeric, not categorical labels; one-hot encode them with onehotencode(T, 1).")
            }
            let y = try DeepLearningArguments.dlarray(call, 0)
            let t = try DeepLearningArguments.dlarray(call, 1)
            guard y.size == t.size else {
                let hint = name == "crossentropy" && t.size.first == 1 ? " Labels must be one-hot encoded: use onehotencode(T, 1)." : ""
                throw RuntimeError.invalidArgument(function: name, position: 2, reason:
                    "Targets must be the same size as the predictions (\(y.size.map(String.init).joined(separator: "×"))), not \(t.size.map(String.init).joined(separator: "×")).\(hint)")
            }
            guard y.format.isEmpty || t.format.isEmpty || y.format == t.format else {
                throw RuntimeError.invalidArgument(function: name, position: 2, reason:
                    "Targets must have the format of the predictions (\"\(y.format)\"), not \"\(t.format)\".")
            }
            if name == "crossentropy" {
                guard Self.isBetweenZeroAndOne(t.tensor) else {
                    throw RuntimeError.invalidArgument(function: name, position: 2, reason:
                        "Targets must be one-hot encoded (values between 0 and 1); use onehotencode(T, 1).")
                }
            }
            return [.object(try DLArray.combine(y, t, function: name, format: "", body))]
        }
    }

    /// Whether every element lies in [0, 1] (NaN does not), read in place eight at a time: it
    /// runs on every mini-batch's targets.
    static func isBetweenZeroAndOne(_ tensor: Tensor) -> Bool {
        tensor.withUnsafeBufferPointer { values in
            let raw = UnsafeRawBufferPointer(values)
            var inside = SIMDMask<SIMD8<Int32>>(repeating: true)
            var i = 0
            while i + 8 <= values.count {
                let x = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
                inside = inside .& (x .>= 0) .& (x .<= 1)
                i += 8
            }
            return all(inside) && values[i...].allSatisfy { $0 >= 0 && $0 <= 1 }
        }
    }

    /// A one-input activation function on dlarrays.
    static func activation(_ name: String, _ summary: String,
                           _ body: @escaping @Sendable (Tape, Autograd.Variable) throws(TensorError) -> Autograd.Variable) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - \(summary) (dlarray, traced inside dlfeval)
              Y = \(name)(X)
            Example: Y = \(name)(dlarray(randn(10, 4), "CB"))
            """) { call in
            [.object(try DeepLearningArguments.dlarray(call, 0).map(name, body))]
        }
    }
}
