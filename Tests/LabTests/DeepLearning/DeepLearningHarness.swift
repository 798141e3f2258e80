import Foundation
import Lab
import MatLang

/// The graphics calls of the example, recorded instead of drawn: the deep-learning tests run
/// without the graphics family, so each name only counts its calls (`parula(n)` gives an
/// `n×3` map of zeros, `tiledlayout` an empty struct whose `Title.String` can be set,
/// `figure`/`nexttile` a handle number).
final class GraphicsCallLog: @unchecked Sendable {
    var calls: [String: Int] = [:]

    static let names = ["figure", "tiledlayout", "nexttile", "plot", "legend", "xlabel", "ylabel", "zlabel",
                        "title", "view", "xlim", "ylim", "hold", "fill3", "drawnow", "parula"]

    func functions() -> [BuiltinFunction] {
        GraphicsCallLog.names.map { name in
            BuiltinFunction(name: name, help: "\(name) - recorded by the deep-learning tests") { [self] call in
                calls[name, default: 0] += 1
                if name == "parula" {
                    let n = Int((try? call.arguments.first?.scalarDouble()) ?? 64)
                    return [.zeros([n, 3])]
                }
                if name == "tiledlayout", call.nargout > 0 { return [.structure(StructArray(fields: []))] }
                return call.nargout > 0 ? [.number(1)] : []
            }
        }
    }
}

/// A session with the deep-learning built-ins and recorded graphics calls.
func makeDeepLearningSession(seed: UInt64 = 0) -> (Session, DeepLearningState, Transcript, GraphicsCallLog) {
    let transcript = Transcript()
    let session = Session(output: transcript, currentFolder: FileManager.default.temporaryDirectory.path,
                          lessons: LessonCatalog(folder: "/nonexistent"), seed: seed)
    let state = session.registerDeepLearning()
    let log = GraphicsCallLog()
    session.register(log.functions())
    return (session, state, transcript, log)
}

extension Session {
    /// A workspace variable, or nil.
    func variable(_ name: String) -> Value? { workspace.value(of: name) }
}
