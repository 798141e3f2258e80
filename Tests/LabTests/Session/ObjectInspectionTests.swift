import Foundation
import Lab
import MatLang
import Testing

/// A stand-in for a layer object: two readable properties and one that fails to read.
private struct ProbeLayer: MatObject {
    var className: String { "nnet.cnn.layer.FullyConnectedLayer" }
    var propertyNames: [String] { ["Name", "OutputSize", "Weights"] }
    var byteCount: Int { 4000 }

    func property(_ name: String) throws(RuntimeError) -> Value {
        switch name {
        case "Name": return .charArray("fc_1")
        case "OutputSize": return .number(10)
        default: throw .user(identifier: nil, message: "not initialized")
        }
    }
}

@Suite struct ObjectInspectionTests {
    /// A session holding `layer`, a ``ProbeLayer``, and a struct `opts` that nests it.
    private func sessionWithLayer() throws -> (Session, Transcript, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let (session, transcript) = makeSession(in: folder)
        session.workspace.setValue(.object(ProbeLayer()), of: "layer")
        session.workspace.setValue(.structScalar([("net", .object(ProbeLayer())), ("rate", .number(0.1))]), of: "opts")
        return (session, transcript, folder)
    }

    @Test func openvarShowsAnObjectsPropertiesAndWhyOneCannotBeRead() throws {
        let (session, transcript, _) = try sessionWithLayer()
        #expect(session.execute("openvar layer") == .completed)
        #expect(transcript.text == """
            layer: 1×1 FullyConnectedLayer
              properties:
                      Name: 'fc_1'
                OutputSize: 10
                   Weights: (not initialized)

            """)
    }

    @Test func whosReportsAnObjectsClassAndBytes() throws {
        let (session, transcript, _) = try sessionWithLayer()
        #expect(session.execute("whos layer") == .completed)
        #expect(transcript.text.contains("  layer     1x1    4000  nnet.cnn.layer.FullyConnectedLayer\n"))
    }

    @Test func tabAfterADotCompletesObjectPropertiesThroughStructFields() throws {
        let (session, _, _) = try sessionWithLayer()
        let line = "size(opts.net.Out"
        #expect(session.completions(line: line, cursor: line.endIndex) == Completions(stem: "Out", candidates: ["OutputSize"]))
        let direct = "layer."
        #expect(session.completions(line: direct, cursor: direct.endIndex).candidates == ["Name", "OutputSize", "Weights"])
    }
}
