import Autograd
import Testing

@Suite("Checked operations throw typed errors naming the op and the shapes")
struct ErrorTests {
    let tape = Tape()

    func leaf(_ dims: [Int]) -> Variable { tape.leaf(Tensor(zeros: Shape(dims))) }

    @Test("Incompatible element-wise sizes")
    func incompatibleSizes() {
        let error = #expect(throws: TensorError.self) { try tape.add(leaf([3, 4]), leaf([2, 4])) }
        #expect(error == .incompatibleShapes(op: "plus", lhs: [3, 4], rhs: [2, 4]))
        #expect(error?.description == "plus: arrays have incompatible sizes for this operation (3×4 and 2×4).")
        #expect(throws: TensorError.incompatibleShapes(op: "times", lhs: [3, 4], rhs: [4, 3])) {
            try tape.multiply(leaf([3, 4]), leaf([4, 3]))
        }
    }

    @Test("Matrix product inner dimensions")
    func innerDimensions() {
        let error = #expect(throws: TensorError.self) { try tape.matmul(leaf([3, 4]), leaf([5, 2])) }
        #expect(error == .innerDimensionMismatch(op: "mtimes", lhs: [3, 4], rhs: [5, 2]))
        #expect(error?.description.contains("mtimes") == true)
        #expect(error?.description.contains("3×4 and 5×2") == true)
        #expect(throws: TensorError.rankTooHigh(op: "mtimes", shape: [2, 2, 2], maximum: 2)) {
            try tape.matmul(leaf([2, 2, 2]), leaf([2, 2]))
        }
    }

    @Test("Fully connected operands")
    func fullyConnectedShapes() {
        #expect(throws: TensorError.unexpectedShape(op: "fullyconnect", operand: "bias", shape: [4, 1], expected: [3, 1])) {
            try tape.fullyConnected(weights: leaf([3, 5]), input: leaf([5, 8]), bias: leaf([4, 1]))
        }
        let error = #expect(throws: TensorError.self) {
            try tape.fullyConnected(weights: leaf([3, 5]), input: leaf([6, 8]), bias: leaf([3, 1]))
        }
        #expect(error?.description.hasPrefix("fullyconnect: input must be") == true)
        #expect(error?.description.contains("6×8") == true)
    }

    @Test("Reshape, permute, indexing and axes")
    func structuralErrors() {
        #expect(throws: TensorError.elementCountMismatch(op: "reshape", from: [2, 3], to: [4, 2])) {
            try tape.reshape(leaf([2, 3]), to: [4, 2])
        }
        #expect(throws: TensorError.invalidPermutation(op: "permute", order: [0, 0], rank: 2)) {
            try tape.permute(leaf([2, 3]), order: [0, 0])
        }
        #expect(throws: TensorError.indexOutOfRange(op: "subsref", index: 6, count: 6)) {
            try tape.gather(leaf([2, 3]), indices: [6], shape: [1, 1])
        }
        #expect(throws: TensorError.invalidAxis(op: "sum", axis: -1, rank: 2)) {
            try tape.sum(leaf([2, 3]), axis: -1)
        }
        #expect(throws: TensorError.emptyOperand(op: "max", shape: [0, 3])) { try tape.max(leaf([0, 3])) }
        #expect(TensorError.indexOutOfRange(op: "subsref", index: 6, count: 6).description
                == "subsref: index 7 out of bounds; the array has 6 elements.")
    }

    @Test("Loss functions need equal sizes")
    func lossShapes() {
        #expect(throws: TensorError.incompatibleShapes(op: "crossentropy", lhs: [10, 4], rhs: [10, 5])) {
            try tape.crossEntropy(leaf([10, 4]), leaf([10, 5]))
        }
        #expect(throws: TensorError.incompatibleShapes(op: "mse", lhs: [2, 4], rhs: [4, 2])) {
            try tape.meanSquaredError(leaf([2, 4]), leaf([4, 2]))
        }
    }

    @Test("Variables from another tape are refused")
    func foreignVariable() {
        let other = Tape()
        let x = other.leaf(Tensor(zeros: [1, 1]))
        #expect(throws: TensorError.foreignVariable(op: "plus")) { try tape.add(leaf([1, 1]), x) }
    }
}

