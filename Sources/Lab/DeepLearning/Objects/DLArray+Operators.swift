import Autograd
import MatLang

extension DLArray {
    /// `dlarray` arithmetic: `+ - .* ./ .^ *` (and `/` by a scalar) with numbers or dlarrays,
    /// recorded on the tape when either side is traced; comparisons and `&`, `|` give a logical
    /// dlarray (see ``logicalOperation(_:with:isLeft:)``). Other operators are not supported.
    public func binaryOperation(_ op: BinaryOperator, with other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
        if op.isLogicalResult { return try logicalOperation(op, with: other, isLeft: isLeft) }
        let otherArray = try DLArray.operand(other, function: op.rawValue)
        let (a, b) = isLeft ? (self, otherArray) : (otherArray, self)
        let scalarSide = a.tensor.count == 1 || b.tensor.count == 1
        let resultFormat = a.format.isEmpty ? b.format : a.format
        let apply: (Tape, Autograd.Variable, Autograd.Variable) throws(TensorError) -> Autograd.Variable
        switch op {
        case .plus: apply = { t, x, y throws(TensorError) in try t.add(x, y) }
        case .minus: apply = { t, x, y throws(TensorError) in try t.subtract(x, y) }
        case .times: apply = { t, x, y throws(TensorError) in try t.multiply(x, y) }
        case .rdivide: apply = { t, x, y throws(TensorError) in try t.divide(x, y) }
        case .ldivide: apply = { t, x, y throws(TensorError) in try t.divide(y, x) }
        case .power: apply = { t, x, y throws(TensorError) in try t.power(x, y) }
        case .mtimes where scalarSide: apply = { t, x, y throws(TensorError) in try t.multiply(x, y) }
        case .mtimes: apply = { t, x, y throws(TensorError) in try t.matmul(x, y) }
        case .mrdivide where b.tensor.count == 1: apply = { t, x, y throws(TensorError) in try t.divide(x, y) }
        case .mpower where scalarSide: apply = { t, x, y throws(TensorError) in try t.power(x, y) }
        default: return nil
        }
        return .object(try DLArray.combine(a, b, function: op.rawValue, format: resultFormat, apply))
    }

    /// `-x`, `+x`, `x'` on a dlarray.
    public func unaryOperation(_ op: UnaryOperator) throws(RuntimeError) -> Value? {
        switch op {
        case .plus: return .object(self)
        case .negate: return .object(try map("uminus") { t, x throws(TensorError) in try t.negate(x) })
        case .ctranspose, .transpose:
            return .object(try map("transpose") { t, x throws(TensorError) in try t.transpose(x) })
        case .not:
            return .object(try DLArray.logical(try dataValue.unary(.not), format: format))
        }
    }

    /// `== ~= < <= > >= & |` with numbers or dlarrays: a logical dlarray with MATLAB's implicit
    /// expansion, in the format of the dlarray operand. Comparisons are not differentiated: the
    /// result is never traced, so `x .* (x > 0)` inside `dlfeval` treats the mask as a constant.
    public func logicalOperation(_ op: BinaryOperator, with other: Value, isLeft: Bool) throws(RuntimeError) -> Value {
        let otherArray = try DLArray.operand(other, function: op.rawValue)
        let (a, b) = isLeft ? (self, otherArray) : (otherArray, self)
        let result = try Value.binary(op, a.dataValue, b.dataValue)
        return .object(try DLArray.logical(result, format: a.format.isEmpty ? b.format : a.format))
    }

    /// A logical value as a logical dlarray.
    static func logical(_ value: Value, format: String) throws(RuntimeError) -> DLArray {
        guard case .logical(let mask) = value else { throw .conversion(from: value.className, to: "logical") }
        var result = DLArray(Tensor(shape: Shape(mask.size), scalars: mask.elements.map { $0 ? 1 : 0 }), format: format)
        result.isLogical = true
        return result
    }

    /// Applies a one-input engine operation, on the tape when traced.
    public func map(_ function: String, format newFormat: String? = nil,
                    _ body: (Tape, Autograd.Variable) throws(TensorError) -> Autograd.Variable) throws(RuntimeError) -> DLArray {
        let fmt = newFormat ?? format
        switch storage {
        case .traced(let v):
            return DLArray(traced: try DLArray.engine(function) { () throws(TensorError) in try body(v.tape, v) }, format: fmt)
        case .tensor(let t):
            let tape = Tape()
            let out = try DLArray.engine(function) { () throws(TensorError) in try body(tape, tape.constant(t)) }
            return DLArray(out.value, format: fmt)
        }
    }

    /// Applies a two-input engine operation; the result is traced when either input is.
    static func combine(_ a: DLArray, _ b: DLArray, function: String, format: String,
                        _ body: (Tape, Autograd.Variable, Autograd.Variable) throws(TensorError) -> Autograd.Variable) throws(RuntimeError) -> DLArray {
        let tape = a.variable?.tape ?? b.variable?.tape
        if let tape {
            let x = a.variable ?? tape.constant(a.tensor)
            let y = b.variable ?? tape.constant(b.tensor)
            return DLArray(traced: try engine(function) { () throws(TensorError) in try body(tape, x, y) }, format: format)
        }
        let scratch = Tape()
        let out = try engine(function) { () throws(TensorError) in
            try body(scratch, scratch.constant(a.tensor), scratch.constant(b.tensor))
        }
        return DLArray(out.value, format: format)
    }

    /// A value as a dlarray operand: dlarrays as they are, numbers as untraced single data.
    static func operand(_ value: Value, function: String) throws(RuntimeError) -> DLArray {
        if case .object(let o) = value {
            if let d = o as? DLArray { return d }
            throw .operatorNotSupported(operator: function, leftClass: "dlarray", rightClass: o.className)
        }
        var array = DLArray(try tensor(from: value))
        if case .logical = value { array.isLogical = true }
        return array
    }

    /// The numeric data of a value as a single-precision tensor of the same size.
    static func tensor(from value: Value) throws(RuntimeError) -> Tensor {
        if case .object(let o) = value, let d = o as? DLArray { return d.tensor }
        if case .double(let array) = value, let (buffer, start) = array.singlePrecisionRun {
            // A batch of a datastore's single-precision images: its values, as they are, and
            // the datastore's own tensor when the batch is all of it.
            let shape = Shape(array.size)
            if let batch = buffer as? TensorSingles, start == 0, batch.tensor.count == array.count {
                return batch.tensor.reshaped(to: shape)
            }
            return Tensor(unsafeUninitializedShape: shape) { out in
                buffer.withUnsafeSingles { all in
                    out.baseAddress!.update(from: all.baseAddress! + start, count: array.count)
                }
            }
        }
        if case .double(let array) = value {
            // Converted straight into the tensor's storage: batches of images pass here.
            return Tensor(unsafeUninitializedShape: Shape(array.size)) { buffer in
                array.withUnsafeElements { source in
                    guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
                    Precision.narrow(from, into: to, count: source.count)
                }
            }
        }
        let array = try value.singleArray()
        return Tensor(shape: Shape(array.size), scalars: array.elements)
    }
}
