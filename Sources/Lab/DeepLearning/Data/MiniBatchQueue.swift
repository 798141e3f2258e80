import Autograd
import MatLang

/// MATLAB's `minibatchqueue`: a handle object (`shuffle(mbq)` and `next(mbq)` change it in
/// place) that serves mini-batches of a datastore as dlarrays.
///
/// NOTE: `@unchecked Sendable` because the queue's cursor is shared by every copy of the handle,
/// as in MATLAB; it only ever runs on the interpreter's thread.
public final class MiniBatchQueue: MatObject, @unchecked Sendable {
    /// The datastore read from.
    public let datastore: ImageDatastore
    /// Observations per batch.
    public let miniBatchSize: Int
    /// The preprocessing function handle (`MiniBatchFcn`), or nil.
    public let miniBatchFunction: Value?
    /// The dlarray format of each output (`""` unformatted).
    public let formats: [String]
    /// Whether a final short batch is returned (`PartialMiniBatch="return"`) or dropped.
    public let returnsPartial: Bool
    /// The observation order of the current pass.
    public private(set) var order: [Int]
    /// The next observation position in ``order``.
    public private(set) var position = 0

    /// Creates a queue over a datastore.
    public init(datastore: ImageDatastore, miniBatchSize: Int, miniBatchFunction: Value?, formats: [String], returnsPartial: Bool) {
        self.datastore = datastore
        self.miniBatchSize = miniBatchSize
        self.miniBatchFunction = miniBatchFunction
        self.formats = formats
        self.returnsPartial = returnsPartial
        self.order = Array(0..<datastore.observationCount)
    }

    /// `minibatchqueue`.
    public var className: String { "minibatchqueue" }
    /// The properties MATLAB shows.
    public var propertyNames: [String] { ["MiniBatchSize", "PartialMiniBatch", "MiniBatchFormat", "NumOutputs"] }

    /// `MiniBatchSize`, `PartialMiniBatch`, `MiniBatchFormat`, `NumOutputs`.
    public func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "MiniBatchSize": .number(Double(miniBatchSize))
        case "PartialMiniBatch": .stringScalar(returnsPartial ? "return" : "discard")
        case "MiniBatchFormat": .stringRow(formats)
        case "NumOutputs": .number(2)
        default: throw .unknownProperty(name: name, className: className)
        }
    }

    /// Whether another batch is available.
    public var hasData: Bool {
        let left = order.count - position
        return returnsPartial ? left > 0 : left >= miniBatchSize
    }

    /// Starts a new pass in the same order.
    public func reset() { position = 0 }

    /// Starts a new pass in a random order.
    public func shuffle(using generator: inout RandomGenerator) {
        order = generator.permutation(order.count)
        position = 0
    }

    /// The memory behind the last batch's observations when they are doubles, written over by
    /// the next batch when nothing else holds it (see ``ImageDatastore/observations(_:reusing:)``).
    private var observationBatch: [Double] = []

    /// The observations at `indices`, as the values handed to `MiniBatchFcn`.
    func observations(_ indices: ArraySlice<Int>) -> [Value] {
        datastore.observations(indices, reusing: &observationBatch)
    }

    /// The next batch's observation indices (0-based), advancing the cursor.
    func nextIndices() throws(RuntimeError) -> ArraySlice<Int> {
        guard hasData else {
            throw .invalidArgument(function: "next", position: 1,
                                   reason: "The minibatchqueue has no more data. Use hasdata(mbq) to check and reset(mbq) or shuffle(mbq) to start again.")
        }
        let end = min(order.count, position + miniBatchSize)
        defer { position = end }
        return order[position..<end]
    }
}