@Suite("Non-finite values")
struct NonFiniteTests {
    @Test("The checked door names the first non-finite op and its layer")
    func checkFiniteNamesOpAndLayer() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [0, 1]), name: "X")
        let y = try tape.withLabel("fc_2") { try tape.log(x) }
        _ = try tape.exp(y)
        let error = #expect(throws: TensorError.self) { try tape.checkFinite() }
        #expect(error == .nonFinite(op: "log", layer: "fc_2", shape: [2, 1]))
        #expect(error?.description == "log in fc_2: produced NaN or Inf (2×1).")
        #expect(throws: TensorError.nonFinite(op: "loss", layer: nil, shape: [1, 3])) {
            try Tensor(shape: [1, 3], scalars: [1, .nan, 2]).checkFinite(op: "loss")
        }
        try Tensor(shape: [1, 2], scalars: [1, 2]).checkFinite(op: "loss")
    }

    @Test("Non-finite gradients are listed in the order backward reached them")
    func nonFiniteGradients() throws {
        let tape = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [0, 4]))
        let root = try tape.sqrt(x)
        let loss = try tape.sum(root)
        let stepper = try BackwardStepper(tape: tape, loss: loss)
        stepper.runToEnd()
        #expect(stepper.nonFiniteGradientIDs == [x.id])
        #expect(stepper.gradient(of: x)?[linear: 1] == 0.25)
    }
}

@Suite("Checked construction")
struct CheckedConstructionTests {
    @Test("Sizes and value counts from user input are checked")
    func checkedConstruction() throws {
        #expect(throws: TensorError.invalidSize(op: "dlarray", dims: [2, -1], scalarCount: 0)) {
            try Tensor(checkingDims: [2, -1], scalars: [], op: "dlarray")
        }
        let error = #expect(throws: TensorError.self) { try Tensor(checkingDims: [2, 3], scalars: [1, 2], op: "reshape") }
        #expect(error?.description == "reshape: 2 values cannot fill an array of size 2×3.")
        #expect(try Tensor(checkingDims: [1, 2], scalars: [1, 2], op: "dlarray").shape == Shape([1, 2]))
    }
}

@Suite("Stale variables")
struct StaleVariableTests {
    @Test("A variable recorded before the tape was cleared is refused")
    func staleVariableRefused() throws {
        let tape = Tape()
        let old = tape.leaf(Tensor(zeros: [1, 1]))
        tape.removeAll()
        let fresh = tape.leaf(Tensor(zeros: [1, 1]))
        #expect(!old.isLive)
        #expect(fresh.isLive)
        #expect(throws: TensorError.foreignVariable(op: "plus")) { try tape.add(old, fresh) }
        #expect(throws: TensorError.foreignVariable(op: "dlgradient")) { try tape.gradients(of: old) }
    }
}

@Suite("Gradients by variable")
struct GradientLookupTests {
    @Test("Gradients answer only for variables of their own tape and generation")
    func gradientsBelongToTheirTape() throws {
        let tape = Tape(), other = Tape()
        let x = tape.leaf(Tensor(shape: [2, 1], scalars: [1, 2]))
        let unused = tape.leaf(Tensor(zeros: [3, 1]))
        let stranger = other.leaf(Tensor(zeros: [2, 1]))
        let gradients = try tape.gradients(of: try tape.sumOfSquares(x))
        #expect(gradients[x]?.scalars == [2, 4])
        #expect(gradients[stranger] == nil)
        #expect(gradients.gradientOrZeros(of: unused).shape == Shape([3, 1]))
        #expect(gradients.gradientOrZeros(of: stranger).scalars == [0, 0])
    }
}
