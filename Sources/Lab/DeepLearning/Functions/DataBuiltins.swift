import Autograd
import MatLang
import NeuralNet

/// Data: digitTrain4DArrayData digitTest4DArrayData augmentedImageDatastore minibatchqueue
/// shuffle reset hasdata next.
enum DataBuiltins {
    static func functions(state: DeepLearningState) -> [BuiltinFunction] {
        let core = BuiltinRegistry.standard()
        return [
            digits("digitTrain4DArrayData", .training, state: state),
            digits("digitTest4DArrayData", .test, state: state),
            BuiltinFunction(name: "augmentedImageDatastore", help: """
                augmentedImageDatastore - Datastore of images resized to an output size
                  ds = augmentedImageDatastore(outputSize, X, T)     X h-by-w-by-c-by-N, T N-by-1 categorical
                Images are resized (nearest neighbour) to outputSize [h w]; no other augmentation.
                Example: ds = augmentedImageDatastore([28 28], XTrain, TTrain)
                """) { call in
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let size = try call.arguments[0].doubleArray().elements.map { Int($0) }
                guard size.count >= 2, size.prefix(2).allSatisfy({ $0 > 0 }) else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1, reason: "Output size must be [height width].")
                }
                let images = try call.arguments[1].doubleArray()
                let count = images.size.count >= 4 ? images.size[3] : 1
                var responses: Value?
                if call.arguments.count > 2 {
                    let t = call.arguments[2]
                    guard case .categorical = t, t.count == count else {
                        throw RuntimeError.invalidArgument(function: call.name, position: 3, reason:
                            "Responses must be a categorical vector with one label per image (\(count)), not \(t.sizeText(separator: "×")) \(t.className).")
                    }
                    responses = t
                }
                return [.object(ImageDatastore(images: images, responses: responses, outputSize: Array(size.prefix(2))))]
            },
            BuiltinFunction(name: "minibatchqueue", help: """
                minibatchqueue - Create mini-batches of data for a custom training loop
                  mbq = minibatchqueue(ds, MiniBatchSize=128, MiniBatchFcn=@f, MiniBatchFormat=["SSCB" ""],
                                       PartialMiniBatch="return")
                MiniBatchFcn receives one cell array per datastore output; numeric outputs become single
                dlarrays with the given formats. Use hasdata, next, shuffle and reset.
                Example: [X, T] = next(mbq)
                """) { call in
                let (values, options) = try DeepLearningArguments.split(
                    call.arguments, positional: 1, function: call.name,
                    allowed: ["MiniBatchSize", "MiniBatchFcn", "MiniBatchFormat", "PartialMiniBatch", "OutputEnvironment", "OutputCast", "NumOutputs"])
                guard case .object(let ds as ImageDatastore)? = values.first else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1, reason: "Expected a datastore such as augmentedImageDatastore.")
                }
                let size = try options["minibatchsize"].map { v throws(RuntimeError) in
                    try DeepLearningArguments.positiveInteger(v, function: call.name, name: "MiniBatchSize")
                } ?? 128
                var formats = ["", ""]
                if let f = options["minibatchformat"] {
                    switch f {
                    case .string(let a): formats = a.elements.map { $0 ?? "" }
                    case .cell(let c): formats = c.elements.map { (try? $0.text()) ?? "" }
                    default: formats = [(try? f.text()) ?? ""]
                    }
                }
                var partial = true
                if let p = options["partialminibatch"] {
                    let text = ((try? p.text()) ?? "").lowercased()
                    guard text == "return" || text == "discard" else {
                        throw RuntimeError.invalidArgument(function: call.name, position: nil, reason: "PartialMiniBatch must be \"return\" or \"discard\".")
                    }
                    partial = text == "return"
                }
                return [.object(MiniBatchQueue(datastore: ds, miniBatchSize: size, miniBatchFunction: options["minibatchfcn"],
                                               formats: formats, returnsPartial: partial))]
            },
            queueFunction("hasdata", core: core, help: "hasdata - Whether a minibatchqueue has another batch\n  tf = hasdata(mbq)\nExample: while hasdata(mbq), [X, T] = next(mbq); end") { q, _ in
                [.bool(q.hasData)]
            },
            queueFunction("reset", core: core, help: "reset - Restart a minibatchqueue in the same order\n  reset(mbq)\nExample: reset(mbq)") { q, _ in
                q.reset()
                return []
            },
            queueFunction("shuffle", core: core, help: "shuffle - Restart a minibatchqueue in a new random order (seeded by rng)\n  shuffle(mbq)\nExample: shuffle(mbq)") { q, _ in
                var generator = state.random.generator
                q.shuffle(using: &generator)
                state.random.generator = generator
                return []
            },
            queueFunction("next", core: core, help: """
                next - The next mini-batch of a minibatchqueue
                  [X, T] = next(mbq)
                Errors when the queue is empty; check hasdata(mbq) first.
                Example: [X, T] = next(mbq)
                """) { q, call in try nextBatch(q, call: call) },
        ]
    }

    /// `digitTrain4DArrayData`/`digitTest4DArrayData`, seeded from the session generator.
    static func digits(_ name: String, _ split: DigitSplit, state: DeepLearningState) -> BuiltinFunction {
        BuiltinFunction(name: name, help: """
            \(name) - Synthetic digit images (28-by-28, 10 classes), seeded by rng
              [X, T] = \(name)            X 28x28x1x5000 double in [0,1], T 5000x1 categorical "0".."9"
              [X, T, angles] = \(name)    angles: each digit's rotation in degrees, 5000x1
            Example: [XTrain, TTrain] = \(name);
            """) { call in
            let seed = state.random.generator.next()
            let set: DigitDataSet
            do { set = try SyntheticDigits.make(split, seed: seed) } catch {
                throw RuntimeError.invalidArgument(function: name, position: nil, reason: "\(error)")
            }
            let images = set.images
            let x = Value.double(NDArray(size: [28, 28, 1, set.count], elements: images.doubleScalars))
            let t = Value.categorical(CategoricalArray(categories: (0...9).map(String.init),
                                                       codes: NDArray(column: set.labels.map { $0 + 1 })))
            return [x, t, .column(set.angles)]
        }
    }

    /// A queue method that falls back to the core function of the same name for other values.
    static func queueFunction(_ name: String, core: BuiltinRegistry, help: String,
                              _ body: @escaping @Sendable (MiniBatchQueue, BuiltinCall) throws -> [Value]) -> BuiltinFunction {
        let base = core.lookup(name)
        return BuiltinFunction(name: name, help: help) { call in
            guard case .object(let q as MiniBatchQueue)? = call.arguments.first else {
                if let base { return try base.body(call) }
                throw RuntimeError.invalidArgument(function: name, position: 1, reason: "Expected a minibatchqueue.")
            }
            return try body(q, call)
        }
    }

    /// Reads the next batch, preprocesses it and wraps numeric outputs as dlarrays.
    static func nextBatch(_ q: MiniBatchQueue, call: BuiltinCall) throws -> [Value] {
        let indices = try q.nextIndices()
        let ds = q.datastore
        var outputs: [Value]
        let categorical: CategoricalArray? = if case .categorical(let c)? = ds.responses { c } else { nil }
        if let function = q.miniBatchFunction {
            let xCell = Value.cell(NDArray(column: q.observations(indices)))
            var arguments = [xCell]
            if categorical != nil {
                arguments.append(.cell(NDArray(column: indices.map { ds.response($0) })))
            }
            outputs = try call.context.call(function, arguments: arguments, nargout: max(1, min(q.formats.count, arguments.count)))
        } else {
            var x = DLArray(ds.batch(indices))
            if let fmt = q.formats.first?.uppercased(), !fmt.isEmpty {
                x.format = try AutodiffBuiltins.checkedFormat(fmt, size: x.size, function: "minibatchqueue")
            }
            outputs = [.object(x)]
            if let categorical {
                outputs.append(.categorical(CategoricalArray(categories: categorical.categories,
                                                             codes: NDArray(row: indices.map { categorical.codes[linear: $0] }))))
            }
        }
        return try outputs.enumerated().map { k, value throws(RuntimeError) in
            switch value {
            case .double, .single, .logical:
                var d = DLArray(try DLArray.tensor(from: value))
                let fmt = k < q.formats.count ? q.formats[k].uppercased() : ""
                if !fmt.isEmpty { d.format = try AutodiffBuiltins.checkedFormat(fmt, size: d.size, function: "minibatchqueue") }
                return .object(d)
            default: return value
            }
        }
    }
}
