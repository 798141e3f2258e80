import MatLang
import Testing

@Suite("Categorical")
struct CategoricalTests {
    static let labels = Value.cellRow([char("b"), char("a"), char("b")])

    @Test("categories are the sorted distinct labels")
    func categories() throws {
        let context = BuiltinTestContext()
        let c = try context.run("categorical", Self.labels)[0]
        #expect(c.size == [1, 3])
        #expect(FixtureEncoding.lines(try context.run("categories", c)[0]) == ["cell 2x1", "  char 1x1 \"a\"", "  char 1x1 \"b\""])
        #expect(try context.encoded("double", c) == "double 1x3 2 1 2")
        let numbers = try context.run("categorical", r(3, 1, 3))[0]
        #expect(FixtureEncoding.lines(try context.run("categories", numbers)[0]) == ["cell 2x1", "  char 1x1 \"1\"", "  char 1x1 \"3\""])
    }

    @Test("Categorical scalars join along any dimension by their codes; mixed sizes take the general join")
    func scalarConcatenation() throws {
        let context = BuiltinTestContext()
        let c = try context.run("categorical", Self.labels)[0]
        let parts = try (1...3).map { k in try c.indexed([n(Double(k))]) }
        #expect(try context.encoded("double", try Value.concatenate(parts, along: 2)) == "double 1x3 2 1 2")
        #expect(try context.encoded("double", try Value.concatenate(parts, along: 1)) == "double 3x1 2 1 2")
        let deep = try Value.concatenate(parts, along: 3)
        #expect(deep.size == [1, 1, 3])
        #expect(try context.encoded("double", deep) == "double 1x1x3 2 1 2")
        let mixed = try Value.concatenate([parts[0], try c.indexed([r(2, 3)])], along: 2)
        #expect(try context.encoded("double", mixed) == "double 1x3 2 1 2")
        #expect(throws: RuntimeError.self) { try Value.concatenate([parts[0], try c.indexed([r(2, 3)])], along: 1) }
    }

    @Test("A copy of a categorical array is independent: changing one leaves the other as it was")
    func copiesAreIndependent() throws {
        let original = CategoricalArray(categories: ["a", "b"], codes: NDArray(row: [1, 2, 1]))
        var copy = original
        copy.codes.elements[1] = 1
        copy.categories.append("c")
        copy.isOrdinal = true
        #expect(original.codes.elements == [1, 2, 1] && original.categories == ["a", "b"] && !original.isOrdinal)
        #expect(copy.codes.elements == [1, 1, 1] && copy.categories == ["a", "b", "c"] && copy.isOrdinal)
        #expect(copy != original)
        var same = original
        same.isOrdinal = false
        #expect(same == original)
        var scalar = original
        scalar.codes = NDArray(scalar: 2)
        #expect(scalar.size == [1, 1] && original.size == [1, 3])
    }

    @Test("onehotencode puts the categories along the feature dimension, as single")
    func onehot() throws {
        let context = BuiltinTestContext()
        let c = try context.run("categorical", Self.labels)[0]
        #expect(try context.encoded("onehotencode", c, n(1)) == "single 2x3 0 1 1 0 0 1")
        let column = try context.run("categorical", .cell(NDArray(column: [char("b"), char("a"), char("c")])))[0]
        #expect(try context.encoded("onehotencode", column, n(2)) == "single 3x3 0 1 0 1 0 0 0 0 1")
        #expect(try context.encoded("onehotencode", c, n(1), char("TypeName"), char("double")) == "double 2x3 0 1 1 0 0 1")
    }

    @Test("onehotdecode takes the largest score along the feature dimension")
    func decode() throws {
        let context = BuiltinTestContext()
        let scores = m([0.1, 0.7], [0.9, 0.3])
        let decoded = try context.run("onehotdecode", scores, .cellRow([char("cat"), char("dog")]), n(1))[0]
        guard case .categorical(let c) = decoded else { Issue.record("not categorical"); return }
        #expect(c.labels.elements == ["dog", "cat"])
    }

    @Test("onehotencode needs a singleton feature dimension")
    func badFeatureDimension() throws {
        let context = BuiltinTestContext()
        let c = try context.run("categorical", Self.labels)[0]
        #expect(throws: RuntimeError.self) { try context.run("onehotencode", c, n(2)) }
    }
}

@Suite("Categorical options")
struct CategoricalOptionTests {
    @Test("Ordinal and ClassNames are honoured")
    func options() throws {
        let context = BuiltinTestContext()
        let c = try context.run("categorical", .cellRow([char("lo"), char("hi")]), char("Ordinal"), .bool(true))[0]
        guard case .categorical(let array) = c else { Issue.record("not categorical"); return }
        #expect(array.isOrdinal)
        let encoded = try context.encoded("onehotencode", c, n(1), char("ClassNames"), .cellRow([char("lo"), char("hi")]))
        #expect(encoded == "single 2x2 1 0 0 1")
    }

    @Test("cellfun's ErrorHandler answers for a failing call")
    func errorHandler() throws {
        let context = BuiltinTestContext()
        let failing = handle("@(x) error") { _, _ in throw RuntimeError.user(identifier: "t:x", message: "no") }
        let fallback = handle("@(s, x) -1") { args, _ in
            guard case .structure(let s) = args[0] else { return [.number(0)] }
            return [.number(-(try s.value(of: "index", at: 0)!.scalarDouble()))]
        }
        let out = try context.encoded("cellfun", failing, .cellRow([n(1), n(2)]), char("ErrorHandler"), fallback)
        #expect(out == "double 1x2 -1 -2")
    }
}
