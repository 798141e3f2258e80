import MatLang
import Testing

@Suite("Registry")
struct RegistryTests {
    static let required = """
        size numel length ndims isempty zeros ones eye rand randn randi rng linspace colon reshape permute squeeze
        cat horzcat vertcat repmat sum prod mean std var max min abs sqrt exp log log10 log2 sin cos tan tanh floor
        ceil round fix mod rem sign cumsum cumprod diff gradient find any all isnan isinf isfinite sort unique norm
        dot histcounts double single logical char string num2str sprintf fprintf disp display strcat strjoin join
        strsplit upper lower contains startsWith isfield fieldnames struct cell cellfun arrayfun isa class tic toc
        error warning assert exist ismember categorical categories onehotencode onehotdecode
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test("every core built-in of the design is registered", arguments: required)
    func registered(_ name: String) {
        #expect(BuiltinRegistry.standard().contains(name))
    }

    @Test("every built-in's help has a summary line, syntax forms and an example")
    func helpText() {
        let registry = BuiltinRegistry.standard()
        for name in registry.names {
            let help = registry.help(for: name) ?? ""
            let lines = help.split(separator: "\n")
            #expect(lines.first?.hasPrefix("\(name) - ") == true, "\(name)")
            #expect(lines.count >= 3, "\(name)")
            #expect(help.contains("Example:"), "\(name)")
        }
    }

    @Test("unknown names and wrong argument counts are typed errors naming the function")
    func errors() throws {
        let context = BuiltinTestContext()
        #expect(throws: RuntimeError.undefined(name: "nosuch", suggestion: nil)) { try context.run("nosuch") }
        #expect(throws: RuntimeError.notEnoughInputs(function: "mod")) { try context.run("mod", n(1)) }
        #expect(throws: RuntimeError.tooManyInputs(function: "numel")) { try context.run("numel", n(1), n(2)) }
        #expect(throws: RuntimeError.tooManyOutputs(function: "find")) { try context.run("find", n(1), nargout: 4) }
    }

    @Test("families registered later replace functions of the same name")
    func replacement() throws {
        let registry = BuiltinRegistry.standard()
        registry.register(BuiltinFunction(name: "numel", help: "numel - replaced\n  n = numel(A)\nExample: numel(1)") { _ in [.number(-1)] })
        let outputs = try registry.call("numel", arguments: [.empty], nargout: 1, context: BuiltinTestContext())
        #expect(try outputs[0].scalarDouble() == -1)
    }
}
