@testable import MatLang
import Testing

@Suite("A function's workspace finds its variables by slot and by name")
struct WorkspaceTests {
    @Test("Names resolve to their first slot, and a name added later gets the next slot")
    func namesAndSlots() {
        let workspace = Workspace(symbols: ["x", "y", "x"], functionName: "f")
        workspace.setValue(.number(2), at: 1)
        #expect(workspace.value(of: "y").flatMap { try? $0.scalarDouble() } == 2)
        #expect(workspace[slot: 1].flatMap { try? $0.scalarDouble() } == 2)
        #expect(workspace.value(of: "x") == nil)
        #expect(workspace[slot: 2] == nil)
        #expect(workspace.slot(for: "x") == 0)
        #expect(workspace.slot(for: "z") == 3)
        #expect(workspace.slot(for: "z") == 3)
        workspace.setValue(.number(5), of: "w")
        #expect(workspace.slot(for: "w") == 4)
        #expect(workspace.variableNames == ["w", "y"])
        #expect(workspace.removeValue(of: "y"))
        #expect(!workspace.contains("y"))
        #expect(!workspace.removeValue(of: "y"))
        workspace.setValue(.empty, at: 0)
        #expect(workspace.contains("x"), "an empty value is still a defined variable")
        workspace.clear(0)
        #expect(workspace[slot: 0] == nil)
        workspace.removeAll()
        #expect(workspace.variableNames.isEmpty)
    }

    @Test("A name added before any lookup by name is found afterwards")
    func addedBeforeLookup() {
        let workspace = Workspace(symbols: ["a"], functionName: "g")
        workspace.setValue(.number(1), of: "b")
        #expect(workspace.slot(for: "b") == 1)
        #expect(workspace.value(of: "b").flatMap { try? $0.scalarDouble() } == 1)
        #expect(workspace.slot(for: "a") == 0)
    }
}
