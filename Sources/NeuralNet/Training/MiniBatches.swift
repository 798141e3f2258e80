import Autograd

/// Mini-batches over a data set of images or feature vectors, as MATLAB's `minibatchqueue`
/// with `PartialMiniBatch="return"`: ⌈N/B⌉ batches per epoch, the last one holding the rest
/// (5000 observations in batches of 128: 39 of 128 and one of 8).
public struct MiniBatches: Sendable {
    /// The observations, the last dimension indexing them (`28×28×1×N`, or `C×N`).
    public let data: Tensor
    /// The class of every observation, 0-based.
    public let labels: [Int]
    /// The number of classes (rows of a one-hot target).
    public let classCount: Int
    /// The batch size.
    public let batchSize: Int
    /// The observation order of the current epoch.
    public private(set) var order: [Int]

    /// Creates the queue in the data's own order.
    /// - Throws: ``NetworkError/invalidOption(operation:option:value:requirement:)`` for a batch
    ///   size below 1, labels out of range, or a label count that does not match the data.
    public init(data: Tensor, labels: [Int], classCount: Int, batchSize: Int) throws(NetworkError) {
        guard data.shape.rank > 0 else {
            throw .invalidOption(operation: "minibatchqueue", option: "data", value: "a scalar",
                                 requirement: "an array whose last dimension indexes the observations")
        }
        let count = data.shape[data.shape.rank - 1]
        guard classCount > 0 else {
            throw .invalidOption(operation: "minibatchqueue", option: "classes", value: "\(classCount)",
                                 requirement: "a positive integer")
        }
        guard batchSize > 0 else {
            throw .invalidOption(operation: "minibatchqueue", option: "MiniBatchSize", value: "\(batchSize)",
                                 requirement: "a positive integer")
        }
        guard labels.count == count else {
            throw .invalidOption(operation: "minibatchqueue", option: "labels", value: "\(labels.count) labels",
                                 requirement: "one label per observation (\(count))")
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classCount }) {
            throw .invalidOption(operation: "minibatchqueue", option: "labels", value: "\(bad)",
                                 requirement: "a class index in 0..<\(classCount)")
        }
        self.data = data
        self.labels = labels
        self.classCount = classCount
        self.batchSize = batchSize
        self.order = Array(0..<count)
    }

    /// The number of observations.
    public var observationCount: Int { order.count }

    /// The number of batches per epoch, ⌈N/B⌉.
    public var batchesPerEpoch: Int { (observationCount + batchSize - 1) / batchSize }

    /// Draws a new observation order, a uniformly random permutation (MATLAB's `shuffle(mbq)`).
    public mutating func shuffle(using generator: inout RandomGenerator) {
        order = generator.permutation(observationCount)
    }

    /// The `index`-th batch of the epoch: the observations (same leading dimensions as the data,
    /// last dimension the batch) and their one-hot targets (`classCount×B`).
    public func batch(_ index: Int) -> (input: Tensor, targets: Tensor) {
        var input = Tensor(zeros: Shape([0]))
        var targets = Tensor(zeros: Shape([0]))
        fill(batch: index, input: &input, targets: &targets)
        return (input, targets)
    }

    /// Writes the `index`-th batch into `input` and `targets`, reusing their storage when they
    /// already have the batch's shape and are not shared (the training loop's steady state: no
    /// allocation per iteration).
    public func fill(batch index: Int, input: inout Tensor, targets: inout Tensor) {
        precondition(index >= 0 && index < batchesPerEpoch, "MiniBatches.batch: index \(index) out of range")
        let start = index * batchSize
        let members = order[start..<min(start + batchSize, observationCount)]
        let size = data.count / max(observationCount, 1)
        var dims = data.shape.dims
        dims[dims.count - 1] = members.count
        if input.shape != Shape(dims) { input = Tensor(zeros: Shape(dims)) }
        let targetShape = Shape([classCount, members.count])
        if targets.shape != targetShape { targets = Tensor(zeros: targetShape) }
        data.withUnsafeBufferPointer { source in
            input.withUnsafeMutableBufferPointer { out in
                for (slot, observation) in members.enumerated() {
                    // The next observation's lines are fetched while this one is copied: the
                    // observations sit at random places in a set larger than the cache.
                    let next = members.startIndex + slot + 1
                    if next < members.endIndex {
                        Memory.prefetch(source.baseAddress! + members[next] * size, byteCount: size * MemoryLayout<Float>.stride)
                    }
                    (out.baseAddress! + slot * size).update(from: source.baseAddress! + observation * size, count: size)
                }
            }
        }
        targets.withUnsafeMutableBufferPointer { out in
            out.update(repeating: 0)
            for (slot, observation) in members.enumerated() {
                out[slot * classCount + labels[observation]] = 1
            }
        }
    }
}
