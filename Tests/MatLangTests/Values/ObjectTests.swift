import Testing
@testable import MatLang

/// A small value-semantics object standing in for the layers and networks later layers add.
struct ProbeLayer: MatObject {
    var name: String
    var weights: Value

    var className: String { "nnet.cnn.layer.ProbeLayer" }
    var propertyNames: [String] { ["Name", "Weights"] }

    func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "Name": return .charArray(self.name)
        case "Weights": return weights
        default: throw .unknownProperty(name: name, className: className)
        }
    }

    func binaryOperation(_ op: BinaryOperator, with other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
        guard op == .times else { return nil }
        var copy = self
        copy.weights = try Value.binary(.times, weights, other)
        return .object(copy)
    }

    func settingProperty(_ name: String, to value: Value) throws(RuntimeError) -> any MatObject {
        var copy = self
        switch name {
        case "Name": copy.name = try value.text()
        case "Weights": copy.weights = value
        default: throw .unknownProperty(name: name, className: className)
        }
        return copy
    }
}

struct ObjectTests {
    static let layer = Value.object(ProbeLayer(name: "fc1", weights: .matrix([[1, 2], [3, 4]])))

    @Test("Objects report their class, size and a one-line summary")
    func summary() {
        #expect(Self.layer.className == "nnet.cnn.layer.ProbeLayer")
        #expect(Self.layer.size == [1, 1])
        #expect(Self.layer.display(name: "L") == "L =\n\n  1×1 ProbeLayer\n\n")
        #expect(Value.cellRow([Self.layer]).display(name: "c") == "c =\n\n  1×1 cell array\n\n    {1×1 ProbeLayer}\n\n")
    }

    @Test("Objects can show their properties with struct-style field lines")
    func propertyLines() {
        let lines = Value.fieldLines([("Name", .charArray("fc_1")), ("Weights", .zeros([10, 784])), ("Bias", .zeros([10, 1]))])
        #expect(lines == ["       Name: 'fc_1'", "    Weights: [10×784 double]", "       Bias: [10×1 double]"])
    }

    @Test("Dot indexing reads and nested assignment writes object properties")
    func properties() throws {
        #expect(try Self.layer.singleField("Name").text() == "fc1")
        var layer = Self.layer
        try layer.assign(.number(0), path: [.field("Weights"), .paren([.number(2), .number(2)])])
        #expect(try layer.singleField("Weights").testDoubles == [1, 3, 2, 0])
        #expect(try Self.layer.singleField("Weights").testDoubles == [1, 3, 2, 4])
        do {
            _ = try layer.field("Bias")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Unrecognized method, property, or field 'Bias' for class 'nnet.cnn.layer.ProbeLayer'.")
        }
    }

    @Test("Objects take part in the operators their class defines")
    func operators() throws {
        let scaled = try Value.binary(.times, .number(2), Self.layer)
        #expect(try scaled.singleField("Weights").testDoubles == [2, 6, 4, 8])
        do {
            _ = try Value.binary(.plus, Self.layer, .number(1))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "Operator '+' is not supported for operands of type 'nnet.cnn.layer.ProbeLayer' and 'double'.")
        }
        #expect(throws: RuntimeError.self) { try Self.layer.unary(.negate) }
        var layer = Self.layer
        #expect(throws: RuntimeError.parenIndexingUnsupported(className: "nnet.cnn.layer.ProbeLayer")) {
            try layer.assign(.number(1), at: [.number(2)])
        }
    }

    @Test("A single object indexed with one is itself and other indices fail")
    func objectIndexing() throws {
        #expect(try Self.layer.indexed([.number(1)]).className == "nnet.cnn.layer.ProbeLayer")
        #expect(throws: RuntimeError.self) { try Self.layer.indexed([.number(2)]) }
    }

    @Test("Objects refuse concatenation unless their class supports it")
    func concatenation() {
        #expect(throws: RuntimeError.self) { try Value.concatenate([Self.layer, Self.layer], along: 1) }
    }
}

struct AtomicityTests {
    @Test("A failed assignment leaves the variable exactly as it was", arguments: [
        [Value.number(20)],
        [Value.number(0)],
        [Value.number(1.5)],
        [Value.number(4), Value.number(4), Value.number(2)],
    ])
    func failedAssignment(subscripts: [Value]) {
        let original = Value.matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        var x = original
        #expect(throws: RuntimeError.self) { try x.assign(.row([1, 2]), at: subscripts) }
        #expect(x.isEqual(to: original))
        #expect(x.className == "double")
    }

    @Test("A failed nested assignment leaves the struct as it was")
    func failedNestedAssignment() throws {
        let original = Value.structScalar([("a", .row([1, 2, 3]))])
        var s = original
        #expect(throws: RuntimeError.self) {
            try s.assign(.cellRow([]), path: [.field("a"), .paren([.number(2)])])
        }
        #expect(s.isEqual(to: original))
    }

    @Test("Assignment does not change other copies of the value")
    func valueSemantics() throws {
        let original = Value.row([1, 2, 3])
        var copy = original
        try copy.assign(.number(9), at: [.number(2)])
        try copy.assign(.number(7), at: [.number(5)])
        #expect(original.testDoubles == [1, 2, 3])
        #expect(copy.testDoubles == [1, 9, 3, 0, 7])
    }
}
