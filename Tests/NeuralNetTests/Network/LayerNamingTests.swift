import Testing
@testable import NeuralNet

@Suite("Automatic layer names")
struct LayerNamingTests {
    @Test("the example network gets MATLAB's names")
    func exampleNames() throws {
        let prefixes = ["imageinput", "fc", "sigmoid", "fc", "sigmoid", "fc", "sigmoid", "fc", "softmax"]
        let names = try LayerNaming.resolve(names: Array(repeating: "", count: prefixes.count), prefixes: prefixes)
        #expect(names == ["imageinput", "fc_1", "sigmoid_1", "fc_2", "sigmoid_2", "fc_3", "sigmoid_3", "fc_4", "softmax"])
    }

    @Test("a prefix used once keeps the bare name")
    func singleUse() throws {
        let names = try LayerNaming.resolve(names: ["", "", "", "", ""],
                                            prefixes: ["featureinput", "fc", "relu", "fc", "softmax"])
        #expect(names == ["featureinput", "fc_1", "relu", "fc_2", "softmax"])
    }

    @Test("generated names skip names the user chose")
    func skipTaken() throws {
        let names = try LayerNaming.resolve(names: ["in", "fc_1", "", "", "relu"],
                                            prefixes: ["imageinput", "fc", "fc", "relu", "relu"])
        #expect(names == ["in", "fc_1", "fc", "relu_1", "relu"])
    }

    @Test("two layers with the same explicit name are an error")
    func duplicates() {
        #expect(throws: NetworkError.duplicateLayerName("a")) {
            try LayerNaming.resolve(names: ["a", "", "a"], prefixes: ["fc", "fc", "fc"])
        }
    }
}
