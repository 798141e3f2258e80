extension Kernels {
    /// The dimensions of `input` reordered: result dimension `i` is input dimension `order[i]`.
    static func permute(_ input: Tensor, order: [Int]) -> Tensor {
        let inShape = input.shape
        let outDims = order.map { inShape[$0] }
        let outShape = Shape(outDims)
        let inStrides = (0..<order.count).map { axis -> Int in
            var step = 1
            for a in 0..<axis { step *= inShape[a] }
            return step
        }
        let strides = order.map { inStrides[$0] }
        return Tensor(uninitializedShape: outShape) { out in
            input.withUnsafeBufferPointer { x in
                guard out.count > 0 else { return }
                var counter = [Int](repeating: 0, count: outDims.count)
                var source = 0
                let run = outDims.first ?? 1
                let runStride = strides.first ?? 1
                var target = 0
                while target < out.count {
                    for i in 0..<run { out[target + i] = x[source + i * runStride] }
                    target += run
                    var axis = 1
                    while axis < outDims.count {
                        counter[axis] += 1
                        source += strides[axis]
                        if counter[axis] < outDims[axis] { break }
                        source -= strides[axis] * outDims[axis]
                        counter[axis] = 0
                        axis += 1
                    }
                }
            }
        }
    }
}
